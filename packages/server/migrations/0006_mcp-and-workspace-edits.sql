CREATE TABLE `mcp_servers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`transport` text NOT NULL,
	`secrets` text NOT NULL,
	`enabled` integer NOT NULL,
	`trusted` integer NOT NULL,
	`startup` text NOT NULL,
	`origin` text NOT NULL,
	`consent_fingerprint` text,
	`tools` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mcp_tool_approvals` (
	`server_id` text NOT NULL,
	`tool_name` text NOT NULL,
	`fingerprint` text NOT NULL,
	`approved_at` integer NOT NULL,
	PRIMARY KEY(`server_id`, `tool_name`),
	FOREIGN KEY (`server_id`) REFERENCES `mcp_servers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `messages` ADD `edited_manifest_id` text;
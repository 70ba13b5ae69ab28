CREATE TABLE `approval_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`chat_id` text NOT NULL,
	`run_id` text NOT NULL,
	`tool_call_id` text NOT NULL,
	`tool_id` text NOT NULL,
	`outcome` text NOT NULL,
	`decided_by` text NOT NULL,
	`edited_input` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approval_audit_at` ON `approval_audit` (`at`);--> statement-breakpoint
CREATE TABLE `chat_tool_allowances` (
	`chat_id` text NOT NULL,
	`tool_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`chat_id`, `tool_id`),
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `disabled_toolsets` (
	`toolset_id` text PRIMARY KEY NOT NULL,
	`disabled_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tool_policies` (
	`target` text PRIMARY KEY NOT NULL,
	`approval` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `chats` ADD `tools` text DEFAULT '[]' NOT NULL;
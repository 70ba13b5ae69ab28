CREATE TABLE `workspace_manifests` (
	`id` text PRIMARY KEY NOT NULL,
	`chat_id` text NOT NULL,
	`base_id` text,
	`depth` integer NOT NULL,
	`entries` blob NOT NULL,
	`file_count` integer NOT NULL,
	`total_bytes` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workspace_manifests_chat` ON `workspace_manifests` (`chat_id`);
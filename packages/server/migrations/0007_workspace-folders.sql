CREATE TABLE `workspace_folders` (
	`chat_id` text PRIMARY KEY NOT NULL,
	`manifest_id` text,
	`moving` integer DEFAULT false NOT NULL,
	`target_manifest_id` text,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade
);

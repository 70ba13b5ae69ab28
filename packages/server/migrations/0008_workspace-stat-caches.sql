CREATE TABLE `workspace_stat_caches` (
	`chat_id` text PRIMARY KEY NOT NULL,
	`entries` blob NOT NULL,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`catalog_id` text NOT NULL,
	`name` text NOT NULL,
	`base_url` text NOT NULL,
	`fields` text NOT NULL,
	`secrets` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `messages` ADD `model` text;
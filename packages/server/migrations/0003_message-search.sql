-- Full-text search over every message of every branch of every chat. The index holds each
-- message's text blocks; a message is indexed once it has finished (never per streaming
-- checkpoint), re-indexed when its text changes, and removed with it.
CREATE VIRTUAL TABLE `message_search` USING fts5(
	`text`,
	`message_id` UNINDEXED,
	`chat_id` UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `message_search_insert` AFTER INSERT ON `messages` WHEN new.`status` != 'streaming' BEGIN
	INSERT INTO `message_search` (rowid, `text`, `message_id`, `chat_id`)
	VALUES (new.rowid, (SELECT group_concat(json_extract(b.value, '$.text'), ' ') FROM json_each(new.`content`, '$.blocks') b WHERE json_extract(b.value, '$.type') = 'text'), new.`id`, new.`chat_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `message_search_update` AFTER UPDATE OF `content`, `status` ON `messages` WHEN new.`status` != 'streaming' BEGIN
	DELETE FROM `message_search` WHERE rowid = old.rowid;
	INSERT INTO `message_search` (rowid, `text`, `message_id`, `chat_id`)
	VALUES (new.rowid, (SELECT group_concat(json_extract(b.value, '$.text'), ' ') FROM json_each(new.`content`, '$.blocks') b WHERE json_extract(b.value, '$.type') = 'text'), new.`id`, new.`chat_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `message_search_delete` AFTER DELETE ON `messages` BEGIN
	DELETE FROM `message_search` WHERE rowid = old.rowid;
END;
--> statement-breakpoint
INSERT INTO `message_search` (rowid, `text`, `message_id`, `chat_id`)
SELECT m.rowid, (SELECT group_concat(json_extract(b.value, '$.text'), ' ') FROM json_each(m.`content`, '$.blocks') b WHERE json_extract(b.value, '$.type') = 'text'), m.`id`, m.`chat_id`
FROM `messages` m WHERE m.`status` != 'streaming';

package org.samklang.core.internal.store;

import java.util.List;

/**
 * The numbered schema migrations, oldest first. Migration n brings the database from version n-1 to n.
 * <p>
 * Never edit a published migration: add a new one. Timestamps are epoch milliseconds (UTC). Addresses are stored
 * as their URI form ({@code tel:+46...}). Each message's {@code customer_id} copies its conversation's, so a
 * customer's timeline is one index range across all channels.
 * <p>
 * Version 3 adds the conversation's routing fields and tags as nullable columns (null is the model's default), so
 * the ingest path keeps inserting exactly what it did; {@code skills} and {@code tags} are {@link FieldCodec} lists
 * (skills as name, level pairs).
 * <p>
 * Up to version 1 the full-text index {@code message_fts} lived here and was written in each message's transaction;
 * it cost more than half of the ingest time, so version 2 drops it and {@link SearchIndexer} keeps it in its own file
 * ({@link SearchFile}), filled behind the writer from the message table. Message texts are never changed or
 * deleted, so the index only ever has to add the messages after the last one it indexed. Indexes avoid columns that change on every message where they can
 * ({@code conversation_by_customer} has no last-activity column), since each changed index entry is another page
 * written per commit. So there is no message index by conversation: a conversation's messages are found in its
 * customer's timeline index, which carries the conversation id, and counted by {@code conversation.message_count}.
 * An agent's own conversations are few, so their index has no last-activity column either.
 * <p>
 * Version 4 adds the index the inbox counts its open views through ("n of N" on a desk with 100,000 open
 * conversations): a partial index of the open rows by media type, state, opening time, assignee and queue, which holds
 * every column the views' conditions read, so a count never reads the table. None of its columns changes when a message
 * joins an open conversation, so SQLite leaves it alone then; a new or reopened conversation adds one entry. One index rather than one
 * per view: each costs an insert per new conversation, and one answers every count in a few milliseconds.
 * <p>
 * Version 5 adds {@code queue_outcome}: one row per outcome a queue counted in its figures (kind, when, and the
 * wait or handle time it was counted with), written by routing as it counts. The figures of "today" are read back
 * from it at start, by time, so a restart does not reset the service level. Rows are never changed.
 * <p>
 * Version 6 adds the sent-key ledger {@code send_attempt}: one row per attempt of an outbound message, written before
 * the channel is called (outcome null: in flight) and completed after it, so an attempt cut off by a crash is known
 * as such at the next start. It also lets a channel edit or retract an item it handed in: {@code message.body} holds
 * the newest text, each edit keeps the text it replaced in {@code message_revision}, and {@code edited_at} /
 * {@code retracted_at} say what happened last. A message's subject never changes; its body only by such an edit,
 * which the search indexer follows through the revision rows.
 * Version 7 adds what the desk keeps for plugin instances: {@code plugin_state}, each instance's small key-value
 * state (sync positions), and {@code plugin_settings}, the non-secret settings each instance last started with as a
 * JSON object, so an instance whose new settings are refused runs on those, also after a restart.
 */
final class Schema {

    private Schema() {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "initial schema", List.of(
                    """
                            CREATE TABLE customer (
                                id INTEGER PRIMARY KEY,
                                display_name TEXT NOT NULL,
                                created_at INTEGER NOT NULL,
                                merged_into INTEGER)""",
                    """
                            CREATE TABLE address (
                                uri TEXT PRIMARY KEY,
                                customer_id INTEGER NOT NULL,
                                added_at INTEGER NOT NULL) WITHOUT ROWID""",
                    "CREATE INDEX address_by_customer ON address(customer_id, added_at)",
                    """
                            CREATE TABLE conversation (
                                id INTEGER PRIMARY KEY,
                                customer_id INTEGER NOT NULL,
                                channel_id TEXT NOT NULL,
                                media_type TEXT NOT NULL,
                                party TEXT,
                                subject TEXT NOT NULL,
                                state TEXT NOT NULL,
                                open INTEGER NOT NULL,
                                assignee TEXT,
                                opened_at INTEGER NOT NULL,
                                last_activity_at INTEGER NOT NULL,
                                closed_at INTEGER,
                                message_count INTEGER NOT NULL,
                                merged_into INTEGER)""",
                    "CREATE INDEX conversation_inbox ON conversation(open, last_activity_at, id)",
                    "CREATE INDEX conversation_by_assignee ON conversation(assignee, open) WHERE assignee IS NOT NULL",
                    "CREATE INDEX conversation_by_customer ON conversation(customer_id, channel_id)",
                    "CREATE INDEX conversation_by_party ON conversation(party) WHERE party IS NOT NULL",
                    """
                            CREATE TABLE message (
                                id INTEGER PRIMARY KEY,
                                conversation_id INTEGER NOT NULL,
                                customer_id INTEGER NOT NULL,
                                direction TEXT NOT NULL,
                                channel_id TEXT NOT NULL,
                                media_type TEXT NOT NULL,
                                remote_id TEXT,
                                from_address TEXT,
                                to_addresses TEXT NOT NULL,
                                subject TEXT NOT NULL,
                                body TEXT NOT NULL,
                                rich_type TEXT,
                                rich_body TEXT,
                                attachments TEXT NOT NULL,
                                metadata TEXT NOT NULL,
                                occurred_at INTEGER NOT NULL,
                                recorded_at INTEGER NOT NULL,
                                delivery_state TEXT NOT NULL,
                                truncated INTEGER NOT NULL)""",
                    """
                            CREATE UNIQUE INDEX message_by_remote_id ON message(channel_id, remote_id)
                                WHERE remote_id IS NOT NULL""",
                    "CREATE INDEX message_timeline ON message(customer_id, occurred_at, id, conversation_id)",
                    """
                            CREATE VIRTUAL TABLE message_fts USING fts5(subject, body, content='message',
                                content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
                    """
                            CREATE TABLE thread_key (
                                channel_id TEXT NOT NULL,
                                key TEXT NOT NULL,
                                conversation_id INTEGER NOT NULL,
                                PRIMARY KEY (channel_id, key)) WITHOUT ROWID""",
                    """
                            CREATE TABLE outbox (
                                message_id INTEGER PRIMARY KEY,
                                client_key TEXT NOT NULL UNIQUE,
                                idempotency_key TEXT NOT NULL UNIQUE,
                                channel_id TEXT NOT NULL,
                                attempts INTEGER NOT NULL,
                                next_attempt_at INTEGER,
                                last_error TEXT)""",
                    """
                            CREATE INDEX outbox_due ON outbox(channel_id, next_attempt_at)
                                WHERE next_attempt_at IS NOT NULL""",
                    """
                            CREATE TABLE journal (
                                seq INTEGER PRIMARY KEY,
                                at INTEGER NOT NULL,
                                kind TEXT NOT NULL,
                                conversation_id INTEGER,
                                customer_id INTEGER,
                                message_id INTEGER,
                                other_id INTEGER,
                                channel_id TEXT,
                                state TEXT,
                                detail TEXT)""")),
            new Migration(2, "full-text index moves to its own file", List.of(
                    "DROP TABLE IF EXISTS message_fts")),
            // Nullable, so existing rows and the ingest insert need no value: null reads as the model's default.
            new Migration(3, "routing fields and tags of conversations", List.of(
                    "ALTER TABLE conversation ADD COLUMN queue_id TEXT",
                    "ALTER TABLE conversation ADD COLUMN skills TEXT",
                    "ALTER TABLE conversation ADD COLUMN priority INTEGER",
                    "ALTER TABLE conversation ADD COLUMN sla_deadline INTEGER",
                    "ALTER TABLE conversation ADD COLUMN tags TEXT")),
            // Only the open rows, ordered so a media type's unanswered states are ranges by opening time.
            new Migration(4, "inbox counts of the open conversations", List.of(
                    """
                            CREATE INDEX conversation_open_filters ON conversation(media_type, state, opened_at,
                                assignee, queue_id) WHERE open = 1""")),
            // What each queue counted (answered, abandoned, completed...), so today's figures survive a restart.
            new Migration(5, "queue outcomes", List.of(
                    """
                            CREATE TABLE queue_outcome (
                                id INTEGER PRIMARY KEY,
                                queue_id TEXT NOT NULL,
                                kind TEXT NOT NULL,
                                at INTEGER NOT NULL,
                                duration_ms INTEGER NOT NULL)""",
                    "CREATE INDEX queue_outcome_by_time ON queue_outcome(at)")),
            // The sent-key ledger, and the customer's edits and retractions of what they sent.
            new Migration(6, "send attempts; edited and retracted messages", List.of(
                    """
                            CREATE TABLE send_attempt (
                                message_id INTEGER NOT NULL,
                                attempt INTEGER NOT NULL,
                                started_at INTEGER NOT NULL,
                                outcome TEXT,
                                finished_at INTEGER,
                                detail TEXT,
                                PRIMARY KEY (message_id, attempt)) WITHOUT ROWID""",
                    // An attempt under way when an older version stopped: its outcome is unknown.
                    """
                            INSERT INTO send_attempt(message_id, attempt, started_at)
                                SELECT o.message_id, o.attempts, m.recorded_at FROM outbox o
                                JOIN message m ON m.id = o.message_id
                                WHERE m.delivery_state = 'SENDING' AND o.attempts > 0""",
                    "ALTER TABLE message ADD COLUMN edited_at INTEGER",
                    "ALTER TABLE message ADD COLUMN retracted_at INTEGER",
                    """
                            CREATE TABLE message_revision (
                                id INTEGER PRIMARY KEY,
                                message_id INTEGER NOT NULL,
                                kind TEXT NOT NULL,
                                previous_body TEXT,
                                previous_rich_type TEXT,
                                previous_rich_body TEXT,
                                changed_at INTEGER NOT NULL,
                                recorded_at INTEGER NOT NULL)""",
                    "CREATE INDEX message_revision_by_message ON message_revision(message_id, id)")),
            // Plugin instances' sync positions, and the settings each last started with (never a secret).
            new Migration(7, "plugin state and last good settings", List.of(
                    """
                            CREATE TABLE plugin_state (
                                instance_id TEXT NOT NULL,
                                key TEXT NOT NULL,
                                value TEXT NOT NULL,
                                PRIMARY KEY (instance_id, key)) WITHOUT ROWID""",
                    """
                            CREATE TABLE plugin_settings (
                                instance_id TEXT PRIMARY KEY,
                                factory_pid TEXT NOT NULL,
                                settings TEXT NOT NULL,
                                saved_at INTEGER NOT NULL) WITHOUT ROWID""")));

    /** One step of the schema's history. */
    record Migration(int version, String description, List<String> statements) {
    }
}

package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent.MessageEdited;
import org.samklang.core.api.model.JournalEvent.MessageRetracted;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;
import org.samklang.core.internal.store.ModelCodec;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundUpdate;

/**
 * Applies a channel's edits and retractions of items it handed in, as writer tasks with their journal events. An
 * edit replaces the message's text (so every reader, the search index included, sees the newest) and keeps the text
 * it replaced in {@code message_revision}; a retraction only marks the message, its text stays for the record. Both
 * are idempotent and never throw for an unknown item. Outbound messages are not the channel's to change.
 */
final class MessageChanges {

    private static final String FIND = "SELECT id, conversation_id, customer_id, body, rich_type, rich_body,"
            + " edited_at, retracted_at FROM message WHERE channel_id = ? AND remote_id = ? AND direction = 'INBOUND'";
    private static final String KEEP_REVISION = "INSERT INTO message_revision(message_id, kind, previous_body,"
            + " previous_rich_type, previous_rich_body, changed_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String EDIT = "UPDATE message SET body = ?, rich_type = ?, rich_body = ?, truncated = ?,"
            + " edited_at = ? WHERE id = ?";
    private static final String RETRACT = "UPDATE message SET retracted_at = ? WHERE id = ?";

    /** The stored item a change names. */
    private record Item(MessageId id, ConversationId conversation, CustomerId customer, String body,
            Optional<RichBody> rich, Optional<Instant> editedAt, Optional<Instant> retractedAt) {
    }

    ChangeReceipt update(WriteTransaction transaction, InboundUpdate update) throws SQLException {
        Optional<Item> found = find(transaction, update.channelId(), update.remoteId());
        if (found.isEmpty()) {
            return ChangeReceipt.unknownItem("no item " + update.remoteId() + " from " + update.channelId());
        }
        Item item = found.get();
        if (item.retractedAt().isPresent()) {
            return ChangeReceipt.unchanged(item.id(), "the sender took it back at " + item.retractedAt().get());
        }
        if (item.editedAt().isPresent() && !update.editedAt().isAfter(item.editedAt().get())) {
            return ChangeReceipt.unchanged(item.id(), "an edit of " + item.editedAt().get() + " is stored already");
        }
        String text = cut(update.text());
        Optional<RichBody> rich = update.richBody().map(body -> new RichBody(body.mimeType(), cut(body.content())));
        if (text.equals(item.body()) && rich.equals(item.rich())) {
            return ChangeReceipt.unchanged(item.id(), "the text is the same");
        }
        keepRevision(transaction, item, "EDITED", update.editedAt());
        PreparedStatement edit = transaction.prepare(EDIT);
        edit.setString(1, text);
        edit.setString(2, rich.map(RichBody::mimeType).orElse(null));
        edit.setString(3, rich.map(RichBody::content).orElse(null));
        boolean truncated = text.length() < update.text().length()
                || update.richBody().map(body -> body.content().length() > InboundPreparer.MAX_TEXT).orElse(false);
        edit.setInt(4, truncated ? 1 : 0);
        edit.setLong(5, update.editedAt().toEpochMilli());
        edit.setLong(6, item.id().value());
        edit.executeUpdate();
        transaction.record(seq -> new MessageEdited(seq, transaction.now(), item.id(), item.conversation(),
                item.customer(), update.channelId()));
        return ChangeReceipt.applied(item.id());
    }

    ChangeReceipt retract(WriteTransaction transaction, InboundRetraction retraction) throws SQLException {
        Optional<Item> found = find(transaction, retraction.channelId(), retraction.remoteId());
        if (found.isEmpty()) {
            return ChangeReceipt.unknownItem("no item " + retraction.remoteId() + " from " + retraction.channelId());
        }
        Item item = found.get();
        if (item.retractedAt().isPresent()) {
            return ChangeReceipt.unchanged(item.id(), "taken back already at " + item.retractedAt().get());
        }
        keepRevision(transaction, item, "RETRACTED", retraction.retractedAt());
        PreparedStatement retract = transaction.prepare(RETRACT);
        retract.setLong(1, retraction.retractedAt().toEpochMilli());
        retract.setLong(2, item.id().value());
        retract.executeUpdate();
        transaction.record(seq -> new MessageRetracted(seq, transaction.now(), item.id(), item.conversation(),
                item.customer(), retraction.channelId()));
        return ChangeReceipt.applied(item.id());
    }

    /** The revision row keeps the text as it was before the change; the search index replays edits from them. */
    private static void keepRevision(WriteTransaction transaction, Item item, String kind, Instant changedAt)
            throws SQLException {
        PreparedStatement insert = transaction.prepare(KEEP_REVISION);
        insert.setLong(1, item.id().value());
        insert.setString(2, kind);
        insert.setString(3, item.body());
        insert.setString(4, item.rich().map(RichBody::mimeType).orElse(null));
        insert.setString(5, item.rich().map(RichBody::content).orElse(null));
        insert.setLong(6, changedAt.toEpochMilli());
        insert.setLong(7, transaction.now().toEpochMilli());
        insert.executeUpdate();
    }

    private static Optional<Item> find(WriteTransaction transaction, String channelId, String remoteId)
            throws SQLException {
        PreparedStatement query = transaction.prepare(FIND);
        query.setString(1, channelId);
        query.setString(2, remoteId);
        try (ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            Optional<RichBody> rich = ModelCodec.richBody(row.getString(5), row.getString(6));
            return Optional.of(new Item(new MessageId(row.getLong(1)), new ConversationId(row.getLong(2)),
                    new CustomerId(row.getLong(3)), row.getString(4), rich,
                    SqlRows.optionalLong(row, 7).map(Instant::ofEpochMilli),
                    SqlRows.optionalLong(row, 8).map(Instant::ofEpochMilli)));
        }
    }

    private static String cut(String text) {
        return text.length() <= InboundPreparer.MAX_TEXT ? text : InboundPreparer.cutAt(text, InboundPreparer.MAX_TEXT);
    }
}

package org.samklang.core.internal.journal;

/**
 * The journal table's generic columns; {@link JournalCodec} maps each event kind onto them. Unused columns are null.
 */
record JournalRow(long sequence, long atMillis, String kind, Long conversationId, Long customerId, Long messageId,
        Long otherId, String channelId, String state, String detail) {

    static JournalRow of(long sequence, long atMillis, String kind) {
        return new JournalRow(sequence, atMillis, kind, null, null, null, null, null, null, null);
    }

    JournalRow conversation(long id) {
        return new JournalRow(sequence, atMillis, kind, id, customerId, messageId, otherId, channelId, state, detail);
    }

    JournalRow customer(long id) {
        return new JournalRow(sequence, atMillis, kind, conversationId, id, messageId, otherId, channelId, state,
                detail);
    }

    JournalRow message(long id) {
        return new JournalRow(sequence, atMillis, kind, conversationId, customerId, id, otherId, channelId, state,
                detail);
    }

    JournalRow other(long id) {
        return new JournalRow(sequence, atMillis, kind, conversationId, customerId, messageId, id, channelId, state,
                detail);
    }

    JournalRow channel(String id) {
        return new JournalRow(sequence, atMillis, kind, conversationId, customerId, messageId, otherId, id, state,
                detail);
    }

    JournalRow state(String value) {
        return new JournalRow(sequence, atMillis, kind, conversationId, customerId, messageId, otherId, channelId,
                value, detail);
    }

    JournalRow detail(String value) {
        return new JournalRow(sequence, atMillis, kind, conversationId, customerId, messageId, otherId, channelId,
                state, value);
    }
}

package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.spi.InboundReceipt;

/** A duplicate is stored once and acknowledged, and it is counted and logged: never dropped without a word. */
class DuplicatesTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAChannelHandsInIdsItHandedInBefore_thenTheyAreCountedAndLoggedOncePerPollWithTheCount() {
        Instant at = fixture.clock.instant();
        for (int i = 1; i <= 3; i++) {
            fixture.ingest(Inbound.chat("burst-1/" + i, "+46701234567", "Hallå? " + i, at));
        }
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(DuplicateCount.class.getName());
        Handler capture = new Handler() {

            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
                // In memory.
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
        logger.addHandler(capture);
        try {
            for (int i = 1; i <= 3; i++) {
                InboundReceipt again = fixture.ingest(Inbound.chat("burst-1/" + i, "+46701234567", "Hallå? " + i, at));
                assertEquals(InboundReceipt.Status.DUPLICATE, again.status());
            }
            fixture.engine.duplicates().logSince();
            fixture.engine.duplicates().logSince();
        } finally {
            logger.removeHandler(capture);
        }

        assertEquals(3, fixture.engine.duplicates().total(Inbound.CHAT));
        assertEquals(0, fixture.engine.duplicates().total(Inbound.MAIL));
        assertEquals(1, records.size(), "one line per poll with duplicates, none for a poll without");
        LogRecord line = records.get(0);
        assertEquals(List.of(Inbound.CHAT, 3L, "burst-1/3", 3L), List.of(line.getParameters()));
        assertTrue(line.getMessage().contains("already stored"), line.getMessage());
    }
}

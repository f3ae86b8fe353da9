package org.samklang.core.internal.store;

import java.sql.SQLException;

import org.samklang.core.api.model.JournalEvent;

/** Writes one journal event row inside the writer's current transaction (implemented by the journal). */
@FunctionalInterface
public interface JournalRecorder {

    void insert(WriteTransaction transaction, JournalEvent event) throws SQLException;
}

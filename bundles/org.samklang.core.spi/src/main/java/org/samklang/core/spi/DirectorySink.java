package org.samklang.core.spi;

import java.util.List;

/**
 * Where a {@link DirectorySource} pushes its people; the core hands one to each source in
 * {@link DirectorySource#startDirectory(DirectorySink)} and attributes every entry to that source.
 * <p>
 * <b>Threading.</b> Thread-safe; call from any plugin thread, also from within {@code startDirectory}. Works in
 * memory, never blocks on I/O, and returns within milliseconds for a directory of thousands.
 * <p>
 * <b>Errors.</b> Never throws for bad data: repeated ids within one push are dropped (first kept), substitutes who
 * are in no source are dropped, each with a log line; the rest is taken. Calls after the source was stopped are
 * ignored.
 */
public interface DirectorySink {

    /**
     * Replaces everything this source listed with {@code entries}. People who are in no source any more leave the
     * directory and lose their presence; an empty list withdraws all of this source's people.
     */
    void replaceAll(List<DirectoryEntry> entries);
}

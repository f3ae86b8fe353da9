package org.samklang.core.internal.store;

import java.lang.System.Logger.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How many pages the store may still grow by ({@link Writer#capGrowth}): SQLite's {@code max_page_count} set on the
 * writer's connection, so a change that needs more fails with SQLITE_FULL, as on a full disk. Set from any thread, applied by
 * the writer thread before its next batch.
 */
final class GrowthCap {

    private static final System.Logger LOG = System.getLogger(GrowthCap.class.getName());
    private static final long NO_CAP = -1;
    /** SQLite's own largest max_page_count, which is what "no cap" means. */
    private static final long SQLITE_MAX_PAGES = 4_294_967_294L;

    private volatile long wanted = NO_CAP;
    private long applied = NO_CAP;

    /** At most {@code morePages} more pages from the next batch on; negative for no cap. */
    void set(long morePages) {
        wanted = morePages < 0 ? NO_CAP : morePages;
    }

    /** Applies a changed cap to the writer's connection. Writer thread only. */
    void apply(StatementCache statements) {
        long cap = wanted;
        if (cap == applied) {
            return;
        }
        try {
            long limit = SQLITE_MAX_PAGES;
            if (cap != NO_CAP) {
                try (Statement count = statements.connection().createStatement();
                        ResultSet pages = count.executeQuery("PRAGMA page_count")) {
                    limit = pages.getLong(1) + cap;
                }
            }
            statements.executeUncached("PRAGMA max_page_count = " + limit);
            applied = cap;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "store writer: could not cap the store's growth: {0}", e.getMessage());
        }
    }
}

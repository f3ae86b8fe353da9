package org.samklang.core.internal.presence;

import java.util.List;

/**
 * The result of replacing the people directory: how many people were loaded and what was wrong with the
 * rest (duplicate ids, missing entries, substitutes pointing at people who left).
 *
 * @param loaded   people now in the directory
 * @param problems one readable line per entry skipped or link dropped; empty when all was well
 */
public record DirectoryLoadReport(int loaded, List<String> problems) {

    public DirectoryLoadReport {
        problems = List.copyOf(problems);
    }
}

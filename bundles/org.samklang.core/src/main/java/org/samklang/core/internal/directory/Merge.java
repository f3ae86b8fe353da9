package org.samklang.core.internal.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samklang.core.spi.DirectoryEntry;

/**
 * One merge of every source's entries, in merge order: the first entry for a person id is kept, later ones are
 * dropped with a problem naming both sources. Pure.
 */
record Merge(List<DirectoryEntry> entries, List<String> problems) {

    /** An entry and the source that listed it. */
    record Tagged(String source, DirectoryEntry entry) {
    }

    static Merge of(List<Tagged> inOrder) {
        Map<String, Tagged> first = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Tagged tagged : inOrder) {
            String id = tagged.entry().person().id();
            Tagged earlier = first.putIfAbsent(id, tagged);
            if (earlier != null && !earlier.source().equals(DirectoryBook.OWN_IDENTITY)
                    && !tagged.source().equals(DirectoryBook.OWN_IDENTITY)) {
                problems.add(earlier.source().equals(tagged.source())
                        ? tagged.source() + " lists " + id + " twice; the first is kept"
                        : id + " is listed by " + earlier.source() + " and " + tagged.source() + "; "
                                + earlier.source() + " is kept");
            }
        }
        return new Merge(first.values().stream().map(Tagged::entry).toList(), List.copyOf(problems));
    }
}

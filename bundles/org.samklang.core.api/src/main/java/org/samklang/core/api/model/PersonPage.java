package org.samklang.core.api.model;

import java.util.List;

/**
 * One page of directory hits plus the total, so the UI can say "51-100 of 2,873" and never caps silently.
 *
 * @param hits   the hits of this page, best first
 * @param offset index of the first hit within all hits
 * @param total  number of hits in all pages together
 */
public record PersonPage(List<PersonSearchHit> hits, int offset, int total) {

    public PersonPage {
        hits = List.copyOf(PersonText.present("hits", hits));
        if (offset < 0 || total < 0 || (!hits.isEmpty() && offset + hits.size() > total)) {
            throw new IllegalArgumentException("inconsistent page: offset " + offset + ", " + hits.size()
                    + " hits, total " + total);
        }
    }

    /** {@return true if hits follow after this page} */
    public boolean hasMore() {
        return offset + hits.size() < total;
    }
}

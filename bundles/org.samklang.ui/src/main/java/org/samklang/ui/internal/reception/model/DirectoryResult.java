package org.samklang.ui.internal.reception.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonSearchHit;

/**
 * What the results table shows for one search: the pinned favourites first (only while no text narrows the search),
 * then the directory's hits in its ranking, loaded page by page; rows not loaded yet are placeholders the table asks
 * for when they scroll into view. Immutable: a later page gives a new result of the same generation.
 *
 * @param generation which search this answers; a result of an older generation is dropped
 * @param filter     what was asked
 * @param favourites the favourites shown above the hits
 * @param hits       the directory hits loaded so far, from index 0
 * @param total      how many people match in the whole directory
 */
public record DirectoryResult(long generation, DirectoryFilter filter, List<PersonSearchHit> favourites,
        List<PersonSearchHit> hits, int total) {

    public DirectoryResult {
        favourites = List.copyOf(favourites);
        hits = List.copyOf(hits);
        if (total < hits.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + hits.size() + " loaded hits");
        }
    }

    /** {@return the first page of a search} */
    public static DirectoryResult first(long generation, DirectoryFilter filter, List<PersonSearchHit> favourites,
            PersonPage page) {
        return new DirectoryResult(generation, filter, favourites, page.hits(), page.total());
    }

    /** {@return this result with the next page appended; a page that does not continue it is ignored} */
    public DirectoryResult append(PersonPage page) {
        if (page.offset() != hits.size()) {
            return this;
        }
        List<PersonSearchHit> joined = new ArrayList<>(hits);
        joined.addAll(page.hits());
        return new DirectoryResult(generation, filter, favourites, joined, Math.max(page.total(), joined.size()));
    }

    /** {@return rows in the table: favourites plus every matching person, loaded or not} */
    public int rowCount() {
        return favourites.size() + total;
    }

    /** {@return whether row {@code index} is a pinned favourite} */
    public boolean isFavouriteRow(int index) {
        return index >= 0 && index < favourites.size();
    }

    /** {@return the person at a row, empty for a row whose page is not loaded yet or out of range} */
    public Optional<PersonSearchHit> hit(int index) {
        if (isFavouriteRow(index)) {
            return Optional.of(favourites.get(index));
        }
        int hitIndex = index - favourites.size();
        return hitIndex >= 0 && hitIndex < hits.size() ? Optional.of(hits.get(hitIndex)) : Optional.empty();
    }

    /** {@return the offset of the directory page a placeholder row needs, empty if it is loaded or out of range} */
    public Optional<Integer> missingOffset(int index) {
        int hitIndex = index - favourites.size();
        return hitIndex >= hits.size() && hitIndex < total ? Optional.of(hits.size()) : Optional.empty();
    }

    /** {@return the first row showing {@code personId}, -1 if none is loaded} */
    public int indexOf(String personId) {
        for (int i = 0; i < favourites.size(); i++) {
            if (favourites.get(i).person().id().equals(personId)) {
                return i;
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).person().id().equals(personId)) {
                return favourites.size() + i;
            }
        }
        return -1;
    }
}

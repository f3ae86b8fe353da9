package org.samklang.ui.internal.reception.model;

import java.text.Normalizer;
import java.util.Locale;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.ui.internal.model.DisplayText;

/**
 * What the receptionist asks the directory: the typed text and the two filters. The text is cleaned and capped the
 * way {@link PersonQuery} accepts it, so pasting a paragraph never throws. Immutable.
 *
 * @param text             what was typed, one line, at most {@link PersonQuery#MAX_TEXT_LENGTH} characters
 * @param department       only this department, or "" for all
 * @param availableNowOnly only people available now
 */
public record DirectoryFilter(String text, String department, boolean availableNowOnly) {

    /** The filter before anything is typed or chosen. */
    public static final DirectoryFilter EMPTY = new DirectoryFilter("", "", false);

    public DirectoryFilter {
        text = DisplayText.prefix(DisplayText.oneLine(text, PersonQuery.MAX_TEXT_LENGTH), PersonQuery.MAX_TEXT_LENGTH);
        department = DisplayText.prefix(DisplayText.oneLine(department, Person.MAX_NAME_LENGTH),
                Person.MAX_NAME_LENGTH);
    }

    /** {@return the directory query for one page} */
    public PersonQuery query(int offset, int limit) {
        return new PersonQuery(text, department, availableNowOnly, offset, limit);
    }

    /** {@return true while the text is too short to search, when favourites are listed first} */
    public boolean showsFavourites() {
        return !query(0, 1).narrowsByText();
    }

    /** {@return whether a favourite passes the department and availability filters (the text does not apply)} */
    public boolean admits(PersonSearchHit hit) {
        if (availableNowOnly && !hit.presence().isAvailable()) {
            return false;
        }
        return department.isEmpty() || fold(department).equals(fold(hit.person().department()));
    }

    public DirectoryFilter withText(String newText) {
        return new DirectoryFilter(newText, department, availableNowOnly);
    }

    public DirectoryFilter withDepartment(String newDepartment) {
        return new DirectoryFilter(text, newDepartment, availableNowOnly);
    }

    public DirectoryFilter withAvailableNowOnly(boolean onlyAvailable) {
        return new DirectoryFilter(text, department, onlyAvailable);
    }

    /** Case and diacritics folded, as the directory compares departments. */
    private static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

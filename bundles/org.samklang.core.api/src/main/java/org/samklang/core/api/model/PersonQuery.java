package org.samklang.core.api.model;

/**
 * A directory search as the switchboard types it: text, optional filters, and the page wanted.
 * <p>
 * Text matching is case- and diacritics-insensitive and matches word prefixes of names, departments,
 * titles and groups, and the leading digits of extensions ("ostr" finds Öström, "12" finds extension
 * 1234). Text with fewer than {@value #MIN_SEARCH_CHARACTERS} letters or digits does not filter: the
 * result is then the whole (filtered) directory in name order, so the list does not jump on the first key.
 *
 * @param text              what was typed, may be empty; at most {@value #MAX_TEXT_LENGTH} characters
 * @param department        only people of this department (case- and diacritics-insensitive exact
 *                          match), or empty for all
 * @param availableNowOnly  only people whose effective state is {@code AVAILABLE} now
 * @param offset            index of the first hit to return, 0 or more
 * @param limit             most hits to return, 1 to {@value #MAX_LIMIT}; the total is always counted
 */
public record PersonQuery(String text, String department, boolean availableNowOnly, int offset, int limit) {

    /** Letters or digits needed before text narrows the result (search as you type). */
    public static final int MIN_SEARCH_CHARACTERS = 2;
    /** Longest search text accepted. */
    public static final int MAX_TEXT_LENGTH = 100;
    /** Largest page. */
    public static final int MAX_LIMIT = 500;
    /** Page size used by {@link #text(String)}. */
    public static final int DEFAULT_LIMIT = 50;

    public PersonQuery {
        text = PersonText.optional("search text", text, MAX_TEXT_LENGTH);
        department = PersonText.optional("department filter", department, Person.MAX_NAME_LENGTH);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** {@return the first page of a plain text search without filters} */
    public static PersonQuery text(String text) {
        return new PersonQuery(text, "", false, 0, DEFAULT_LIMIT);
    }

    /** {@return true if the text has enough letters or digits to narrow the result} */
    public boolean narrowsByText() {
        return text.codePoints().filter(Character::isLetterOrDigit).limit(MIN_SEARCH_CHARACTERS)
                .count() >= MIN_SEARCH_CHARACTERS;
    }

    /** {@return the same query for another page} */
    public PersonQuery page(int newOffset, int newLimit) {
        return new PersonQuery(text, department, availableNowOnly, newOffset, newLimit);
    }
}

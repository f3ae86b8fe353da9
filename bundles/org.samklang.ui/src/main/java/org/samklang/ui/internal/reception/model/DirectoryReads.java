package org.samklang.ui.internal.reception.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceView;

/**
 * The reception part's reads of the directory, run on its background thread: one search with the favourites, one
 * more page, the departments for the filter, one person's detail. Stateless; every method may be called from any
 * thread and returns what the service answered at that moment.
 */
public final class DirectoryReads {

    /** Rows fetched per page; a page is fetched when the table scrolls to a row not loaded yet. */
    public static final int PAGE_SIZE = 100;
    /** Pages read at most to list departments (50,000 people); the filter shows what was found. */
    private static final int MAX_DEPARTMENT_PAGES = 100;

    private DirectoryReads() {
    }

    /** {@return the first rows of a search: the favourites (while no text narrows it) and up to {@code limit} hits} */
    public static DirectoryResult search(PresenceService service, long generation, DirectoryFilter filter,
            List<String> favouriteIds, int limit) {
        List<PersonSearchHit> favourites = new ArrayList<>();
        if (filter.showsFavourites()) {
            for (String id : favouriteIds) {
                hit(service, id).filter(filter::admits).ifPresent(favourites::add);
            }
        }
        int pageLimit = Math.max(1, Math.min(PersonQuery.MAX_LIMIT, limit));
        PersonPage page = service.searchDirectory(filter.query(0, pageLimit));
        return DirectoryResult.first(generation, filter, favourites, page);
    }

    /** {@return the page of {@code filter} from {@code offset}} */
    public static PersonPage page(PresenceService service, DirectoryFilter filter, int offset) {
        return service.searchDirectory(filter.query(offset, PAGE_SIZE));
    }

    /** {@return every department in the directory, once each, in the locale's alphabetical order} */
    public static List<String> departments(PresenceService service, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        TreeSet<String> departments = new TreeSet<>(collator);
        int offset = 0;
        for (int pages = 0; pages < MAX_DEPARTMENT_PAGES; pages++) {
            PersonPage page = service.searchDirectory(DirectoryFilter.EMPTY.query(offset, PersonQuery.MAX_LIMIT));
            page.hits().stream().map(hit -> hit.person().department()).filter(d -> !d.isEmpty())
                    .forEach(departments::add);
            if (!page.hasMore() || page.hits().isEmpty()) {
                break;
            }
            offset += page.hits().size();
        }
        return List.copyOf(departments);
    }

    /** {@return the detail of one person, empty if the directory no longer knows them} */
    public static Optional<PersonDetail> detail(PresenceService service, String personId, ReceptionTexts texts) {
        Optional<Person> person = service.person(personId);
        Optional<PresenceView> presence = service.presenceOf(personId);
        if (person.isEmpty() || presence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.detail(person.get(), presence.get(), service.whoElseCanHelp(personId)));
    }

    private static Optional<PersonSearchHit> hit(PresenceService service, String personId) {
        Optional<Person> person = service.person(personId);
        Optional<PresenceView> presence = service.presenceOf(personId);
        return person.isPresent() && presence.isPresent()
                ? Optional.of(new PersonSearchHit(person.get(), presence.get()))
                : Optional.empty();
    }
}

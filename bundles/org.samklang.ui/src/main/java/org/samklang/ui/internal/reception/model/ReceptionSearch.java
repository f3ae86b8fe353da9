package org.samklang.ui.internal.reception.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.PersonPage;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The reception presenter's directory half: the filter, the result shown, and its pages. UI-thread confined; reads
 * run on {@code background}. Each search gets a generation: a background task whose generation is no longer the
 * latest skips its work, and an answer of an older generation is dropped on arrival, so a later keystroke wins.
 */
final class ReceptionSearch {

    /** Told about results on the UI thread, so the presenter can keep or move the highlight. */
    interface Results {

        /** A new result of the latest search; {@code live} for a refresh after presence changes. */
        void arrived(DirectoryResult result, boolean live);

        /** A later page was appended; rows from {@code firstNewRow} on are new. */
        void moreArrived(DirectoryResult result, int firstNewRow);
    }

    private final ReceptionScreen screen;
    private final UiMessages messages;
    private final Favourites favourites;
    private final Executor background;
    private final Executor ui;
    private final Results results;
    private final AtomicLong latestSearch = new AtomicLong();
    private PresenceService presence;
    private DirectoryFilter filter = DirectoryFilter.EMPTY;
    private DirectoryResult result;
    private long generation;
    private int pageInFlight = -1;
    /** A typed search has not been shown yet; a live refresh meanwhile must count as that search. */
    private boolean typedSearchPending;

    ReceptionSearch(ReceptionScreen screen, UiMessages messages, Favourites favourites, Executor background,
            Executor ui, Results results) {
        this.screen = screen;
        this.messages = messages;
        this.favourites = favourites;
        this.background = background;
        this.ui = ui;
        this.results = results;
    }

    /** Searches this directory from now on (null: none); answers for an earlier one are dropped. */
    void bind(PresenceService service) {
        presence = service;
        generation++;
        latestSearch.set(generation);
        if (service != null) {
            loadDepartments(service);
            search(false);
        }
    }

    DirectoryFilter filter() {
        return filter;
    }

    DirectoryResult result() {
        return result;
    }

    /** Searches with {@code changed} if it differs from the current filter. */
    void filter(DirectoryFilter changed) {
        if (!changed.equals(filter)) {
            filter = changed;
            search(false);
        }
    }

    /** Reads the current search again; a {@code refresh} keeps the loaded rows and the highlight. */
    void search(boolean refresh) {
        if (presence == null) {
            return;
        }
        // A refresh that overtakes a typed search replaces it, so it must highlight the first row as that would have.
        boolean live = refresh && !typedSearchPending;
        typedSearchPending = !live;
        long gen = ++generation;
        latestSearch.set(gen);
        pageInFlight = -1;
        PresenceService service = presence;
        DirectoryFilter asked = filter;
        List<String> favouriteIds = favourites.ids();
        int limit = live && result != null
                ? Math.max(DirectoryReads.PAGE_SIZE, result.hits().size())
                : DirectoryReads.PAGE_SIZE;
        if (result == null) {
            screen.showFooter(messages.format("reception.footer.loading"));
        }
        background.execute(() -> {
            if (latestSearch.get() != gen) {
                return; // a later keystroke won; skip the work
            }
            try {
                DirectoryResult found = DirectoryReads.search(service, gen, asked, favouriteIds, limit);
                ui.execute(() -> arrived(found, live));
            } catch (RuntimeException e) {
                ui.execute(() -> failed(gen, e));
            }
        });
    }

    /** The table wants row {@code row}; its page is read if it is not loaded or on its way yet. */
    void rowWanted(int row) {
        if (result == null || presence == null) {
            return;
        }
        Optional<Integer> offset = result.missingOffset(row);
        if (offset.isEmpty() || offset.get() == pageInFlight) {
            return;
        }
        int from = offset.get();
        pageInFlight = from;
        long gen = result.generation();
        PresenceService service = presence;
        DirectoryFilter asked = result.filter();
        background.execute(() -> {
            if (latestSearch.get() != gen) {
                return;
            }
            try {
                PersonPage page = DirectoryReads.page(service, asked, from);
                ui.execute(() -> pageArrived(gen, page));
            } catch (RuntimeException e) {
                ui.execute(() -> failed(gen, e));
            }
        });
    }

    private void arrived(DirectoryResult found, boolean live) {
        if (found.generation() != generation) {
            return;
        }
        result = found;
        typedSearchPending = false;
        results.arrived(found, live);
        showFooter();
    }

    private void pageArrived(long gen, PersonPage page) {
        if (result == null || result.generation() != gen || gen != generation) {
            return;
        }
        pageInFlight = -1;
        int before = result.favourites().size() + result.hits().size();
        result = result.append(page);
        results.moreArrived(result, before);
        showFooter();
    }

    private void failed(long gen, RuntimeException failure) {
        if (gen == generation) {
            pageInFlight = -1;
            typedSearchPending = false;
            screen.showFooter(messages.format("reception.footer.failed", FailureTexts.describe(failure, messages)));
        }
    }

    private void showFooter() {
        String footer;
        if (result.rowCount() == 0) {
            footer = messages.format(result.filter().showsFavourites()
                    ? "reception.footer.empty"
                    : "reception.footer.none", result.filter().text());
        } else {
            footer = messages.format("reception.footer.count", result.hits().size(), result.total(),
                    result.favourites().size());
        }
        screen.showFooter(footer);
    }

    private void loadDepartments(PresenceService service) {
        background.execute(() -> {
            try {
                List<String> departments = DirectoryReads.departments(service, messages.locale());
                ui.execute(() -> {
                    if (presence == service) {
                        screen.showDepartments(departments);
                    }
                });
            } catch (RuntimeException e) {
                System.getLogger(ReceptionSearch.class.getName()).log(System.Logger.Level.WARNING,
                        "reading the departments failed", e);
            }
        });
    }
}

package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceView;

/**
 * A few colleagues with their public state, reason, until time and first substitute, found in the directory by
 * what the agent typed (everyone in name order when nothing is typed). Thread-safe; {@link #load} asks the
 * {@link PresenceService}, which answers from memory.
 *
 * @param rows   the colleagues shown, myself left out
 * @param total  how many people match in the whole directory
 * @param footer "8 of 245 people"
 */
public record ColleagueList(List<ColleagueRow> rows, int total, String footer) {

    /** Colleagues shown at most; the receptionist perspective has the full directory. */
    public static final int SHOWN = 12;
    private static final int MAX_NAME = 60;

    public ColleagueList {
        rows = List.copyOf(rows);
    }

    /** {@return the colleagues matching {@code text}, without {@code myId}} */
    public static ColleagueList load(PresenceService presence, String text, String myId, PresenceTexts texts,
            UiMessages messages) {
        String query = DisplayText.prefix(DisplayText.oneLine(text, PersonQuery.MAX_TEXT_LENGTH),
                PersonQuery.MAX_TEXT_LENGTH);
        PersonPage page = presence.searchDirectory(new PersonQuery(query, "", false, 0, SHOWN + 1));
        List<ColleagueRow> rows = new ArrayList<>();
        for (PersonSearchHit hit : page.hits()) {
            if (rows.size() < SHOWN && !hit.person().id().equals(myId)) {
                rows.add(row(presence, hit, texts));
            }
        }
        String footer = page.total() == 0
                ? messages.format("colleagues.none")
                : messages.format("colleagues.footer", rows.size(), page.total());
        return new ColleagueList(rows, page.total(), footer);
    }

    private static ColleagueRow row(PresenceService presence, PersonSearchHit hit, PresenceTexts texts) {
        PresenceView view = hit.presence();
        Optional<String> substitute = view.substitutes().stream().findFirst()
                .flatMap(presence::person)
                .map(Person::displayName);
        return new ColleagueRow(hit.person().id(), PresenceTexts.dot(view.state()),
                PresenceTexts.tone(view.state()), DisplayText.oneLine(hit.person().displayName(), MAX_NAME),
                texts.colleague(view, substitute));
    }
}

package org.samklang.ui.internal.reception.model;

import java.util.List;
import org.samklang.core.api.model.Person;
import org.samklang.ui.internal.model.Tone;

/**
 * The selected person as the detail pane shows it: who, state with reason, back-at and next, how to reach them, and
 * who else can help. Only the public view of presence is used, so a private reason cannot show.
 *
 * @param person   the directory entry (the transfer or message target)
 * @param glyph    the state's dot
 * @param tone     the state's colour class
 * @param name     cleaned display name
 * @param subtitle "Title · Department"
 * @param state    "Busy · Meeting" or "Available"
 * @param backAt   "Back 14:00, then Available", or "" when no until time is known
 * @param phones   "Ext. 1234 · Mobile +46701234567 · anna@example.se"
 * @param helpers  who else can help, in the directory's order
 */
public record PersonDetail(Person person, String glyph, Tone tone, String name, String subtitle, String state,
        String backAt, String phones, List<HelperRow> helpers) {

    public PersonDetail {
        helpers = List.copyOf(helpers);
    }
}

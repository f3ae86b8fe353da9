package org.samklang.ui.internal.reception.model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceState;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.UiMessages;

/** Test people and texts, so tests say only what matters to them. */
final class People {

    static final Instant NOW = Instant.parse("2025-11-14T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final UiMessages EN = UiMessages.forLocale(Locale.ENGLISH);

    private People() {
    }

    static ReceptionTexts texts() {
        return new ReceptionTexts(EN, new TimeTexts(CLOCK, EN));
    }

    static Person person(String id, String name, String department, String extension, String mobile) {
        return new Person(id, name, department, "", extension, mobile, id + "@example.se", List.of(department));
    }

    static PersonSearchHit hit(Person person, PresenceState state, PresenceReason reason) {
        return new PersonSearchHit(person, FakeDirectory.presence(person.id(), state, reason, null, null)
                .publicView());
    }
}

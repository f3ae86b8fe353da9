package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samklang.core.api.model.PresenceReason.NONE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.api.model.PresenceState.OFFLINE;
import static org.samklang.core.api.model.PresenceState.ON_CALL;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.UnresolvedAddress;
import org.samklang.core.spi.PresenceAddress;

/**
 * A presence source may name a person by directory id, extension, chat address or e-mail; the core resolves it
 * through the directory. What names nobody, or several people, waits (counted, shown with the source) and is applied
 * when the directory has the person: never dropped silently.
 */
class PresenceAddressesTest {

    private static final List<Person> PEOPLE = List.of(
            new Person("karin", "Karin Berg", "Kundtjänst", "Agent", "12-01", "", "Karin.Berg@Example.se", List.of()),
            new Person("anders", "Anders Lind", "Kundtjänst", "Agent", "1202", "", "info@example.se", List.of()),
            new Person("ake", "Åke Öström", "Ekonomi", "Controller", "1301", "", "info@example.se", List.of()));

    private final PresenceScenario office = new PresenceScenario();
    private PersonAddresses addresses = PersonAddresses.EMPTY;
    private final PresenceFeed pbx = new PresenceFeed(office.engine, "pbx#1", "telephony.pbx", () -> addresses,
            office.clock);

    PresenceAddressesTest() {
        load(PEOPLE);
    }

    @Test
    void givenEachFormOfAddress_whenASourceReports_thenTheRightPersonGetsTheReport() {
        pbx.report(report(PresenceAddress.extension("12 01"), PresenceSourceKind.PBX, ON_CALL));
        pbx.report(report(PresenceAddress.chat("Anders.Lind@Chat.Example.se/desktop"),
                PresenceSourceKind.CHAT_SERVER, AWAY));
        pbx.report(report(PresenceAddress.email("karin.berg@example.se"), PresenceSourceKind.MANUAL, BUSY));
        pbx.report(report("ake", PresenceSourceKind.CHAT_SERVER, AWAY));

        assertEquals(ON_CALL, office.presence("karin").state());
        assertEquals(AWAY, office.presence("anders").state());
        assertEquals(AWAY, office.presence("ake").state());
        assertEquals(PresenceFeed.Unresolved.NONE, pbx.unresolved());
    }

    @Test
    void givenACalendarNamedByEmail_whenItArrives_thenItsEntriesBelongToThePerson() {
        String reference = PresenceAddress.email("KARIN.BERG@example.se");
        pbx.replaceCalendar(reference, List.of(new PresenceReport(reference, PresenceSourceKind.CALENDAR, BUSY,
                PresenceReason.MEETING, PresenceScenario.at("07:00"), PresenceScenario.at("09:00"), null,
                office.clock.instant())));

        assertEquals(BUSY, office.presence("karin").state());
    }

    @Test
    void givenAnUnknownExtension_whenReported_thenItIsCountedAndShownAndAppliedOnceTheDirectoryHasThePerson() {
        pbx.report(report(PresenceAddress.extension("9999"), PresenceSourceKind.PBX, ON_CALL));

        assertEquals(new PresenceFeed.Unresolved(1, List.of(new UnresolvedAddress("ext:9999", 0))),
                pbx.unresolved());

        load(List.of(PEOPLE.get(0), Person.of("nyanstalld", "Nina Ny", "Sälj", "9999")));

        assertEquals(ON_CALL, office.presence("nyanstalld").state(), "the kept report was applied");
        assertEquals(PresenceFeed.Unresolved.NONE, pbx.unresolved());
    }

    @Test
    void givenAnAddressSeveralPeopleHave_whenReported_thenNobodyGetsItAndItIsShownAsAmbiguous() {
        pbx.report(report(PresenceAddress.email("info@example.se"), PresenceSourceKind.MANUAL, AWAY));

        assertEquals(OFFLINE, office.presence("anders").state());
        assertEquals(OFFLINE, office.presence("ake").state());
        assertEquals(List.of(new UnresolvedAddress("mailto:info@example.se", 2)), pbx.unresolved().examples());
    }

    @Test
    void givenAnUnknownDirectoryIdAndAnUnknownForm_whenReported_thenBothAreCountedNotDropped() {
        pbx.report(report("lena", PresenceSourceKind.CHAT_SERVER, AWAY));
        pbx.report(report("sip:lena@pbx", PresenceSourceKind.PBX, ON_CALL));
        pbx.report(report("lena", PresenceSourceKind.PBX, ON_CALL));

        assertEquals(2, pbx.unresolved().count(), "two addresses, however many reports");
    }

    @Test
    void givenAnUnresolvedAddress_whenTheSourceWithdrawsIt_thenNothingWaitsForIt() {
        pbx.report(report(PresenceAddress.extension("9999"), PresenceSourceKind.PBX, ON_CALL));

        pbx.withdraw(PresenceAddress.extension("9999"), PresenceSourceKind.PBX);
        load(List.of(Person.of("nyanstalld", "Nina Ny", "Sälj", "9999")));

        assertEquals(OFFLINE, office.presence("nyanstalld").state());
        assertEquals(0, pbx.unresolved().count());
    }

    @Test
    void givenAFeedThatWasClosed_whenItsSourceStillReports_thenNothingIsTakenAndWhatItSaidIsGone() {
        pbx.report(report(PresenceAddress.extension("1202"), PresenceSourceKind.PBX, ON_CALL));
        pbx.close();

        pbx.report(report(PresenceAddress.extension("1301"), PresenceSourceKind.PBX, ON_CALL));

        assertEquals(OFFLINE, office.presence("anders").state());
        assertEquals(OFFLINE, office.presence("ake").state());
    }

    @Test
    void givenADirectoryIdThatLooksLikeAnAddress_whenReported_thenTheIdWins() {
        load(List.of(Person.of("ext:1202", "Konstig Id", "IT", "7777"), PEOPLE.get(1)));

        pbx.report(report("ext:1202", PresenceSourceKind.CHAT_SERVER, AWAY));

        assertEquals(AWAY, office.presence("ext:1202").state());
        assertEquals(OFFLINE, office.presence("anders").state());
    }

    private void load(List<Person> people) {
        office.engine.replaceDirectory(people);
        addresses = new PersonAddresses(people, Map.of("anders", List.of("anders.lind@chat.example.se")));
        pbx.directoryChanged();
    }

    private PresenceReport report(String reference, PresenceSourceKind kind,
            PresenceState state) {
        return PresenceReport.of(reference, kind, state, NONE, office.clock.instant());
    }
}

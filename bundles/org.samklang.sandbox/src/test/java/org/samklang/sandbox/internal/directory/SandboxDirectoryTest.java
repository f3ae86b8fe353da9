package org.samklang.sandbox.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.PresenceAddress;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.PhoneNumbers;
import org.samklang.sandbox.internal.RecordingSink;
import org.samklang.sandbox.internal.SandboxRemote;

class SandboxDirectoryTest {

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final SandboxDirectory directory = new SandboxDirectory(42, clock);

    @Test
    void theDirectoryHasOver300People_inTheDepartmentsAReceptionistExpects() {
        List<Person> people = directory.people();
        assertTrue(people.size() >= 300, "people: " + people.size());
        Set<String> departments = people.stream().map(Person::department).collect(Collectors.toSet());
        assertTrue(departments.containsAll(Set.of("Kundtjänst", "Sälj", "Ekonomi", "IT", "Ledning", "Reception")),
                departments.toString());
        assertEquals(people.size(), people.stream().map(Person::id).distinct().count(), "unique ids");
        assertEquals(people.size(), people.stream().map(Person::extension).distinct().count(), "unique extensions");
        assertTrue(people.stream().allMatch(p -> !p.title().isEmpty() && !p.email().isEmpty()
                && "SE".equals(PhoneNumbers.mobileRegion(p.mobile()))), "titles, e-mails and Swedish mobiles");
        assertTrue(people.stream().anyMatch(p -> p.groups().contains("Växel")), "a switchboard group");
    }

    @Test
    void everyoneHasOneChatAddress_unique_atTheCompanyChatServer() {
        Set<String> addresses = new HashSet<>();
        for (DirectoryEntry entry : directory.entries()) {
            assertEquals(1, entry.chatAddresses().size(), entry.person().id());
            String address = entry.chatAddresses().get(0);
            assertTrue(address.endsWith("@chat.nordvik.example") && addresses.add(address), address);
        }
    }

    @Test
    void everySubstituteExists_isSomeoneElse_andWorksInTheSameDepartment() {
        Map<String, Person> byId = directory.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        for (DirectoryEntry entry : directory.entries()) {
            assertFalse(entry.substituteIds().isEmpty(), entry.person().id() + " has no substitute");
            for (String substitute : entry.substituteIds()) {
                Person other = byId.get(substitute);
                assertTrue(other != null, substitute + " does not exist");
                assertNotEquals(entry.person().id(), substitute);
                assertEquals(entry.person().department(), other.department());
            }
        }
    }

    @Test
    void theSameSeed_givesTheSamePeople_andAnotherSeedOthers() {
        assertEquals(directory.entries(), new SandboxDirectory(42, clock).entries());
        assertNotEquals(directory.people(), new SandboxDirectory(7, clock).people());
    }

    @Test
    void onAWeekdayMorning_calendarsGiveMeetingsAndLunches_withUntilAndNext() {
        List<PresenceReport> entries = directory.people().stream()
                .flatMap(p -> directory.calendarOf(p.id()).stream()).toList();
        Set<PresenceReason> reasons = entries.stream().map(PresenceReport::reason).collect(Collectors.toSet());
        assertTrue(reasons.containsAll(Set.of(PresenceReason.MEETING, PresenceReason.LUNCH, PresenceReason.VACATION,
                PresenceReason.TRAINING)), reasons.toString());
        assertTrue(entries.stream().allMatch(e -> e.source() == PresenceSourceKind.CALENDAR && e.until() != null
                && e.next() == PresenceState.AVAILABLE && e.until().isAfter(e.from())), "until and next everywhere");
        long inMeetingNow = entries.stream().filter(e -> e.reason() == PresenceReason.MEETING
                && !clock.instant().isBefore(e.from()) && clock.instant().isBefore(e.until())).count();
        assertTrue(inMeetingNow >= 10, "people in a meeting at 10:00: " + inMeetingNow);
    }

    @Test
    void aPersonsCalendarEntries_neverOverlap() {
        for (Person person : directory.people()) {
            List<PresenceReport> entries = directory.calendarOf(person.id());
            for (int i = 1; i < entries.size(); i++) {
                assertFalse(entries.get(i).from().isBefore(entries.get(i - 1).until()),
                        person.id() + ": " + entries.get(i - 1) + " overlaps " + entries.get(i));
            }
        }
    }

    @Test
    void theDeskAgent_worksInCustomerService_andHasNoCalendar() {
        Person agent = directory.deskAgent();
        assertEquals("Kundtjänst", agent.department());
        assertEquals(List.of(), directory.calendarOf(agent.id()));
    }

    @Test
    void givenAStartedSource_itPushesDirectoryCalendarsAndChatStates() {
        RecordingSink sink = new RecordingSink();
        List<List<DirectoryEntry>> pushed = new ArrayList<>();

        directory.startDirectory(pushed::add);
        directory.startPresence(sink);

        assertEquals(List.of(directory.entries()), pushed, "the whole company at once, through the directory SPI");
        assertEquals(List.of(), sink.directory, "not through the presence sink");
        assertFalse(directory.presenceCapabilities().directory());
        assertEquals(directory.people().size(), sink.calendars.size());
        long available = sink.reports.stream().filter(r -> r.source() == PresenceSourceKind.CHAT_SERVER
                && r.state() == PresenceState.AVAILABLE).count();
        assertTrue(available > 200, "available in chat at 10:00: " + available);
        assertTrue(sink.reports.stream().anyMatch(r -> r.source() == PresenceSourceKind.CHAT_SERVER
                && r.state() == PresenceState.OFFLINE), "someone is offline");
        Person agent = directory.deskAgent();
        Set<String> agentNames = Set.of(agent.id(), PresenceAddress.email(agent.email()), PresenceAddress.chat(
                agent.email().replace("@", "@chat.")));
        assertTrue(sink.reports.stream().noneMatch(r -> agentNames.contains(r.personId())), "the agent sets their own");
        assertTrue(sink.reports.stream().filter(r -> r.source() == PresenceSourceKind.CHAT_SERVER)
                .allMatch(r -> r.personId().startsWith(PresenceAddress.CHAT)), "the chat server knows chat addresses");
        assertTrue(sink.calendars.keySet().stream().allMatch(key -> key.startsWith(PresenceAddress.EMAIL)),
                "calendars are mailboxes");
        assertTrue(directory.entries().stream().allMatch(entry -> entry.chatAddresses().equals(List.of(entry
                .person().email().replace("@", "@chat.")))), "everyone has a chat address in the directory");
        assertEquals(List.of(PresenceSourceKind.CHAT_SERVER), sink.confirmations);
    }

    @Test
    void someoneCalledInSick_isAManualPrivateReason_backTheNextWorkingMorning() {
        RecordingSink sink = new RecordingSink();
        directory.startPresence(sink);

        List<PresenceReport> sick = sink.reports.stream().filter(r -> r.reason() == PresenceReason.SICK).toList();

        assertFalse(sick.isEmpty());
        PresenceReport report = sick.get(0);
        assertEquals(PresenceSourceKind.MANUAL, report.source());
        assertTrue(report.reason().isPrivate());
        assertEquals(PresenceState.AVAILABLE, report.next());
        assertEquals(Instant.parse("2025-11-13T07:00:00Z"), report.until(), "Thursday 08:00 local");
    }

    @Test
    void asTimePasses_tickPushesOnlyChanges_confirmsEveryFiveMinutes_andResendsCalendarsNextDay() {
        RecordingSink sink = new RecordingSink();
        directory.startPresence(sink);
        int afterStart = sink.reports.size();

        directory.tick();
        assertEquals(afterStart, sink.reports.size(), "nothing changed in no time");

        clock.advance(Duration.ofHours(8));
        directory.tick();
        assertTrue(sink.reports.size() > afterStart, "people went home at 18:00");
        assertEquals(2, sink.confirmations.size());
        int calendarPushes = sink.calendarPushes;

        clock.advance(Duration.ofHours(16));
        directory.tick();
        assertEquals(calendarPushes + directory.people().size(), sink.calendarPushes, "new day, new calendars");
        assertFalse(sink.withdrawals.isEmpty(), "yesterday's sick are withdrawn");
    }

    @Test
    void nobodyOnVacationOrInAMeeting_isFreeForACall() {
        Set<String> checked = new HashSet<>();
        for (Person person : directory.people()) {
            for (PresenceReport entry : directory.calendarOf(person.id())) {
                Instant inside = entry.from().plus(Duration.ofMinutes(1));
                if (inside.isAfter(clock.instant())) {
                    assertFalse(directory.isFreeAt(person.id(), inside), person.id() + " at " + inside);
                    checked.add(person.id());
                }
            }
        }
        assertTrue(checked.size() > 100, "people checked: " + checked.size());
    }

    @Test
    void whenSwitchedOff_nothingIsPushed() {
        directory.configure(
                ConnectorConfiguration.of(SandboxRemote.settings(Locale.ENGLISH), Map.of("online", "false")));
        RecordingSink sink = new RecordingSink();
        List<List<DirectoryEntry>> pushed = new ArrayList<>();

        directory.startDirectory(pushed::add);
        directory.startPresence(sink);
        directory.tick();

        assertEquals(List.of(directory.entries()), pushed, "the directory itself is known");
        assertTrue(sink.reports.isEmpty() && sink.confirmations.isEmpty() && sink.calendars.isEmpty());
    }
}

package org.samklang.sandbox.internal.directory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.DirectorySink;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.PresenceAddress;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;
import org.samklang.sandbox.internal.SandboxConnector;

/**
 * The sandbox company's people directory (a {@link DirectorySource}), calendar and chat server (a presence source): about 320 employees
 * of Nordvik Handel AB with substitutes and groups, a week of calendar (meetings, lunch, courses, vacations) and
 * the chat clients' online/idle/offline states, plus the odd colleague who called in sick (a manual state, so
 * the switchboard sees it under its public alias).
 * <p>
 * <b>Driving it.</b> {@link #startDirectory} pushes the directory, {@link #startPresence} the calendars and the
 * current states. After that the
 * owner calls {@link #tick()} every 15-30 s: it pushes what changed by the clock, re-sends calendars at a new day
 * and every {@value #CALENDAR_RESYNC_HOURS} h, and re-confirms the chat states every 5 minutes (the core lets
 * unconfirmed chat-server states go stale after 10). The desk's own agent ({@link #deskAgent()}) gets no calendar
 * and no chat state: their presence is what they set in the desktop.
 * <p>
 * <b>Addresses.</b> Like the systems it stands for, it names people by what those systems know: the chat server by
 * chat address, the calendar and the HR system (sick days) by e-mail address, through {@link PresenceAddress}; the
 * core resolves them through the directory pushed first.
 * <p>
 * <b>Threading.</b> Thread-safe; {@code tick}, {@code startPresence} and {@code stopPresence} take one lock and call
 * the sink under it (the sink never blocks). While switched off in the settings nothing is pushed or confirmed, so the
 * core lets the states go stale, as it would with a dead chat server.
 */
public final class SandboxDirectory extends SandboxConnector implements PresenceSource, DirectorySource {

    /** The connector id. */
    public static final String ID = "presence.sandbox";
    /** The company's time zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    /** How many days of calendar are pushed, today included. */
    public static final int CALENDAR_DAYS = 7;

    static final int CALENDAR_RESYNC_HOURS = 6;
    private static final Duration HEARTBEAT = Duration.ofMinutes(5);

    private final long seed;
    private final Clock clock;
    private final ZoneId zone;
    private final List<DirectoryEntry> entries;
    private final Map<String, Department> departments = new HashMap<>();
    private final Person deskAgent;
    private final CalendarGenerator calendars;

    private final Object lock = new Object();
    private final Map<String, PresenceState> chatSaid = new HashMap<>();
    private final Set<String> reportedSick = new HashSet<>();
    private PresenceSink sink;
    private Instant lastHeartbeat = Instant.MIN;
    private Instant lastCalendarPush = Instant.MIN;
    private LocalDate calendarDay;

    public SandboxDirectory(long seed, Clock clock) {
        this(seed, clock, DEFAULT_ZONE);
    }

    /** {@return the office's time zone: colleagues keep working hours there} */
    public ZoneId zone() {
        return zone;
    }

    public SandboxDirectory(long seed, Clock clock, ZoneId zone) {
        super(ID, "Sandbox presence", ConnectorKind.PRESENCE, clock);
        this.seed = seed;
        this.clock = clock;
        this.zone = zone;
        this.entries = new EmployeeGenerator(seed).generate();
        for (DirectoryEntry entry : entries) {
            departments.put(entry.person().id(), departmentOf(entry.person()));
        }
        this.deskAgent = entries.stream().map(DirectoryEntry::person)
                .filter(person -> departments.get(person.id()) == Department.KUNDTJANST).skip(1).findFirst()
                .orElseThrow();
        this.calendars = new CalendarGenerator(seed, zone);
    }

    private static Department departmentOf(Person person) {
        for (Department department : Department.values()) {
            if (department.label().equals(person.department())) {
                return department;
            }
        }
        throw new IllegalStateException("no department " + person.department());
    }

    /** {@return the directory with substitutes, in id order} */
    public List<DirectoryEntry> entries() {
        return entries;
    }

    /** {@return the people, in id order} */
    public List<Person> people() {
        return entries.stream().map(DirectoryEntry::person).toList();
    }

    /** {@return the person working at this desk: an agent in Kundtjänst; the sandbox PBX rings their extension} */
    public Person deskAgent() {
        return deskAgent;
    }

    /** {@return the person's calendar entries for the {@value #CALENDAR_DAYS} days from today} */
    public List<PresenceReport> calendarOf(String personId) {
        Department department = departments.get(personId);
        if (department == null || personId.equals(deskAgent.id())) {
            return List.of();
        }
        Instant now = clock.instant();
        return calendars.entries(personId, department, LocalDate.ofInstant(now, zone), CALENDAR_DAYS, now);
    }

    /**
     * {@return true if the person is at work, active in chat and has no calendar entry at {@code at}} The sandbox
     * PBX only lets such people take calls, so nobody on vacation is ever "on a call".
     */
    public boolean isFreeAt(String personId, Instant at) {
        Department department = departments.get(personId);
        if (department == null || !workday(personId, department, at).activeAt(at)) {
            return false;
        }
        LocalDate date = LocalDate.ofInstant(at, zone);
        return calendars.entries(personId, department, date, 1, at).stream()
                .noneMatch(entry -> !at.isBefore(entry.from()) && at.isBefore(entry.until()));
    }

    private Workday workday(String personId, Department department, Instant at) {
        return Workday.plan(seed, personId, department, LocalDate.ofInstant(at, zone), zone);
    }

    @Override
    public PresenceCapabilities presenceCapabilities() {
        return new PresenceCapabilities(Set.of(PresenceSourceKind.CHAT_SERVER, PresenceSourceKind.MANUAL), false,
                true);
    }

    @Override
    public void startPresence(PresenceSink newSink) {
        synchronized (lock) {
            sink = newSink;
            chatSaid.clear();
            reportedSick.clear();
            lastHeartbeat = Instant.MIN;
            lastCalendarPush = Instant.MIN;
            push(clock.instant());
        }
    }

    /** Pushes the whole company at once: it is generated in memory, so there is no slow first sync. */
    @Override
    public void startDirectory(DirectorySink directorySink) {
        directorySink.replaceAll(entries);
    }

    @Override
    public void stopDirectory() {
        // The directory never changes while the sandbox runs; nothing to stop.
    }

    @Override
    public void stopPresence() {
        synchronized (lock) {
            sink = null;
        }
    }

    /** Pushes what changed by the clock; see the class comment. Does nothing before {@link #startPresence}. */
    public void tick() {
        synchronized (lock) {
            if (sink != null) {
                push(clock.instant());
            }
        }
    }

    private void push(Instant now) {
        if (!remote.isOnline()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!today.equals(calendarDay) || !now.isBefore(lastCalendarPush.plus(Duration.ofHours(CALENDAR_RESYNC_HOURS)))
                || lastCalendarPush.equals(Instant.MIN)) {
            entries.forEach(entry -> sink.replaceCalendar(byMail(entry), calendarOf(entry.person().id()).stream()
                    .map(calendarEntry -> named(calendarEntry, byMail(entry))).toList()));
            calendarDay = today;
            lastCalendarPush = now;
        }
        for (DirectoryEntry entry : entries) {
            String id = entry.person().id();
            if (!id.equals(deskAgent.id())) {
                pushPerson(entry, workday(id, departments.get(id), now), now);
            }
        }
        if (!now.isBefore(lastHeartbeat.plus(HEARTBEAT)) || lastHeartbeat.equals(Instant.MIN)) {
            sink.confirmAll(PresenceSourceKind.CHAT_SERVER);
            lastHeartbeat = now;
        }
    }

    private void pushPerson(DirectoryEntry entry, Workday day, Instant now) {
        String id = entry.person().id();
        Workday.ChatState chat = day.chatStateAt(now);
        if (chat.state() != chatSaid.get(id)) {
            sink.report(new PresenceReport(PresenceAddress.chat(entry.chatAddresses().get(0)),
                    PresenceSourceKind.CHAT_SERVER, chat.state(), PresenceReason.NONE, chat.since(), null, null,
                    now));
            chatSaid.put(id, chat.state());
        }
        boolean sick = day.kind() == Workday.Kind.SICK;
        if (sick && reportedSick.add(id)) {
            Instant from = day.dayStart().plus(Duration.ofHours(7));
            sink.report(new PresenceReport(byMail(entry), PresenceSourceKind.MANUAL, PresenceState.AWAY,
                    PresenceReason.SICK, from.isAfter(now) ? now : from, backAfterSickDay(day),
                    PresenceState.AVAILABLE, now));
        } else if (!sick && reportedSick.remove(id)) {
            sink.withdraw(byMail(entry), PresenceSourceKind.MANUAL);
        }
    }

    private static String byMail(DirectoryEntry entry) {
        return PresenceAddress.email(entry.person().email());
    }

    private static PresenceReport named(PresenceReport report, String reference) {
        return new PresenceReport(reference, report.source(), report.state(), report.reason(), report.from(),
                report.until(), report.next(), report.confirmedAt());
    }

    private Instant backAfterSickDay(Workday day) {
        LocalDate next = LocalDate.ofInstant(day.dayStart(), zone).plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
    }
}

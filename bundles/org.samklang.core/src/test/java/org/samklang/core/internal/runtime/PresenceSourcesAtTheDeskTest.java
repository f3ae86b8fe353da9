package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.UnresolvedAddress;
import org.samklang.core.internal.plugins.Facet;
import org.samklang.core.internal.conversation.TestClock;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.PresenceAddress;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;

/**
 * The desk gives each presence source a sink of its own: a PBX that goes away, or is reconfigured, takes its "on a
 * call" with it; a source that names people the directory does not have shows them in its status; a source cannot
 * send what it did not declare.
 */
class PresenceSourcesAtTheDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void givenAPbxThatPutSomeoneOnACall_whenItIsRemoved_thenTheyAreNoLongerOnACall() throws Exception {
        try (Desk desk = Desk.start(data, new TestClock(T0))) {
            directory(desk);
            FakeSource pbx = new FakeSource("telephony.pbx", new PresenceCapabilities(Set.of(PresenceSourceKind.PBX),
                    false, false));
            desk.plugins().serviceAdded(Facet.PRESENCE, pbx, Map.of());
            pbx.awaitSink().report(report(PresenceAddress.extension("1202"), PresenceState.ON_CALL));
            await(() -> state(desk, "anders"), PresenceState.ON_CALL);

            desk.plugins().serviceRemoved(Facet.PRESENCE, pbx);

            assertEquals(PresenceState.OFFLINE, state(desk, "anders"));
            assertTrue(pbx.stopped > 0);
        }
    }

    @Test
    void givenAReconfiguredSource_whenItStartsOver_thenItsOldReportsAreGoneAndItHasANewSink() throws Exception {
        try (Desk desk = Desk.start(data, new TestClock(T0))) {
            directory(desk);
            FakeSource pbx = new FakeSource("telephony.pbx", new PresenceCapabilities(Set.of(PresenceSourceKind.PBX),
                    false, false));
            desk.plugins().serviceAdded(Facet.PRESENCE, pbx, Map.of());
            PresenceSink first = pbx.awaitSink();
            first.report(report(PresenceAddress.extension("1202"), PresenceState.ON_CALL));
            await(() -> state(desk, "anders"), PresenceState.ON_CALL);

            pbx.sink = null;
            desk.plugins().serviceUpdated(Facet.PRESENCE, pbx, Map.of("reconfigured", "yes"));
            PresenceSink second = pbx.awaitSink();
            first.report(report(PresenceAddress.extension("1201"), PresenceState.ON_CALL));

            assertNotSame(first, second);
            assertEquals(PresenceState.OFFLINE, state(desk, "anders"), "the old configuration's call is gone");
            assertEquals(PresenceState.OFFLINE, state(desk, "karin"), "the old sink takes nothing any more");
        }
    }

    @Test
    void givenASourceNamingAnExtensionNobodyHas_whenTheStatusIsRead_thenItShowsTheAddress() throws Exception {
        try (Desk desk = Desk.start(data, new TestClock(T0))) {
            directory(desk);
            FakeSource pbx = new FakeSource("telephony.pbx", new PresenceCapabilities(Set.of(PresenceSourceKind.PBX),
                    false, false));
            desk.plugins().serviceAdded(Facet.PRESENCE, pbx, Map.of());
            pbx.awaitSink().report(report(PresenceAddress.extension("9999"), PresenceState.ON_CALL));

            desk.connectorStatus().poll();
            ConnectorStatus status = desk.connectorStatus().connectors().stream()
                    .filter(s -> s.id().equals("telephony.pbx")).findFirst().orElseThrow();

            assertEquals(1, status.unresolvedAddresses());
            assertEquals(List.of(new UnresolvedAddress("ext:9999", 0)), status.unresolvedExamples());
        }
    }

    @Test
    void givenASourceSendingWhatItDidNotDeclare_whenItReports_thenItIsIgnored() throws Exception {
        try (Desk desk = Desk.start(data, new TestClock(T0))) {
            directory(desk);
            FakeSource calendarOnly = new FakeSource("calendar.x", new PresenceCapabilities(Set.of(), false, true));
            desk.plugins().serviceAdded(Facet.PRESENCE, calendarOnly, Map.of());

            calendarOnly.awaitSink().report(report("anders", PresenceState.ON_CALL));

            assertEquals(PresenceState.OFFLINE, state(desk, "anders"));
        }
    }

    private static FakeSource directory(Desk desk) {
        FakeSource directory = new FakeSource("presence.directory", new PresenceCapabilities(
                Set.of(PresenceSourceKind.PBX), true, false));
        desk.plugins().serviceAdded(Facet.PRESENCE, directory, Map.of());
        directory.awaitSink().replaceDirectory(List.of(
                DirectoryEntry.of(Person.of("karin", "Karin Berg", "Kundtjänst", "1201")),
                DirectoryEntry.of(Person.of("anders", "Anders Lind", "Kundtjänst", "1202"))));
        return directory;
    }

    private static PresenceReport report(String reference, PresenceState state) {
        return PresenceReport.of(reference, PresenceSourceKind.PBX, state, PresenceReason.NONE, T0);
    }

    private static PresenceState state(Desk desk, String personId) {
        PresenceService presence = desk.presenceFor("karin");
        return presence.presenceOf(personId).map(PresenceView::state).orElseThrow();
    }

    private static <T> void await(Supplier<T> value, T expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!expected.equals(value.get()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertEquals(expected, value.get());
    }

    /** A presence source that only remembers the sink it was started with. */
    private static final class FakeSource implements PresenceSource {

        private final String id;
        private final PresenceCapabilities capabilities;
        volatile PresenceSink sink;
        volatile int stopped;

        FakeSource(String id, PresenceCapabilities capabilities) {
            this.id = id;
            this.capabilities = capabilities;
        }

        PresenceSink awaitSink() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sink == null && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            return Optional.ofNullable(sink).orElseThrow(() -> new AssertionError(id + " was never started"));
        }

        @Override
        public PresenceCapabilities presenceCapabilities() {
            return capabilities;
        }

        @Override
        public void startPresence(PresenceSink newSink) {
            sink = newSink;
        }

        @Override
        public void stopPresence() {
            stopped++;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return id;
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.PRESENCE;
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(T0.minus(Duration.ofHours(1)));
        }

    }
}

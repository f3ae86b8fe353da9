package org.samklang.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.internal.runtime.Desk;
import org.samklang.core.internal.store.StoreHealthBoard;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.DirectorySink;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.PluginType;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;

/** One instance under several facets is put to work people first, so its presence reports find their people. */
class FacetOrderTest {

    private static final String PID = "org.samklang.test.people";

    @TempDir
    Path data;

    @Test
    void aDirectoryThatIsAlsoAPresenceSource_getsItsDirectoryStartedBeforeItsPresence() {
        Clock clock = Clock.systemUTC();
        try (Desk desk = Desk.start(data, clock, new StoreHealthBoard(clock), new MemorySecrets(), HostDesk.SHORT)) {
            desk.plugins().typeAdded(new PeopleType());
            People people = new People();
            Map<String, Object> properties = Map.of("service.pid", PID + "~people.test", "service.factoryPid", PID,
                    PluginType.INSTANCE, "people.test");
            desk.plugins().serviceAdded(Facet.PRESENCE, people, properties);
            desk.plugins().serviceAdded(Facet.DIRECTORY, people, properties);

            desk.plugins().openGate();

            HostDesk.await(() -> Optional.of(people.calls).filter(calls -> calls.size() == 2), "both started");
            assertEquals(List.of("directory", "presence"), people.calls);
        }
    }

    private static final class People implements DirectorySource, PresenceSource {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "people.test";
        }

        @Override
        public String displayName() {
            return "People";
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.PRESENCE;
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(Instant.EPOCH);
        }

        @Override
        public void startDirectory(DirectorySink sink) {
            calls.add("directory");
        }

        @Override
        public void stopDirectory() {
            // nothing kept
        }

        @Override
        public PresenceCapabilities presenceCapabilities() {
            return new PresenceCapabilities(Set.of(), true, false);
        }

        @Override
        public void startPresence(PresenceSink sink) {
            calls.add("presence");
        }

        @Override
        public void stopPresence() {
            // nothing kept
        }
    }

    private static final class PeopleType implements PluginType {

        @Override
        public String factoryPid() {
            return PID;
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.PRESENCE;
        }

        @Override
        public String displayName(Locale locale) {
            return "People";
        }

        @Override
        public String description(Locale locale) {
            return "";
        }

        @Override
        public ConnectorSettings settings(Locale locale) {
            return ConnectorSettings.of();
        }

        @Override
        public CompletableFuture<ConnectionTestResult> testConnection(ConnectorConfiguration configuration,
                Locale locale) {
            return CompletableFuture.completedFuture(ConnectionTestResult.succeeded("fine"));
        }
    }
}

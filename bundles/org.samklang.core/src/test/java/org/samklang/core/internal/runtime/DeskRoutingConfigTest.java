package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.samklang.core.api.model.ConfigurationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.QueueFigures;

/** The desk reads routing.json from its data directory; a broken file leaves it on defaults and says why. */
class DeskRoutingConfigTest {

    @Test
    void theConfiguredQueuesAreTheDesksQueues(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("routing.json"), """
                {"queues": [{"id": "support", "name": "Support", "media": "voice"},
                            {"id": "web", "name": "Web chat", "media": "chat"}]}
                """);

        try (Desk desk = Desk.start(data, Clock.systemUTC())) {
            List<QueueFigures> figures = firstFigures(desk, 2);

            assertEquals(List.of("Support", "Web chat"), figures.stream().map(QueueFigures::name).toList());
            assertTrue(configurationProblems(desk).isEmpty());
        }
    }

    @Test
    void aBrokenFileLeavesTheDefaultQueuesAndShowsTheReasonInTheStatusLine(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("routing.json"), "{\"queues\": [{\"id\": \"a\", \"media\": \"fax\"}]}");

        try (Desk desk = Desk.start(data, Clock.systemUTC())) {
            List<QueueFigures> figures = firstFigures(desk, 4);
            List<ConnectorStatus> problems = configurationProblems(desk);

            assertEquals(4, figures.size(), "one default queue per media type");
            assertEquals(1, problems.size());
            assertEquals(ConnectorStatus.Health.DEGRADED, problems.get(0).health());
            assertEquals(Optional.of(ConfigurationProblem.of(ConfigurationProblem.Kind.NOT_MEDIA, "queues[0].media",
                    "fax")), ConfigurationProblem.fromCoded(problems.get(0).reason()),
                    "a code the desktop words: " + problems.get(0).reason());
        }
    }

    private static List<QueueFigures> firstFigures(Desk desk, int expectedQueues) throws Exception {
        CompletableFuture<List<QueueFigures>> seen = new CompletableFuture<>();
        try (AutoCloseable subscription = desk.queues().subscribe(list -> {
            if (list.size() >= expectedQueues) {
                seen.complete(list);
            }
        })) {
            if (desk.queues().queues().size() >= expectedQueues) {
                return desk.queues().queues();
            }
            return seen.get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ConnectorStatus> configurationProblems(Desk desk) {
        return desk.connectorStatus().connectors().stream()
                .filter(c -> c.role() == ConnectorStatus.Role.CONFIGURATION).toList();
    }
}

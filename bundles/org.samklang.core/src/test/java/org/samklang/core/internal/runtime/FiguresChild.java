package org.samklang.core.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.QueueFigures;

/**
 * The child JVM of {@link QueueFiguresCrashTest}: fills the chat queue of a desk on a data directory (waiting,
 * answered and abandoned chats), prints the figures once they are kept, then waits to be killed. Prints
 * {@code FIGURES <waiting> <oldest arrival ms> <service level> <speed of answer ms>}, then {@code READY}.
 */
public final class FiguresChild {

    private FiguresChild() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        FiguresDesk desk = new FiguresDesk(Path.of(args[0]), clock);
        desk.chat("+46702000001", now.minus(Duration.ofHours(3)));
        ConversationId late = desk.chat("+46702000002", now.minus(Duration.ofMinutes(30)));
        ConversationId gone = desk.chat("+46702000003", now.minus(Duration.ofMinutes(20)));
        desk.chat("+46702000004", now.minus(Duration.ofMinutes(9)));
        ConversationId quick = desk.chat("+46702000005", now.minusSeconds(10));
        desk.awaitChat("five chats waiting", f -> f.waiting() == 5);
        desk.engine.changeState(late, ConversationState.ACTIVE).get(30, TimeUnit.SECONDS);
        desk.engine.changeState(quick, ConversationState.ACTIVE).get(30, TimeUnit.SECONDS);
        desk.engine.close(gone).get(30, TimeUnit.SECONDS);
        QueueFigures figures = desk.awaitChat("two answered, one abandoned", f -> f.waiting() == 2
                && f.averageSpeedOfAnswer().isPresent() && f.serviceLevelPercent().isPresent()
                && f.serviceLevelPercent().getAsDouble() < 50);
        desk.awaitKept(3);
        Instant oldest = figures.asOf().minus(figures.longestWait());
        System.out.println("FIGURES " + figures.waiting() + " " + oldest.toEpochMilli() + " "
                + figures.serviceLevelPercent().getAsDouble() + " "
                + figures.averageSpeedOfAnswer().orElseThrow().toMillis());
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // killed by the test
    }
}

package org.samklang.core.internal.drafts;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

/**
 * The process {@link DraftCrashTest} kills: saves ever longer drafts of two conversations as fast as it can and
 * prints "saved N" each time N is durable, until it is killed.
 */
public final class DraftCrashChild {

    private DraftCrashChild() {
    }

    public static void main(String[] args) {
        FileDraftStore store = new FileDraftStore(Path.of(args[0]));
        for (int n = 1;; n++) {
            for (long id = 1; id <= 2; id++) {
                store.saveDraft(new Draft(new ConversationId(id), "key-" + id, DraftCrashTest.textOf(n),
                        Optional.empty(), Instant.EPOCH.plusMillis(n)));
            }
            if (n % 10 == 0 && store.flush(Duration.ofSeconds(30))) {
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}

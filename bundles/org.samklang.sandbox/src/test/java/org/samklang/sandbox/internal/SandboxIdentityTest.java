package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.samklang.sandbox.internal.directory.SandboxDirectory;

/** The identity offered before the company is generated names the desk agent the generated company has. */
class SandboxIdentityTest {

    @Test
    void theConstantIdIsTheGeneratedDeskAgent() {
        SandboxDirectory directory = new SandboxDirectory(SandboxWorld.DATA_SEED,
                new ManualClock(Instant.parse("2026-11-23T09:00:00Z")));

        assertEquals(directory.deskAgent().id(), new SandboxIdentity().personId());
    }
}

package org.samklang.sandbox.internal;

import org.samklang.core.spi.DeskIdentity;

/**
 * The sandbox's desk agent (an agent in Kundtjänst whose extension the sandbox PBX rings) as the person signed in,
 * so {@code ./samklang run} starts a working demo without asking who works here. An identity the agent configured
 * in the data directory wins over this one. Its id is a constant rather than read from the generated directory, so
 * it can be offered before the window opens without generating the company on the start-up path; a test keeps it
 * equal to {@code SandboxDirectory.deskAgent()}.
 */
enum SandboxIdentity implements DeskIdentity {

    INSTANCE;

    /** The directory id of {@code new SandboxDirectory(SandboxComponent.DATA_SEED, ...).deskAgent()}. */
    static final String DESK_AGENT_ID = "emp-0016";

    @Override
    public String personId() {
        return DESK_AGENT_ID;
    }
}

package org.samklang.sandbox.internal;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.spi.DeskIdentity;

/**
 * The sandbox's desk agent (an agent in Kundtjänst whose extension the sandbox PBX rings) as the person signed in,
 * so {@code ./samklang run} starts a working demo without asking who works here. An identity the agent configured
 * in the data directory wins over this one.
 * <p>
 * A component of its own, without references, so it is registered as soon as the sandbox bundle starts, before the
 * window opens and asks; the directory that lists this agent is a configured instance started after the window (the
 * core offers the agent's presence once it is listed). Its id is therefore a constant
 * rather than read from the generated directory (generating the company is not for the start-up path); a test keeps
 * it equal to {@code SandboxDirectory.deskAgent()}.
 */
@Component(service = DeskIdentity.class)
public final class SandboxIdentity implements DeskIdentity {

    /** The directory id of {@code new SandboxDirectory(SandboxWorld.DATA_SEED, ...).deskAgent()}. */
    static final String DESK_AGENT_ID = "emp-0016";

    @Override
    public String personId() {
        return DESK_AGENT_ID;
    }
}

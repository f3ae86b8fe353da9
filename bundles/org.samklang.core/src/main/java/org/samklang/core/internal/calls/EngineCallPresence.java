package org.samklang.core.internal.calls;

import java.lang.System.Logger.Level;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.presence.PresenceEngine;
import org.samklang.core.internal.presence.ReportOutcome;

/**
 * Tells the presence engine about the signed-in agent's voice wrap-up: it starts when an answered call ends (the
 * engine extends one the PBX's own report already started) and ends when the last waiting call got its code.
 * Before anyone signed in it does nothing. Thread-safe.
 */
public final class EngineCallPresence implements CallPresence {

    private static final System.Logger LOG = System.getLogger(EngineCallPresence.class.getName());

    private final PresenceEngine presence;
    private volatile String personId;

    public EngineCallPresence(PresenceEngine presence) {
        this.presence = presence;
    }

    /** The person whose phone this desk is; their presence shows the wrap-up. */
    public void signIn(String person) {
        personId = person;
    }

    @Override
    public void wrapUpStarted() {
        report("start", person -> presence.startWrapUp(person, MediaType.VOICE));
    }

    @Override
    public void wrapUpEnded() {
        report("end", presence::endWrapUp);
    }

    private void report(String what, java.util.function.Function<String, ReportOutcome> step) {
        String person = personId;
        if (person == null) {
            return;
        }
        try {
            ReportOutcome outcome = step.apply(person);
            LOG.log(Level.DEBUG, "wrap-up {0} for {1}: {2}", what, person, outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "wrap-up " + what + " for " + person + " failed", e);
        }
    }
}

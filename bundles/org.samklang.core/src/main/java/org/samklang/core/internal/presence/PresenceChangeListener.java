package org.samklang.core.internal.presence;

/**
 * Receives every change of anyone's effective presence from the {@link PresenceEngine}; the lead wires the
 * journal here.
 * <p>
 * Called on the engine's event executor (in production a single thread, so calls are sequential and in
 * the order the changes happened). Must not block: hand slow work elsewhere. An exception is logged and
 * does not reach other listeners or the engine. A source re-confirming an unchanged state is no change.
 */
@FunctionalInterface
public interface PresenceChangeListener {

    /** One effective change, private details included; must not block. */
    void effectivePresenceChanged(EffectivePresenceChange change);
}

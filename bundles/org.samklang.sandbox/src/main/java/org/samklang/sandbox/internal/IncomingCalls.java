package org.samklang.sandbox.internal;

import org.samklang.core.spi.CallEvent;

/**
 * Where the sandbox traffic sends the calls it makes up: the sandbox PBX, which then rings the desk and lets the
 * agent answer, hold and transfer them. Tests pass a recording fake.
 */
@FunctionalInterface
public interface IncomingCalls {

    /** A new call rings at the desk; a call id seen before is ignored. */
    void ring(CallEvent.Ringing ringing);
}

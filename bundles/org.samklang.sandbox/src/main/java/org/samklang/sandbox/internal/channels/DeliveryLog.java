package org.samklang.sandbox.internal.channels;

import java.util.List;

import org.samklang.core.api.model.MediaType;

/** What the sandbox channels delivered, by media type, so simulated customers can answer agents' replies. */
public interface DeliveryLog {

    /** {@return the deliveries on {@code mediaType} after the first {@code seen}, oldest first} Thread-safe. */
    List<SandboxChannel.Delivery> deliveriesAfter(MediaType mediaType, int seen);
}

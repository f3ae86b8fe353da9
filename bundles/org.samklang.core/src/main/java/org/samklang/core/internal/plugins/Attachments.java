package org.samklang.core.internal.plugins;

import org.samklang.core.spi.Connector;

/**
 * What the desk does with a started instance: puts it to work under one facet (a channel into the outbox's registry,
 * a CRM into the customer card...) and takes it out again. Called by the {@link PluginHost} without its lock held,
 * on a host thread or the thread that removed the service; must not block long.
 */
public interface Attachments {

    /** Puts {@code connector} to work as {@code facet}; it was started. */
    void attach(Facet facet, Connector connector);

    /** Takes {@code connector} out of work as {@code facet}; it is about to be stopped. */
    void detach(Facet facet, Connector connector);
}

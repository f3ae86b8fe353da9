package org.samklang.core.internal.plugins;

import java.time.Clock;
import java.util.Locale;

import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.PluginState;

/** The {@link PluginContext} of one start of one instance. Immutable. */
record InstanceContext(String instanceId, ConnectorConfiguration configuration, Clock clock, Locale locale,
        PluginState state, InboundSink inbound) implements PluginContext {
}

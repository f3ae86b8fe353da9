package org.samklang.core.spi;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;

/**
 * One kind of instance a plugin bundle offers (a sandbox channel, an IMAP mailbox, a REST CRM), registered as an OSGi
 * service by a Declarative Services component without configuration. The Settings view lists it under "Add" and
 * renders its form; the core checks every instance's settings against the form before it starts the instance.
 * <p>
 * <b>Instances.</b> The bundle's instance component has {@code configurationPid} = {@link #factoryPid()} and
 * {@code configurationPolicy = REQUIRE}; Configuration Admin holds one factory configuration per instance, made by
 * the Settings view or provisioned by IT as a file in the data directory's {@code plugins.d} folder. Such a
 * configuration carries {@value #INSTANCE} (the instance id), optionally {@value #NAME} (the name users see) and
 * {@value #ENABLED}, and the plugin's non-secret settings by key; secrets are kept in secure storage only.
 * <p>
 * <b>Threading.</b> Every method is called on a core thread, never the UI thread. {@link #factoryPid()} and
 * {@link #kind()} must return constants. {@link #displayName}, {@link #description} and {@link #settings} must not
 * block or do I/O. {@link #testConnection} returns at once and does its I/O on the plugin's own threads; the core
 * gives it 30 seconds.
 * <p>
 * <b>Errors.</b> Nothing throws: a connection that fails is a {@linkplain ConnectionTestResult#failed failed result}
 * saying exactly what failed ("could not connect to imap.example.com:993: connection refused"). The core treats an
 * exception or a failed future as a failed test and logs it as a plugin bug.
 */
public interface PluginType {

    /** Configuration property: the instance id, e.g. {@code email.support}; required. */
    String INSTANCE = "samklang.instance";
    /** Configuration property: the name users see for the instance; optional (the plugin's own name otherwise). */
    String NAME = "samklang.name";
    /** Configuration property: {@code false} keeps the instance's settings without starting it; default {@code true}. */
    String ENABLED = "samklang.enabled";

    /** The factory PID of this type's instances, its stable id, e.g. {@code org.samklang.sandbox.channel}. */
    String factoryPid();

    /** What the instances are: a channel or a kind of connector. */
    ConnectorKind kind();

    /** The type's name in {@code locale} (English where the plugin lacks it), e.g. "Sandbox channel". */
    String displayName(Locale locale);

    /** One or two sentences in {@code locale} on what an instance connects to; may be empty. */
    String description(Locale locale);

    /**
     * The settings an instance takes, labelled in {@code locale}. The same descriptors check every instance's
     * values, so a plugin never receives a value its own form refuses. An instance's settings must not change their
     * meaning between versions of the plugin; add new keys instead.
     */
    ConnectorSettings settings(Locale locale);

    /**
     * Tries {@code configuration} (checked against {@link #settings}, secrets included) against the remote without
     * keeping anything: connect, sign in, read one thing. The result's message is in {@code locale}.
     */
    CompletableFuture<ConnectionTestResult> testConnection(ConnectorConfiguration configuration, Locale locale);
}

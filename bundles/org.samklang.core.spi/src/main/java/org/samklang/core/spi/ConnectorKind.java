package org.samklang.core.spi;

/**
 * The family a {@link Connector} or {@link PluginType} belongs to; the status line groups health by it and the
 * Settings view files the type under it.
 */
public enum ConnectorKind {
    /** A channel customers write or call on ({@link ChannelConnector}). */
    CHANNEL,
    /** Customer records ({@link CustomerDirectory}). */
    CRM,
    /** Orders and invoices ({@link OrderHistory}). */
    ERP,
    /** Call control of the desk's phone ({@link Telephony}); a PBX may also be a {@link PresenceSource}. */
    TELEPHONY,
    /** Presence, people directory and calendar ({@link PresenceSource}, {@link DirectorySource}). */
    PRESENCE,
    /** Articles and canned responses ({@link KnowledgeSource}). */
    KNOWLEDGE
}

package org.samklang.core.spi;

/**
 * The family a {@link Connector} belongs to; the status line groups health by it and the settings page files the
 * connector under it. Channels are not connectors of this kind: they implement {@link ChannelConnector}.
 */
public enum ConnectorKind {
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

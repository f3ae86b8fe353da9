package org.samklang.core.internal.plugins;

import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;

/**
 * The SPI interface a plugin service was registered under. One object may be registered under several (a PBX is
 * {@link Telephony} and {@link PresenceSource}); it is one instance, started once and attached once per facet.
 */
public enum Facet {

    CHANNEL(ChannelConnector.class, ConnectorKind.CHANNEL), CRM(CustomerDirectory.class, ConnectorKind.CRM), ERP(
            OrderHistory.class,
            ConnectorKind.ERP), TELEPHONY(Telephony.class, ConnectorKind.TELEPHONY), PRESENCE(PresenceSource.class,
                    ConnectorKind.PRESENCE), DIRECTORY(DirectorySource.class,
                            ConnectorKind.PRESENCE), KNOWLEDGE(KnowledgeSource.class, ConnectorKind.KNOWLEDGE);

    private final Class<? extends Connector> type;
    private final ConnectorKind kind;

    Facet(Class<? extends Connector> type, ConnectorKind kind) {
        this.type = type;
        this.kind = kind;
    }

    /** The SPI interface. */
    public Class<? extends Connector> type() {
        return type;
    }

    /** The kind a connector registered only under this facet has. */
    public ConnectorKind kind() {
        return kind;
    }

    /** {@return the status line's role for {@code kind}} */
    public static ConnectorStatus.Role roleOf(ConnectorKind kind) {
        return ConnectorStatus.Role.valueOf(kind.name());
    }
}

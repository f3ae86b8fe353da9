package org.samklang.ui.internal.settings.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingDescriptor.Type;
import org.samklang.ui.internal.model.UiMessages;

/** The plugin types the Settings tests configure: a mailbox with every kind of field, and a CRM. */
final class Plugins {

    static final String MAILBOX = "org.example.imap";
    static final String CRM = "org.example.crm";
    static final SettingsTexts ENGLISH = new SettingsTexts(UiMessages.forLocale(Locale.ENGLISH));

    private Plugins() {
    }

    static PluginTypeView mailbox() {
        return new PluginTypeView(MAILBOX, ConnectorStatus.Role.CHANNEL, "IMAP mailbox",
                "Fetches mail from an IMAP server and sends replies over SMTP.", ConnectorSettings.of(
                        SettingDescriptor.of("host", Type.TEXT, "Server", "The IMAP server's name.", "", true),
                        SettingDescriptor.number("port", "Port", "", 993, 1, 65535),
                        SettingDescriptor.of("user", Type.TEXT, "User", "", "", true),
                        SettingDescriptor.of("password", Type.SECRET, "Password", "", "", true),
                        SettingDescriptor.of("tls", Type.BOOLEAN, "Use TLS", "", "true", false),
                        SettingDescriptor.choice("auth", "Sign-in", "", "plain", List.of("plain", "oauth2")),
                        SettingDescriptor.of("folders", Type.LIST, "Folders", "", "INBOX", false),
                        SettingDescriptor.of("signature", Type.MULTILINE_TEXT, "Signature", "", "", false),
                        SettingDescriptor.of("webmail", Type.URL, "Webmail", "", "", false)));
    }

    static PluginTypeView crm() {
        return new PluginTypeView(CRM, ConnectorStatus.Role.CRM, "REST CRM", "", ConnectorSettings.of(
                new SettingDescriptor("url", Type.URL, "Address", "", "", true, List.of(), Optional.empty(),
                        Optional.empty()),
                SettingDescriptor.of("token", Type.SECRET, "API token", "", "", false)));
    }

    /** Settings a running mailbox instance has. */
    static Map<String, String> mailboxValues(String host) {
        return Map.of("host", host, "port", "993", "user", "support@example.com", "tls", "true");
    }
}

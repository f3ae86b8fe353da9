package org.samklang.core.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.SettingDescriptor.Type;

class ConnectorSettingsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final ConnectorSettings MAIL = ConnectorSettings.of(
            SettingDescriptor.of("host", Type.TEXT, "Server", "", "", true),
            SettingDescriptor.number("port", "Port", "", 993, 1, 65_535),
            SettingDescriptor.of("password", Type.SECRET, "Password", "", "", true),
            SettingDescriptor.choice("security", "Security", "", "TLS", List.of("TLS", "STARTTLS")),
            SettingDescriptor.of("api", Type.URL, "API", "", "https://mail.example.com/api", false),
            SettingDescriptor.of("signature", Type.MULTILINE_TEXT, "Signature", "", "", false),
            SettingDescriptor.of("folders", Type.LIST, "Folders", "", "INBOX", false),
            SettingDescriptor.of("idle", Type.BOOLEAN, "Use IDLE", "", "true", true));

    @Test
    void everyProblemNamesItsSetting_inTheUsersLanguage() {
        List<SettingProblem> problems = MAIL.problems(Map.of("port", "99999", "security", "SSL", "api", "not a url",
                "typo", "x", "idle", "ja"), Locale.ENGLISH);

        assertEquals(List.of(
                new SettingProblem("host", SettingProblem.Kind.REQUIRED, "Server is required"),
                new SettingProblem("port", SettingProblem.Kind.INVALID_VALUE,
                        "Port: 99999 is not between 1 and 65535"),
                new SettingProblem("password", SettingProblem.Kind.REQUIRED, "Password is required"),
                new SettingProblem("security", SettingProblem.Kind.INVALID_VALUE,
                        "Security: 'SSL' is not one of TLS, STARTTLS"),
                new SettingProblem("api", SettingProblem.Kind.INVALID_VALUE,
                        "API: 'not a url' is not an absolute URL with a host, such as https://crm.example.com/api"),
                new SettingProblem("idle", SettingProblem.Kind.INVALID_VALUE, "Use IDLE: must be true or false"),
                new SettingProblem("typo", SettingProblem.Kind.UNKNOWN_SETTING,
                        "'typo' is not a setting of this plugin")),
                problems);
        assertEquals("Port: ”abc” är inte ett heltal",
                MAIL.problems(Map.of("host", "h", "password", "p", "port", "abc"), SWEDISH).get(0).message());
    }

    @Test
    void multiLineTextKeepsItsLines_aListDropsBlankEntries_andOneLineTypesRefuseNewlines() {
        Map<String, String> normalized = MAIL.normalized(Map.of("host", " imap.example.com ", "password", "p",
                "signature", "Hälsningar\n\tKundtjänst\n", "folders", " INBOX \n\nSupport/Inkommande\r\n",
                "idle", "FALSE"));

        assertEquals("imap.example.com", normalized.get("host"));
        assertEquals("993", normalized.get("port"));
        assertEquals("Hälsningar\n\tKundtjänst\n", normalized.get("signature"));
        assertEquals("INBOX\nSupport/Inkommande", normalized.get("folders"));
        assertEquals("false", normalized.get("idle"));
        assertEquals(Optional.of(new SettingProblem("host", SettingProblem.Kind.INVALID_VALUE,
                "Server: must be one line without control characters")),
                MAIL.find("host").orElseThrow().problemWith("imap\nexample", Locale.ENGLISH));
        assertEquals(SettingProblem.Kind.INVALID_VALUE, MAIL.find("signature").orElseThrow()
                .problemWith("bell\u0007", Locale.ENGLISH).orElseThrow().kind());
        assertTrue(MAIL.find("folders").orElseThrow().problemWith("a\n" + "x".repeat(5000), Locale.ENGLISH)
                .isPresent());
        assertThrows(IllegalArgumentException.class, () -> MAIL.normalized(Map.of()));
    }

    @Test
    void aSecretInAFileIsNamed_andSecretKeysAreListed() {
        SettingDescriptor password = MAIL.find("password").orElseThrow();

        assertEquals(List.of("password"), MAIL.secretKeys());
        assertEquals(SettingProblem.Kind.SECRET_IN_PLAIN_TEXT,
                ConnectorSettings.secretInPlainText(password, Locale.ENGLISH).kind());
        assertTrue(ConnectorSettings.secretInPlainText(password, SWEDISH).message().startsWith("Password är en"));
    }

    @Test
    void inconsistentDescriptorsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SettingDescriptor.of("token", Type.SECRET, "Token", "", "default-secret", true));
        assertThrows(IllegalArgumentException.class,
                () -> SettingDescriptor.of("mode", Type.CHOICE, "Mode", "", "", true));
        assertThrows(IllegalArgumentException.class, () -> SettingDescriptor.number("n", "N", "", 5, 10, 20));
        assertThrows(IllegalArgumentException.class, () -> SettingDescriptor.of("Bad Key", Type.TEXT, "x", "", "",
                false));
        assertThrows(IllegalArgumentException.class, () -> SettingDescriptor.of("samklang.name", Type.TEXT, "x", "",
                "", false));
        assertThrows(IllegalArgumentException.class, () -> ConnectorSettings.of(
                SettingDescriptor.of("a", Type.TEXT, "A", "", "", false),
                SettingDescriptor.of("a", Type.TEXT, "A again", "", "", false)));
    }
}

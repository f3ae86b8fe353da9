package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ContextSection;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.QueueFigures;

class UiMessagesTest {

    private static final String BASE = "/org/samklang/ui/internal/messages";

    @Test
    void englishAndSwedishHaveTheSameKeys() throws IOException {
        assertEquals(load("").stringPropertyNames(), load("_sv").stringPropertyNames());
    }

    @Test
    void everyPatternIsAValidMessageFormatInBothLanguages() throws IOException {
        for (String suffix : List.of("", "_sv")) {
            Properties texts = load(suffix);
            for (String key : texts.stringPropertyNames()) {
                String formatted = new MessageFormat(texts.getProperty(key), Locale.ROOT)
                        .format(new Object[]{1, 2, 3, 4, 5});
                assertFalse(formatted.isBlank(), key + suffix);
            }
        }
    }

    @Test
    void noPatternLosesAnApostrophe() throws IOException {
        // MessageFormat takes a lone ' as a quote and drops it ("A channels conversations"): write ’ or ''.
        for (String suffix : List.of("", "_sv")) {
            Properties texts = load(suffix);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertFalse(pattern.replace("''", "").contains("'"), key + suffix + ": " + pattern);
            }
        }
    }

    @Test
    void translationsUseTheSameArguments() throws IOException {
        Properties english = load("");
        Properties swedish = load("_sv");
        for (String key : english.stringPropertyNames()) {
            int englishArguments = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            int swedishArguments = new MessageFormat(swedish.getProperty(key)).getFormatsByArgumentIndex().length;
            assertEquals(englishArguments, swedishArguments, key);
        }
    }

    @Test
    void givenSwedish_whenFormatting_thenSwedishTextAndNumbers() {
        UiMessages swedish = UiMessages.forLocale(Locale.forLanguageTag("sv-SE"));
        assertEquals("Välj en konversation", swedish.format("thread.empty"));
        assertEquals("1\u00a0234 av 5\u00a0000 konversationer", swedish.format("list.footer.exact", 1234, 5000)
                .replace('\u202f', '\u00a0'));
    }

    @Test
    void givenEnglish_whenFormatting_thenPatternArgumentsAreFilledIn() {
        UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
        assertEquals("1,234 of 5,000 conversations", english.format("list.footer.exact", 1234, 5000));
        assertNotEquals(english.format("thread.empty"),
                UiMessages.forLocale(Locale.forLanguageTag("sv")).format("thread.empty"));
    }

    @Test
    void aLanguageWithoutTranslationFallsBackToEnglish() {
        assertEquals("Select a conversation", UiMessages.forLocale(Locale.JAPANESE).format("thread.empty"));
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("!no.such.key!", UiMessages.forLocale(Locale.ENGLISH).format("no.such.key"));
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        check(english, missing, "media.", MediaType.values());
        check(english, missing, "state.", ConversationState.values());
        check(english, missing, "delivery.", DeliveryState.values());
        check(english, missing, "presence.state.", PresenceState.values());
        check(english, missing, "presence.reason.", PresenceReason.values());
        check(english, missing, "presence.source.", PresenceSourceKind.values());
        check(english, missing, "connector.health.", ConnectorStatus.Health.values());
        check(english, missing, "connector.role.", ConnectorStatus.Role.values());
        check(english, missing, "queue.variant.", QueueFigures.ServiceLevelVariant.values());
        check(english, missing, "failure.store.", StoreUnavailableException.Reason.values());
        check(english, missing, "list.column.", InboxRowFormatter.Column.values());
        for (String section : List.of("crm", "orders", "invoices", "earlier")) {
            check(english, missing, "card." + section + ".", Stream.of(ContextSection.State.values())
                    .filter(state -> state != ContextSection.State.LOADED).toArray(Enum[]::new));
            assertTrue(english.has("card." + section + ".heading"), section);
        }
        assertEquals(List.of(), missing);
    }

    private static void check(UiMessages messages, List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!messages.has(prefix + UiMessages.keyOf(value))) {
                missing.add(prefix + UiMessages.keyOf(value));
            }
        }
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiMessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.spi.CannedResponse;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.api.model.InvoiceSummary;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.api.model.Money;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingDescriptor.Type;
import org.samklang.core.spi.TemplateVariable;

/**
 * The SPI records the sandbox builds on reject malformed data with a clear message. (They belong to
 * org.samklang.core.spi; the tests live here until that bundle has a test folder.)
 */
class SpiContractTest {

    private static final ConnectorSettings MAIL = ConnectorSettings.of(
            SettingDescriptor.of("host", Type.TEXT, "Server", "", "", true),
            SettingDescriptor.number("port", "Port", "", 993, 1, 65_535),
            SettingDescriptor.of("password", Type.SECRET, "Password", "", "", true),
            SettingDescriptor.choice("security", "Security", "", "TLS", List.of("TLS", "STARTTLS")),
            SettingDescriptor.of("api", Type.URL, "API", "", "https://mail.example.com/api", false));

    private static CannedResponse canned(String text) {
        return new CannedResponse("c1", Locale.ENGLISH, "Title", "/t", text, "", List.of(), Instant.EPOCH);
    }

    @Test
    void aConfiguration_fillsDefaults_andNeverShowsSecretsInItsToString() {
        ConnectorConfiguration configuration = ConnectorConfiguration.of(MAIL, Map.of("host", " imap.example.com ",
                "password", "hemligt"));

        assertEquals(Optional.of("imap.example.com"), configuration.text("host"));
        assertEquals(993, configuration.number("port", 0));
        assertEquals("TLS", configuration.text("security").orElseThrow());
        assertFalse(configuration.toString().contains("hemligt"), configuration.toString());
        assertThrows(IllegalArgumentException.class, () -> ConnectorConfiguration.of(MAIL, Map.of()));
    }

    @Test
    void cannedResponses_readVariablesWithFallbacks_andLiteralBraces() {
        CannedResponse response = canned("Hej {customer.firstName|där}! Order {order.number} {{ok}}");

        assertEquals(List.of(new TemplateVariable("customer.firstName", "där"),
                new TemplateVariable("order.number", "")), response.variables());
    }

    @Test
    void brokenTemplates_areRejectedWithThePosition() {
        for (String broken : List.of("Hej {customer.firstName", "Hej } där", "Hej {kund namn}",
                "Hej {customer.firstName|a|b}", "{Customer.name}", "{x|" + "y".repeat(201) + "}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> canned(broken), broken);
            assertTrue(e.getMessage().contains("position"), e.getMessage());
        }
    }

    @Test
    void money_keepsTheCurrencysDecimals_andInvoicesAreOverdueOnlyWhenOpen() {
        assertEquals("1249.50 SEK", Money.ofMinor(124_950, "SEK").toString());
        assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("1.005"),
                Currency.getInstance("EUR")));
        LocalDate day = LocalDate.of(2025, 11, 1);
        assertThrows(IllegalArgumentException.class, () -> new InvoiceSummary("F1", "CRM-1", Optional.empty(), day,
                day.plusDays(14), InvoiceSummary.Status.PAID, Money.ofMinor(100, "SEK"), true, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new InvoiceSummary("F1", "CRM-1", Optional.empty(), day,
                day.minusDays(1), InvoiceSummary.Status.OPEN, Money.ofMinor(100, "SEK"), false, Optional.empty()));
    }

    @Test
    void directoryEntries_dropRepeatedSubstitutes_andRefuseThePersonThemself() {
        Person karin = Person.of("karin", "Karin Öberg", "Kundtjänst", "2001");

        assertEquals(List.of("anders", "lena"), new DirectoryEntry(karin, List.of("anders", "lena", "anders"))
                .substituteIds());
        assertThrows(IllegalArgumentException.class, () -> new DirectoryEntry(karin, List.of("karin")));
    }

    @Test
    void declaredCapabilities_rejectWhatCannotBe() {
        assertThrows(IllegalArgumentException.class,
                () -> new PresenceCapabilities(Set.of(PresenceSourceKind.SYSTEM), false, false));
        assertThrows(IllegalArgumentException.class, () -> KnowledgeBatch.complete("r1", List.of(),
                List.of(canned("a"), canned("b"))));
    }
}

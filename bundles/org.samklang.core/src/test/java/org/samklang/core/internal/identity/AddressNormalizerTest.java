package org.samklang.core.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Address.Scheme;
import org.samklang.core.spi.RawAddress;

class AddressNormalizerTest {

    private final AddressNormalizer normalizer = new AddressNormalizer("SE");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "070-123 45 67, +46701234567",
            "tel:08-123 456 78, +46812345678",
            "+47 22 12 34 56, +4722123456",
            "00358 40 1234567, +358401234567",
    })
    void givenPhoneNumbersWrittenInManyWays_whenNormalised_thenTheyBecomeE164(String raw, String e164) {
        NormalizedAddress result = normalizer.normalize(RawAddress.of(Scheme.TEL, raw));

        assertEquals(Address.tel(e164), result.address());
        assertTrue(result.resolved());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12ab", "+46 70 123", "+46 00 000 0000", "112"})
    void givenAnInvalidPhoneNumber_whenNormalised_thenItIsKeptRawAsUnresolvedWithAReason(String raw) {
        NormalizedAddress result = normalizer.normalize(RawAddress.of(Scheme.TEL, raw));

        assertEquals(new Address(Scheme.UNRESOLVED, "tel:" + raw), result.address());
        assertTrue(result.problem().orElseThrow().contains(raw), result.problem().orElseThrow());
        assertFalse(result.withheld());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(value = {"''", "anonymous", "Unknown caller"}, quoteCharacter = '\'')
    void givenAWithheldCallerId_whenNormalised_thenItIsMarkedWithheld(String raw) {
        NormalizedAddress result = normalizer.normalize(RawAddress.of(Scheme.TEL, raw));

        assertTrue(result.withheld());
        assertEquals(Scheme.UNRESOLVED, result.address().scheme());
    }

    @Test
    void givenAnEmailWithDisplayNameAndCapitals_whenNormalised_thenItIsLowerCasedAndTheNameKept() {
        NormalizedAddress result = normalizer.normalize(
                RawAddress.of(Scheme.MAILTO, "  \"Anna Lindqvist\" <Anna.Lindqvist@Kund.SE> "));

        assertEquals(Address.mailto("anna.lindqvist@kund.se"), result.address());
        assertEquals("Anna Lindqvist", result.displayName());
    }

    @Test
    void givenAMalformedEmail_whenNormalised_thenItIsUnresolvedWithTheReason() {
        NormalizedAddress result = normalizer.normalize(RawAddress.of(Scheme.MAILTO, "anna at kund.se"));

        assertEquals(new Address(Scheme.UNRESOLVED, "mailto:anna at kund.se"), result.address());
        assertTrue(result.problem().orElseThrow().contains("'@'"), result.problem().orElseThrow());
    }

    @Test
    void givenXmppAndSocialAddresses_whenNormalised_thenResourceAndAtSignAreDroppedAndCaseFolded() {
        assertEquals(new Address(Scheme.XMPP, "anna@chat.kund.se"),
                normalizer.normalize(RawAddress.of(Scheme.XMPP, "xmpp:Anna@Chat.Kund.SE/Phone")).address());
        assertEquals(new Address(Scheme.SOCIAL, "x:kund"),
                normalizer.normalize(RawAddress.of(Scheme.SOCIAL, "X:@Kund")).address());
        assertEquals(Scheme.UNRESOLVED, normalizer.normalize(RawAddress.of(Scheme.SOCIAL, "@kund")).address()
                .scheme());
    }

    @Test
    void givenControlCharactersAndHugeText_whenNormalised_thenTheUnresolvedValueIsCleanAndCapped() {
        NormalizedAddress result = normalizer.normalize(
                RawAddress.of(Scheme.MAILTO, "evil\u0000\u0007@" + "x".repeat(5000)));

        assertEquals(Scheme.UNRESOLVED, result.address().scheme());
        assertTrue(result.address().value().length() <= Address.MAX_LENGTH);
        assertTrue(result.address().value().chars().noneMatch(Character::isISOControl));
    }

    @Test
    void givenAnUnknownDefaultRegion_whenCreated_thenItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AddressNormalizer("XX"));
    }
}

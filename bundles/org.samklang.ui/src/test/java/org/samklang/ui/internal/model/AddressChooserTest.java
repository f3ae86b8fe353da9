package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;

class AddressChooserTest {

    private static final Address OLD_MAIL = Address.mailto("anna@old.se");
    private static final Address NEW_MAIL = Address.mailto("anna@example.se");
    private static final Address PHONE = Address.tel("+46701234567");
    private static final Address RAW = new Address(Address.Scheme.UNRESOLVED, "tel:07-12ab");

    @Test
    void theNewestAddressOnTheConversationsChannelWins() {
        var anna = TestData.customer(1, "Anna", OLD_MAIL, PHONE, NEW_MAIL);
        assertEquals(Optional.of(NEW_MAIL), AddressChooser.choose(anna, MediaType.EMAIL));
        assertEquals(Optional.of(PHONE), AddressChooser.choose(anna, MediaType.VOICE));
    }

    @Test
    void withoutAnAddressOnThatChannelAPhoneNumberComesFirst() {
        var anna = TestData.customer(1, "Anna", NEW_MAIL, PHONE);
        assertEquals(Optional.of(PHONE), AddressChooser.choose(anna, MediaType.CHAT));
    }

    @Test
    void unresolvedAddressesNeverReachAConnector() {
        assertEquals(Optional.empty(), AddressChooser.choose(TestData.customer(1, "", RAW), MediaType.VOICE));
        var social = new Address(Address.Scheme.SOCIAL, "x:kund");
        assertEquals(Optional.of(social), AddressChooser.choose(TestData.customer(1, "", RAW, social),
                MediaType.VOICE));
    }
}

package org.samklang.sandbox.internal.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.api.model.Address;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.PhoneNumbers;
import org.samklang.sandbox.internal.SandboxRemote;

class SandboxCrmTest {

    private static final Locale SWEDISH = Locale.of("sv");

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final SandboxCrm crm = new SandboxCrm(42, clock);

    @Test
    void theSameSeed_givesTheSameCustomers_andAnotherSeedOthers() {
        assertEquals(crm.customers(), new SandboxCrm(42, clock).customers());
        assertNotEquals(crm.customers(), new SandboxCrm(43, clock).customers());
    }

    @Test
    void thereAreTwoThousandNordicCustomers_withNordicLettersAndAFewVips() {
        List<CustomerRecord> customers = crm.customers();
        assertEquals(SandboxCrm.DEFAULT_CUSTOMERS, customers.size());
        Map<String, Long> byCountry = customers.stream()
                .collect(Collectors.groupingBy(c -> c.fields().get("Land"), Collectors.counting()));
        assertEquals(Map.of("Sverige", true, "Norge", true, "Danmark", true, "Suomi", true),
                byCountry.keySet().stream().collect(Collectors.toMap(k -> k, k -> byCountry.get(k) > 50)));
        String allNames = customers.stream().map(CustomerRecord::name).collect(Collectors.joining(" "));
        for (String letter : List.of("å", "ä", "ö", "ø", "æ", "Å", "Ö", "Ø")) {
            assertTrue(allNames.contains(letter), "no name contains " + letter);
        }
        long vips = customers.stream().filter(CustomerRecord::vip).count();
        assertTrue(vips >= 20 && vips <= 120, "VIPs: " + vips);
        assertTrue(customers.stream().anyMatch(c -> !c.company().isEmpty()), "some company contacts");
    }

    @Test
    void everyCustomerHasAnAddress_andNoAddressBelongsToTwoCustomers() {
        Map<Address, String> owners = new HashMap<>();
        for (CustomerRecord customer : crm.customers()) {
            assertFalse(customer.addresses().isEmpty(), customer.externalId() + " has no address");
            for (Address address : customer.addresses()) {
                String earlier = owners.put(address, customer.externalId());
                assertEquals(null, earlier, address + " belongs to " + earlier + " and " + customer.externalId());
            }
        }
        assertTrue(owners.keySet().stream().anyMatch(a -> a.scheme() == Address.Scheme.SOCIAL), "social handles");
    }

    @Test
    void phoneNumbersAreValidE164Mobiles_ofTheCustomersCountry() {
        Map<String, String> regionOfCountry = Map.of("Sverige", "SE", "Norge", "NO", "Danmark", "DK", "Suomi", "FI");
        int checked = 0;
        for (CustomerRecord customer : crm.customers()) {
            for (Address address : customer.addresses()) {
                if (address.scheme() == Address.Scheme.TEL) {
                    assertTrue(address.value().matches("\\+[1-9][0-9]{7,14}"), address.value());
                    assertEquals(regionOfCountry.get(customer.fields().get("Land")),
                            PhoneNumbers.mobileRegion(address.value()), address + " of " + customer.externalId());
                    checked++;
                }
            }
        }
        assertTrue(checked > 1_500, "phones checked: " + checked);
    }

    @Test
    void givenACustomersAddress_findByAddress_returnsThatCustomer() {
        for (CustomerRecord customer : crm.customers().subList(0, 200)) {
            for (Address address : customer.addresses()) {
                assertEquals(List.of(customer), crm.findByAddress(address, SWEDISH).join());
            }
            assertEquals(Optional.of(customer), crm.findByExternalId(customer.externalId(), SWEDISH).join());
        }
    }

    @Test
    void givenAnEnglishDesk_findByAddress_labelsTheFieldsInEnglish_andKeepsTheValues() {
        CustomerRecord stored = crm.customers().stream().filter(c -> !c.company().isEmpty() && !c.vip()).findFirst()
                .orElseThrow();

        CustomerRecord english = crm.findByAddress(stored.addresses().get(0), Locale.ENGLISH).join().get(0);

        assertEquals(List.of("Country", "City", "Language", "Customer since", "Company reg. no."),
                List.copyOf(english.fields().keySet()).subList(0, 5));
        assertEquals(List.copyOf(stored.fields().values()), List.copyOf(english.fields().values()));
        assertEquals("Business", english.segment(), "the CRM's 'Företag'");
        assertEquals(english, crm.findByExternalId(stored.externalId(), Locale.ENGLISH).join().orElseThrow());
        assertEquals(stored, crm.findByAddress(stored.addresses().get(0), SWEDISH).join().get(0),
                "a Swedish desk gets the CRM's own labels");
    }

    @Test
    void unknownOrMissingInput_isNotFound_neverAnException() {
        assertEquals(List.of(), crm.findByAddress(Address.tel("+46700000000"), Locale.ENGLISH).join());
        assertEquals(List.of(), crm.findByAddress(null, Locale.ENGLISH).join());
        assertEquals(Optional.empty(), crm.findByExternalId("CRM-999999", Locale.ENGLISH).join());
        assertEquals(Optional.empty(), crm.findByExternalId(null, Locale.ENGLISH).join());
    }

    @Test
    void whenSwitchedOffInTheSettings_lookupsFailWithAReason_andHealthSaysOffline() {
        Address known = crm.customers().get(0).addresses().get(0);
        clock.advance(Duration.ofMinutes(5));
        crm.configure(ConnectorConfiguration.of(SandboxRemote.settings(Locale.ENGLISH),
                Map.of(SandboxRemote.ONLINE, "false")));

        CompletionException failure = assertThrows(CompletionException.class,
                () -> crm.findByAddress(known, Locale.ENGLISH).join());
        ConnectorFailure cause = assertInstanceOf(ConnectorFailure.class, failure.getCause());
        assertTrue(cause.isRetryable());
        assertTrue(cause.getMessage().contains("Sandbox CRM"), cause.getMessage());
        assertEquals(ConnectorHealth.Status.OFFLINE, crm.health().status());
        assertEquals(clock.instant(), crm.health().since());

        crm.configure(ConnectorConfiguration.of(SandboxRemote.settings(Locale.ENGLISH), Map.of()));
        assertEquals(ConnectorHealth.Status.ONLINE, crm.health().status());
        assertEquals(1, crm.findByAddress(known, Locale.ENGLISH).join().size());
    }

    @Test
    void settingsAreDescribedInSwedishAndEnglish() {
        String english = SandboxRemote.settings(Locale.ENGLISH).descriptors().get(0).label();
        String swedish = SandboxRemote.settings(Locale.of("sv")).descriptors().get(0).label();
        assertNotNull(english);
        assertNotEquals(english, swedish);
        assertTrue(crm.lookupCapabilities().addressSchemes().contains(Address.Scheme.MAILTO));
    }
}

package org.samklang.sandbox.internal.crm;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.sandbox.internal.AsciiFold;
import org.samklang.sandbox.internal.Dice;
import org.samklang.sandbox.internal.NordicCountry;

/**
 * Makes the sandbox CRM's customers: Nordic private persons and company contacts with mobiles, e-mail addresses,
 * a few social handles and a few VIPs. Every phone number, e-mail address and handle is unique, and every customer
 * has at least one address, so a screen pop always finds exactly one record.
 */
final class CustomerGenerator {

    static final String LINK_BASE = "https://crm.sandbox.samklang.example/customers/";
    private static final int FIRST_NUMBER = 100_001;

    private final Dice dice;
    private final Set<String> usedPhones = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();
    private final Set<String> usedHandles = new HashSet<>();

    CustomerGenerator(long seed) {
        this.dice = new Dice(seed, "crm.customers");
    }

    List<CustomerRecord> generate(int count) {
        List<CustomerRecord> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(customer("CRM-" + (FIRST_NUMBER + i)));
        }
        return List.copyOf(customers);
    }

    private CustomerRecord customer(String externalId) {
        NordicCountry country = country();
        String first = country.givenName(dice);
        String last = country.familyName(dice);
        String company = dice.chance(0.25) ? country.companyName(dice) : "";
        boolean vip = dice.chance(0.03);
        List<Address> addresses = addresses(country, first, last, company);
        String segment = company.isEmpty() ? "Privat" : vip ? "Storkund" : "Företag";
        return new CustomerRecord(externalId, first + " " + last, first, last, company, segment, vip, addresses,
                fields(country, company, vip), Optional.of(URI.create(LINK_BASE + externalId)));
    }

    private NordicCountry country() {
        double roll = dice.fraction();
        return roll < 0.55
                ? NordicCountry.SWEDEN
                : roll < 0.73
                        ? NordicCountry.NORWAY
                        : roll < 0.88 ? NordicCountry.DENMARK : NordicCountry.FINLAND;
    }

    private List<Address> addresses(NordicCountry country, String first, String last, String company) {
        List<Address> addresses = new ArrayList<>();
        boolean mobile = dice.chance(0.93);
        boolean email = dice.chance(0.88);
        if (mobile || !email) {
            addresses.add(Address.tel(uniquePhone(country)));
        }
        if (email) {
            String domain = company.isEmpty()
                    ? country.mailDomain(dice)
                    : AsciiFold.fold(company.substring(0, company.lastIndexOf(' '))).replace(".", "") + ".example";
            addresses.add(Address.mailto(uniqueEmail(first, last, domain)));
            if (!company.isEmpty() && dice.chance(0.2)) {
                addresses.add(Address.mailto(uniqueEmail(first, last, country.mailDomain(dice))));
            }
        }
        if (dice.chance(0.12)) {
            addresses.add(new Address(Address.Scheme.SOCIAL, "x:" + uniqueHandle(first, last)));
        }
        return addresses;
    }

    private String uniquePhone(NordicCountry country) {
        String number = country.mobileNumber(dice);
        while (!usedPhones.add(number)) {
            number = country.mobileNumber(dice);
        }
        return number;
    }

    private String uniqueEmail(String first, String last, String domain) {
        String local = AsciiFold.fold(first) + "." + AsciiFold.fold(last);
        String candidate = local + "@" + domain;
        for (int n = 2; !usedEmails.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    private String uniqueHandle(String first, String last) {
        String base = (AsciiFold.fold(first) + "_" + AsciiFold.fold(last)).replace(".", "");
        String candidate = base + dice.digits(2);
        while (!usedHandles.add(candidate)) {
            candidate = base + dice.digits(3);
        }
        return candidate;
    }

    private Map<String, String> fields(NordicCountry country, String company, boolean vip) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Land", country.localName());
        fields.put("Ort", country.city(dice));
        fields.put("Språk", language(country));
        fields.put("Kund sedan", Integer.toString(dice.between(2009, 2024)));
        if (!company.isEmpty()) {
            fields.put("Organisationsnummer", "55" + dice.digits(4) + "-" + dice.digits(4));
        }
        if (vip) {
            fields.put("Anteckning", dice.pick(List.of("Ring tillbaka inom en timme", "Kontaktas av kundansvarig",
                    "Prioriterad leverans")));
        }
        return fields;
    }

    private String language(NordicCountry country) {
        return switch (country) {
            case SWEDEN -> "svenska";
            case NORWAY -> "norska";
            case DENMARK -> "danska";
            case FINLAND -> dice.chance(0.3) ? "svenska" : "finska";
        };
    }
}

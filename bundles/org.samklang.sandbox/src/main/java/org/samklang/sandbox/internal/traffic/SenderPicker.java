package org.samklang.sandbox.internal.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.AsciiFold;
import org.samklang.sandbox.internal.Dice;
import org.samklang.sandbox.internal.NordicCountry;
import org.samklang.sandbox.internal.crm.SandboxCrm;

/**
 * Chooses who contacts the desk: mostly CRM customers (a group of regulars more often than the rest, so timelines
 * fill up), some people the CRM does not know, and now and then a withheld number. Addresses come the way channels
 * report them: "Name &lt;address&gt;", odd capitals, Swedish numbers in national form.
 */
final class SenderPicker {

    private static final int REGULARS = 150;

    private final SandboxCrm crm;
    private final Dice dice;
    private final double unknownShare;
    private final List<CustomerRecord> regulars = new ArrayList<>();

    SenderPicker(SandboxCrm crm, Dice dice, double unknownShare) {
        this.crm = crm;
        this.dice = dice;
        this.unknownShare = unknownShare;
        for (int i = 0; i < REGULARS; i++) {
            regulars.add(dice.pick(crm.customers()));
        }
    }

    Sender pick(Address.Scheme scheme) {
        if (scheme == Address.Scheme.TEL && dice.chance(0.01)) {
            return new Sender("", "", RawAddress.of(Address.Scheme.TEL, ""), true, Optional.empty());
        }
        if (!dice.chance(unknownShare)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                CustomerRecord customer = dice.chance(0.35) ? dice.pick(regulars) : dice.pick(crm.customers());
                Optional<Address> address = customer.addresses().stream()
                        .filter(candidate -> candidate.scheme() == scheme).findFirst();
                if (address.isPresent()) {
                    return known(customer, address.get());
                }
            }
        }
        return unknown(scheme);
    }

    private Sender known(CustomerRecord customer, Address address) {
        String land = customer.fields().getOrDefault("Land", "");
        boolean swedish = switch (land) {
            case "Sverige" -> dice.chance(0.85);
            case "Suomi" -> "svenska".equals(customer.fields().get("Språk")) && dice.chance(0.7);
            default -> false;
        };
        return new Sender(customer.name(), customer.firstName(), raw(address, customer.name()), swedish,
                Optional.of(customer));
    }

    private Sender unknown(Address.Scheme scheme) {
        NordicCountry country = dice.pick(List.of(NordicCountry.values()));
        String first = country.givenName(dice);
        String name = first + " " + country.familyName(dice);
        Address address = switch (scheme) {
            case TEL -> freePhone(country);
            case SOCIAL -> new Address(Address.Scheme.SOCIAL, "x:" + AsciiFold.fold(first) + dice.digits(4));
            default -> freeEmail(name, country);
        };
        return new Sender(name, first, raw(address, name), country == NordicCountry.SWEDEN, Optional.empty());
    }

    private Address freePhone(NordicCountry country) {
        Address address = Address.tel(country.mobileNumber(dice));
        while (!crm.ownersOf(address).isEmpty()) {
            address = Address.tel(country.mobileNumber(dice));
        }
        return address;
    }

    private Address freeEmail(String name, NordicCountry country) {
        Address address = Address.mailto(AsciiFold.fold(name) + dice.digits(2) + "@" + country.mailDomain(dice));
        while (!crm.ownersOf(address).isEmpty()) {
            address = Address.mailto(AsciiFold.fold(name) + dice.digits(3) + "@" + country.mailDomain(dice));
        }
        return address;
    }

    /** {@return the address as a channel would report it, with the variations real traffic has} */
    private RawAddress raw(Address address, String name) {
        String value = address.value();
        return switch (address.scheme()) {
            case TEL -> RawAddress.of(Address.Scheme.TEL, dice.chance(0.4) ? NordicCountry.nationalForm(value) : value);
            case MAILTO -> dice.chance(0.5)
                    ? RawAddress.of(Address.Scheme.MAILTO, name + " <" + oddCase(value) + ">")
                    : new RawAddress(Address.Scheme.MAILTO, oddCase(value), name);
            case SOCIAL -> {
                int colon = value.indexOf(':');
                yield new RawAddress(Address.Scheme.SOCIAL, value.substring(0, colon + 1) + "@"
                        + value.substring(colon + 1), name);
            }
            default -> RawAddress.of(address.scheme(), value);
        };
    }

    /** Some mail clients send "Anna.Lindqvist@Brevlada.example"; the core must still find the customer. */
    private String oddCase(String email) {
        if (!dice.chance(0.1)) {
            return email;
        }
        StringBuilder out = new StringBuilder(email.length());
        boolean upper = true;
        for (char c : email.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '.' || c == '@';
        }
        return out.toString();
    }
}

package org.samklang.sandbox.internal.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.samklang.core.api.model.Person;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.sandbox.internal.AsciiFold;
import org.samklang.sandbox.internal.Dice;
import org.samklang.sandbox.internal.NordicCountry;

/**
 * Makes the staff of the sandbox company: about 320 people in {@link Department}s, mostly Swedish with colleagues
 * from the neighbouring countries, each with an extension, a Swedish mobile, an e-mail address, a chat address on
 * the company's chat server, groups and one to three substitutes from their own department.
 */
final class EmployeeGenerator {

    /** The company's mail domain. */
    static final String DOMAIN = "nordvik.example";
    /** The company's chat server: a person's chat address is their mail name there. */
    static final String CHAT_DOMAIN = "chat." + DOMAIN;

    private final Dice dice;
    private final Set<String> usedEmails = new HashSet<>();
    private final Set<String> usedMobiles = new HashSet<>();

    EmployeeGenerator(long seed) {
        this.dice = new Dice(seed, "directory.people");
    }

    List<DirectoryEntry> generate() {
        List<List<Person>> byDepartment = new ArrayList<>();
        int number = 1;
        for (Department department : Department.values()) {
            List<Person> people = new ArrayList<>();
            for (int index = 0; index < department.headCount(); index++) {
                people.add(person(String.format("emp-%04d", number++), department, index));
            }
            byDepartment.add(people);
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        byDepartment.forEach(people -> people.forEach(person -> entries.add(new DirectoryEntry(person,
                substitutes(person, people), List.of(chatAddress(person))))));
        return List.copyOf(entries);
    }

    /** The company chat server's address: the e-mail's name at the chat domain (an XMPP JID). */
    private static String chatAddress(Person person) {
        return person.email().substring(0, person.email().indexOf('@')) + "@" + CHAT_DOMAIN;
    }

    private Person person(String id, Department department, int index) {
        NordicCountry origin = origin();
        String first = origin.givenName(dice);
        String last = origin.familyName(dice);
        return new Person(id, first + " " + last, department.label(), department.title(index, dice),
                department.extension(index), uniqueMobile(), uniqueEmail(first, last),
                department.groups(index, dice));
    }

    private NordicCountry origin() {
        double roll = dice.fraction();
        return roll < 0.85
                ? NordicCountry.SWEDEN
                : roll < 0.90
                        ? NordicCountry.FINLAND
                        : roll < 0.95 ? NordicCountry.NORWAY : NordicCountry.DENMARK;
    }

    private String uniqueMobile() {
        String mobile = NordicCountry.SWEDEN.mobileNumber(dice);
        while (!usedMobiles.add(mobile)) {
            mobile = NordicCountry.SWEDEN.mobileNumber(dice);
        }
        return mobile;
    }

    private String uniqueEmail(String first, String last) {
        String local = AsciiFold.fold(first) + "." + AsciiFold.fold(last);
        String candidate = local + "@" + DOMAIN;
        for (int n = 2; !usedEmails.add(candidate); n++) {
            candidate = local + n + "@" + DOMAIN;
        }
        return candidate;
    }

    /** One to three colleagues of the same department; heads of department name the next in line first. */
    private List<String> substitutes(Person person, List<Person> colleagues) {
        List<String> chosen = new ArrayList<>();
        int wanted = dice.between(1, 3);
        int own = colleagues.indexOf(person);
        if (own == 0 && colleagues.size() > 1) {
            chosen.add(colleagues.get(1).id());
        }
        for (int attempt = 0; chosen.size() < wanted && attempt < 20; attempt++) {
            Person candidate = dice.pick(colleagues);
            if (!candidate.id().equals(person.id()) && !chosen.contains(candidate.id())) {
                chosen.add(candidate.id());
            }
        }
        return chosen;
    }
}

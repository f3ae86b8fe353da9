package org.samklang.core.internal.presence;

import java.util.ArrayList;
import java.util.List;

import org.samklang.core.api.model.Person;

/** A deterministic directory of Nordic names, departments and groups, for scale tests. */
final class GeneratedDirectory {

    static final String[] FIRST = {"Anna", "Anders", "Åke", "Björn", "Birgitta", "Carina", "Dag", "Eva", "Erik",
            "Fredrik", "Gunilla", "Göran", "Hanna", "Ingrid", "Jonas", "Karin", "Lars", "Märta", "Nils", "Olof",
            "Per", "Ragnhild", "Søren", "Sofia", "Torbjörn", "Ulla", "Viktor", "Ylva", "Åsa", "Øystein"};
    static final String[] LAST = {"Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson",
            "Holm", "Isaksson", "Johansson", "Karlsson", "Lind", "Lindqvist", "Mattsson", "Nilsson", "Olsson",
            "Persson", "Quist", "Rönnberg", "Sandström", "Svensson", "Törnqvist", "Ullman", "Wikström", "Åberg",
            "Ärlig", "Öström", "Østergaard", "Lundgren", "Hägglund"};
    static final String[] DEPARTMENTS = {"Kundtjänst", "Ekonomi", "Försäljning", "IT", "Lager", "Växel",
            "Personal", "Marknad"};
    static final String[] GROUPS = {"Faktura", "Leverans", "Reklamation", "Support", "Avtal"};

    private GeneratedDirectory() {
    }

    /** {@return n people with ids p0..p(n-1), extensions 10000+i, each in one or two groups} */
    static List<Person> people(int n) {
        List<Person> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            List<String> groups = i % 3 == 0
                    ? List.of(GROUPS[i % GROUPS.length], GROUPS[(i + 1) % GROUPS.length])
                    : List.of(GROUPS[i % GROUPS.length]);
            people.add(new Person("p" + i, name, DEPARTMENTS[i % DEPARTMENTS.length], "Handläggare",
                    String.valueOf(10_000 + i), "", "p" + i + "@example.se", groups));
        }
        return people;
    }
}

package org.samklang.sandbox.internal.directory;

import java.util.ArrayList;
import java.util.List;

import org.samklang.sandbox.internal.Dice;

/**
 * The departments of the sandbox company, Nordvik Handel AB, with their head count, extension range, titles and
 * the groups ("functions") their people belong to, so the switchboard has colleagues to suggest.
 */
enum Department {

    LEDNING("Ledning", 8, 1000, List.of("VD", "Vice VD", "Försäljningsdirektör", "Ekonomidirektör", "IT-direktör",
            "HR-direktör", "Kundtjänstchef", "Logistikchef")), RECEPTION(
                    "Reception", 6, 1100,
                    List.of("Receptionist", "Växeltelefonist")), KUNDTJANST("Kundtjänst", 96, 2000, List.of(
                            "Teamledare kundtjänst", "Kundtjänstmedarbetare",
                            "Kundtjänstmedarbetare", "Kundtjänstmedarbetare", "Kundtjänstmedarbetare, teknisk support",
                            "Kvalitetscoach")), SALJ("Sälj", 48, 3000,
                                    List.of("Säljchef", "Säljare", "Innesäljare", "Key account manager")), EKONOMI(
                                            "Ekonomi", 26, 4000,
                                            List.of("Controller", "Redovisningsekonom", "Kreditkontrollant",
                                                    "Lönespecialist")), IT(
                                                            "IT", 30, 5000,
                                                            List.of("IT-arkitekt", "Systemutvecklare", "IT-tekniker",
                                                                    "Servicedesk",
                                                                    "Nätverkstekniker")), LAGER("Lager och logistik",
                                                                            44, 6000,
                                                                            List.of("Lagerchef", "Lagermedarbetare",
                                                                                    "Lagermedarbetare",
                                                                                    "Truckförare",
                                                                                    "Transportplanerare")), HR("HR", 12,
                                                                                            7000,
                                                                                            List.of("HR-chef",
                                                                                                    "HR-partner",
                                                                                                    "HR-specialist",
                                                                                                    "Rekryterare")), MARKNAD(
                                                                                                            "Marknad",
                                                                                                            20, 7500,
                                                                                                            List.of("Marknadschef",
                                                                                                                    "Marknadskoordinator",
                                                                                                                    "Copywriter",
                                                                                                                    "Art director")), INKOP(
                                                                                                                            "Inköp",
                                                                                                                            14,
                                                                                                                            8000,
                                                                                                                            List.of("Inköpschef",
                                                                                                                                    "Inköpare")), PRODUKT(
                                                                                                                                            "Produktutveckling",
                                                                                                                                            16,
                                                                                                                                            8500,
                                                                                                                                            List.of("Produktchef",
                                                                                                                                                    "Produktutvecklare",
                                                                                                                                                    "Designer"));

    private final String label;
    private final int headCount;
    private final int extensionBase;
    private final List<String> titles;

    Department(String label, int headCount, int extensionBase, List<String> titles) {
        this.label = label;
        this.headCount = headCount;
        this.extensionBase = extensionBase;
        this.titles = titles;
    }

    String label() {
        return label;
    }

    int headCount() {
        return headCount;
    }

    /** {@return the extension of the department's {@code index}th person (0-based)} */
    String extension(int index) {
        return Integer.toString(extensionBase + 1 + index);
    }

    /** {@return the title of the {@code index}th person: the first title goes to the head, the rest by chance} */
    String title(int index, Dice dice) {
        if (this == LEDNING) {
            return titles.get(index % titles.size());
        }
        return index == 0 ? titles.get(0) : dice.pick(titles.subList(1, titles.size()));
    }

    /** {@return the groups of a person of this department} */
    List<String> groups(int index, Dice dice) {
        List<String> groups = new ArrayList<>();
        switch (this) {
            case LEDNING -> groups.add("Ledningsgrupp");
            case RECEPTION -> groups.add("Växel");
            case KUNDTJANST -> supportGroups(dice, groups);
            case SALJ -> groups.add(dice.chance(0.5) ? "Företagsförsäljning" : "Offertfrågor");
            case EKONOMI -> {
                groups.add("Fakturafrågor");
                addIf(dice, 0.3, "Kreditupplysning", groups);
            }
            case IT -> groups.add(dice.chance(0.6) ? "IT-support" : "Servicedesk");
            case LAGER -> addIf(dice, 0.3, "Leveransfrågor", groups);
            case HR -> groups.add("Personalfrågor");
            case MARKNAD -> addIf(dice, 0.3, "Sociala medier", groups);
            case INKOP -> groups.add("Leverantörsfrågor");
            case PRODUKT -> groups.add("Produktfrågor");
        }
        if (index == 0 && this != LEDNING) {
            groups.add("Chefer");
        }
        return groups;
    }

    private static void supportGroups(Dice dice, List<String> groups) {
        addIf(dice, 0.6, "Kundtjänst telefon", groups);
        addIf(dice, 0.4, "Kundtjänst e-post", groups);
        addIf(dice, 0.3, "Chatt", groups);
        addIf(dice, 0.1, "Sociala medier", groups);
        addIf(dice, 0.15, "Fakturafrågor", groups);
        addIf(dice, 0.25, "Leveransfrågor", groups);
        addIf(dice, 0.1, dice.pick(List.of("Norska", "Danska", "Finska", "Engelska")), groups);
        if (groups.isEmpty()) {
            groups.add("Kundtjänst telefon");
        }
    }

    private static void addIf(Dice dice, double p, String group, List<String> groups) {
        if (dice.chance(p)) {
            groups.add(group);
        }
    }
}

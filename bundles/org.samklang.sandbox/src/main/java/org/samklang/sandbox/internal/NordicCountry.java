package org.samklang.sandbox.internal;

import java.util.List;
import java.util.Locale;

/**
 * The four countries demo customers and staff come from, with what makes their data look real: names, places,
 * mobile number ranges (valid per the national numbering plans, so the core's phone validation accepts them),
 * currency and the kind of company name used there.
 */
public enum NordicCountry {

    SWEDEN("SE", "Sverige", "+46", "SEK", "sv", "AB", NordicNames.SE_WOMEN, NordicNames.SE_MEN,
            NordicNames.SE_FAMILY, NordicNames.SE_CITIES,
            List.of("Åkerlunds", "Fjällvind", "Östgöta", "Sjöbris", "Mälardalens", "Norrlands", "Skånska",
                    "Älvdalens", "Gotlands", "Vänerns"),
            List.of("Bygg", "Konsult", "Handel", "Design", "Trädgård", "Redovisning", "Måleri", "VVS", "Bageri",
                    "Transport"),
            List.of("brevlada.example", "hemmapost.example", "epost.example")), NORWAY("NO", "Norge", "+47", "NOK",
                    "nb", "AS", NordicNames.NO_WOMEN, NordicNames.NO_MEN,
                    NordicNames.NO_FAMILY, NordicNames.NO_CITIES,
                    List.of("Nordlys", "Fjellheim", "Bjørkli", "Havbris", "Trøndelag", "Sørlandets", "Vestfold"),
                    List.of("Bygg", "Rådgivning", "Handel", "Design", "Transport", "Regnskap"),
                    List.of("postkasse.example", "nettpost.example")), DENMARK("DK", "Danmark", "+45", "DKK", "da",
                            "ApS", NordicNames.DK_WOMEN, NordicNames.DK_MEN,
                            NordicNames.DK_FAMILY, NordicNames.DK_CITIES,
                            List.of("Jyllands", "Østjysk", "Bølgen", "Fyns", "Kystens", "Ærø", "Søhøj"),
                            List.of("Byg", "Rådgivning", "Handel", "Design", "Transport", "Regnskab"),
                            List.of("postboks.example", "mail.example")), FINLAND("FI", "Suomi", "+358", "EUR", "fi",
                                    "Oy", NordicNames.FI_WOMEN, NordicNames.FI_MEN,
                                    NordicNames.FI_FAMILY, NordicNames.FI_CITIES,
                                    List.of("Järvi", "Pohjolan", "Saimaan", "Kuusi", "Lapin", "Hämeen", "Merituuli"),
                                    List.of("Rakennus", "Konsultointi", "Kauppa", "Design", "Kuljetus", "Tilitoimisto"),
                                    List.of("posti.example", "sahkoposti.example"));

    private final String isoCode;
    private final String localName;
    private final String dialCode;
    private final String currency;
    private final Locale locale;
    private final String companySuffix;
    private final List<String> women;
    private final List<String> men;
    private final List<String> familyNames;
    private final List<String> cities;
    private final List<String> companyWords;
    private final List<String> trades;
    private final List<String> mailDomains;

    NordicCountry(String isoCode, String localName, String dialCode, String currency, String language,
            String companySuffix, List<String> women, List<String> men, List<String> familyNames,
            List<String> cities, List<String> companyWords, List<String> trades, List<String> mailDomains) {
        this.isoCode = isoCode;
        this.localName = localName;
        this.dialCode = dialCode;
        this.currency = currency;
        this.locale = Locale.of(language, isoCode);
        this.companySuffix = companySuffix;
        this.women = women;
        this.men = men;
        this.familyNames = familyNames;
        this.cities = cities;
        this.companyWords = companyWords;
        this.trades = trades;
        this.mailDomains = mailDomains;
    }

    public String isoCode() {
        return isoCode;
    }

    /** The country's own name for itself, e.g. "Sverige". */
    public String localName() {
        return localName;
    }

    /** The ISO 4217 code of the country's currency. */
    public String currency() {
        return currency;
    }

    public Locale locale() {
        return locale;
    }

    /** {@return a given name, a woman's or a man's with equal chance} */
    public String givenName(Dice dice) {
        return dice.pick(dice.chance(0.5) ? women : men);
    }

    public String familyName(Dice dice) {
        return dice.pick(familyNames);
    }

    public String city(Dice dice) {
        return dice.pick(cities);
    }

    public String mailDomain(Dice dice) {
        return dice.pick(mailDomains);
    }

    /** {@return a made-up company name such as "Fjällvind Konsult AB"} */
    public String companyName(Dice dice) {
        return dice.pick(companyWords) + " " + dice.pick(trades) + " " + companySuffix;
    }

    /**
     * {@return a mobile number in E.164 from a range the national plan assigns to mobiles}: Sweden 070/072/073/076/
     * 079, Norway 40/41/46/47/48 and 9x, Denmark 2x, Finland 040-046 and 050.
     */
    public String mobileNumber(Dice dice) {
        return switch (this) {
            case SWEDEN -> "+467" + dice.pick(List.of("0", "2", "3", "6", "9")) + dice.digits(7);
            case NORWAY -> "+47" + (dice.chance(0.5)
                    ? "9" + dice.digits(7)
                    : "4" + dice.pick(List.of("0", "1", "6", "7", "8")) + dice.digits(6));
            // 2x0 blocks are not all assigned to mobiles, so the third digit is never 0.
            case DENMARK -> "+452" + dice.digits(1) + dice.between(1, 9) + dice.digits(5);
            case FINLAND -> "+358" + dice.pick(List.of("40", "41", "44", "45", "46", "50")) + dice.digits(7);
        };
    }

    /**
     * {@return how a phone system of this country might show the number to a local: "070-123 45 67" for a
     * Swedish mobile; other countries' numbers as given}, so the core's normalisation is exercised.
     */
    public static String nationalForm(String e164) {
        if (e164.startsWith("+467") && e164.length() == 12) {
            String national = "0" + e164.substring(3);
            return national.substring(0, 3) + "-" + national.substring(3, 6) + " " + national.substring(6, 8) + " "
                    + national.substring(8);
        }
        return e164;
    }
}

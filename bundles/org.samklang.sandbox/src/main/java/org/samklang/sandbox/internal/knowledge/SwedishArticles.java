package org.samklang.sandbox.internal.knowledge;

import java.util.List;

/** The sandbox company's FAQ in Swedish. */
final class SwedishArticles {

    private SwedishArticles() {
    }

    static final List<ArticleText> ALL = List.of(
            new ArticleText("leveranstider", "Leveranstider", "Leveranser", List.of("leverans", "när kommer",
                    "paket", "försenad"),
                    """
                            Beställningar som läggs före klockan 14 på en vardag skickas samma dag. Inom Sverige tar \
                            leveransen normalt 2–4 arbetsdagar.

                            Under kampanjer och före jul kan det ta en till två dagar extra. Om paketet inte har kommit \
                            efter 7 arbetsdagar, kontakta kundtjänst så undersöker vi saken med transportören."""),
            new ArticleText("spara-order", "Spåra din order", "Leveranser", List.of("spårning", "kolli-id",
                    "sändningsnummer", "var är mitt paket"), """
                            När ordern har skickats får du en leveransbekräftelse per e-post med ett spårningsnummer. \
                            Klicka på länken i bekräftelsen för att se var paketet är.

                            Spårningen kan ta några timmar innan den visar något, eftersom transportören registrerar \
                            paketet först när det hämtats från vårt lager."""),
            new ArticleText("fraktkostnad", "Fraktkostnader", "Leveranser", List.of("frakt", "porto",
                    "fri frakt"), """
                            Frakten är fri för beställningar över 499 kr inom Sverige. För mindre beställningar kostar \
                            frakten 49 kr till ombud och 99 kr för hemleverans.

                            Skrymmande varor har en egen fraktkostnad som visas i kassan innan du betalar."""),
            new ArticleText("leverans-norden", "Leverans till Norge, Danmark och Finland", "Leveranser",
                    List.of("norge", "danmark", "finland", "tull", "utlandet"), """
                            Vi levererar till hela Norden. Till Danmark och Finland tar leveransen 3–6 arbetsdagar.

                            Norge ligger utanför EU. Priserna i vår norska butik inkluderar norsk moms och tull, så du \
                            betalar inget extra när paketet kommer fram."""),
            new ArticleText("retur", "Returer och öppet köp", "Returer", List.of("returnera", "ångerrätt",
                    "byta", "öppet köp", "pengarna tillbaka"),
                    """
                            Du har 30 dagars öppet köp från att du fått varan. Lagen ger dig dessutom 14 dagars ångerrätt \
                            vid köp på distans.

                            Anmäl returen under Mina sidor, skriv ut returetiketten och lämna paketet hos ett ombud. \
                            Pengarna betalas tillbaka inom 10 dagar efter att vi tagit emot returen."""),
            new ArticleText("reklamation", "Reklamation av trasig vara", "Returer", List.of("trasig", "fel",
                    "garanti", "skadad", "reklamera"),
                    """
                            Har varan ett fel som fanns när du fick den kan du reklamera den i upp till tre år enligt \
                            konsumentköplagen. Anmäl felet så snart du märkt det.

                            Skicka gärna en bild på felet till kundtjänst. Vi står för returfrakten vid godkänd reklamation \
                            och reparerar, byter eller krediterar varan."""),
            new ArticleText("faktura", "Frågor om faktura", "Ekonomi", List.of("faktura", "förfallodag",
                    "fakturakopia", "ocr", "betala"),
                    """
                            Fakturan skickas med e-post när ordern har skickats. Betalningsvillkoret är 14 dagar för \
                            privatpersoner och 30 dagar för företag.

                            Behöver du en kopia av fakturan kan du hämta den under Mina sidor eller be kundtjänst skicka \
                            den. Ange alltid OCR-numret när du betalar."""),
            new ArticleText("paminnelse", "Betalningspåminnelse och förfallen faktura", "Ekonomi",
                    List.of("påminnelse", "förfallen", "inkasso", "avgift", "sen betalning"),
                    """
                            Om fakturan inte är betald på förfallodagen skickar vi en påminnelse. Påminnelseavgiften är \
                            60 kr och dröjsmålsränta tillkommer.

                            Obetalda fakturor lämnas till inkasso 30 dagar efter påminnelsen. Kontakta oss innan dess om \
                            du behöver en avbetalningsplan, så hittar vi en lösning."""),
            new ArticleText("losenord", "Byta eller återställa lösenord", "Konto", List.of("lösenord",
                    "glömt lösenord", "återställa", "inloggning"),
                    """
                            Klicka på Glömt lösenord på inloggningssidan och ange din e-postadress. Du får en länk som \
                            gäller i 60 minuter.

                            Hittar du inte e-postmeddelandet, titta i skräpposten. Kundtjänst kan aldrig se ditt lösenord \
                            och kommer aldrig att fråga efter det."""),
            new ArticleText("inloggning", "Kan inte logga in", "Konto", List.of("låst konto", "inloggning",
                    "bankid", "konto"), """
                            Efter fem felaktiga försök låses kontot i 30 minuter. Vänta eller återställ lösenordet.

                            Du kan också logga in med BankID. Fungerar det ändå inte, rensa webbläsarens cookies eller \
                            prova en annan webbläsare innan du kontaktar oss."""),
            new ArticleText("oppettider", "Kundtjänstens öppettider", "Kontakt", List.of("öppettider", "öppet",
                    "stängt", "helgdagar", "telefontid"), """
                            Kundtjänst har öppet måndag–fredag 08–18 och lördag 10–14. Chatten är öppen samma tider.

                            Helgdagar och midsommarafton är det stängt. E-post besvarar vi inom en arbetsdag."""),
            new ArticleText("andra-order", "Ändra eller avbryta en order", "Beställning", List.of("ändra order",
                    "avbeställa", "avbryta", "fel adress", "lägga till"),
                    """
                            En order kan ändras eller avbrytas tills den har börjat plockas på lagret, vanligen inom en \
                            timme efter beställningen.

                            Kontakta kundtjänst så snart som möjligt och ange ordernumret. Har ordern redan skickats kan \
                            du i stället returnera varan inom öppet köp."""));
}

package org.samklang.sandbox.internal.knowledge;

import java.util.List;

/** The sandbox's canned responses in Swedish and English, with variables the core fills. */
final class CannedTexts {

    /**
     * One response before it becomes a {@link org.samklang.core.spi.CannedResponse}.
     *
     * @param slug     the id part shared by the translations
     * @param title    the title in the picker
     * @param shortcut what the agent types to find it
     * @param text     the template
     */
    record Text(String slug, String title, String shortcut, String text) {
    }

    private CannedTexts() {
    }

    static final List<Text> SWEDISH = List.of(
            new Text("halsning", "Hälsning", "/hej", "Hej {customer.firstName|och tack för att du hör av dig}!"),
            new Text("orderstatus", "Orderstatus", "/order", """
                    Jag har tittat på din order {order.number}. Den har just nu status {order.status} och \
                    beställdes {order.date}."""),
            new Text("sparning", "Spårningslänk", "/spara", """
                    Du kan följa paketet med spårningsnumret {order.trackingReference}. Länken finns också i \
                    leveransbekräftelsen vi skickade per e-post."""),
            new Text("retur", "Returinstruktion", "/retur", """
                    Du har 30 dagars öppet köp. Anmäl returen under Mina sidor, skriv ut returetiketten och lämna \
                    paketet hos ett ombud. Pengarna kommer inom 10 dagar efter att vi fått returen."""),
            new Text("fakturakopia", "Fakturakopia", "/faktura", """
                    Jag har skickat en kopia av faktura {invoice.number} till din e-post. Beloppet är \
                    {invoice.amount} och förfallodagen {invoice.dueDate}."""),
            new Text("losenord", "Återställ lösenord", "/losen", """
                    Klicka på Glömt lösenord på inloggningssidan, så får du en länk som gäller i 60 minuter. Vi \
                    frågar aldrig efter ditt lösenord."""),
            new Text("oppettider", "Öppettider", "/oppet", """
                    Vi har öppet måndag–fredag 08–18 och lördag 10–14. E-post besvarar vi inom en arbetsdag."""),
            new Text("avslut", "Avslutning", "/hejda", """
                    Hör av dig om det är något mer. Ha en fin dag!

                    Vänliga hälsningar
                    {agent.firstName}, {company.name|Nordvik Handel}"""));

    static final List<Text> ENGLISH = List.of(
            new Text("halsning", "Greeting", "/hi", "Hi {customer.firstName|and thank you for contacting us}!"),
            new Text("orderstatus", "Order status", "/order", """
                    I have looked up your order {order.number}. Its status is {order.status}; it was placed on \
                    {order.date}."""),
            new Text("sparning", "Tracking link", "/track", """
                    You can follow your parcel with tracking number {order.trackingReference}. The link is also in \
                    the shipping confirmation we e-mailed you."""),
            new Text("retur", "Return instructions", "/return", """
                    You may return goods within 30 days. Register the return under My pages, print the label and \
                    drop the parcel at a pick-up point. We refund you within 10 days of receiving it."""),
            new Text("fakturakopia", "Invoice copy", "/invoice", """
                    I have e-mailed you a copy of invoice {invoice.number}. The amount is {invoice.amount}, due on \
                    {invoice.dueDate}."""),
            new Text("losenord", "Reset password", "/password", """
                    Click Forgot password on the sign-in page and you will get a link valid for 60 minutes. We \
                    never ask for your password."""),
            new Text("oppettider", "Opening hours", "/hours", """
                    We are open Monday–Friday 8 am–6 pm and Saturday 10 am–2 pm. We answer e-mail within one \
                    working day."""),
            new Text("avslut", "Closing", "/bye", """
                    Let me know if there is anything else. Have a nice day!

                    Kind regards
                    {agent.firstName}, {company.name|Nordvik Handel}"""));
}

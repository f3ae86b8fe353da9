package org.samklang.sandbox.internal.traffic;

import java.util.List;

/**
 * What customers write about, in Swedish and English, with the texts each channel needs. Placeholders:
 * {@code {order}} an order number of the customer, {@code {invoice}} an invoice number.
 */
enum Topic {

    DELIVERY(new Texts("Var är min order {order}?", """
            Jag beställde för en vecka sedan (order {order}) men har fortfarande inte fått något paket. \
            Spårningen har inte uppdaterats på flera dagar. Kan ni kolla vad som hänt?""",
            List.of("Hej! Min order {order} har inte kommit", "Den skulle ha varit här i tisdags",
                    "Kan ni se var den är?"),
            "väntar fortfarande på order {order}, spårningen står still sedan i måndags. Någon som vet?"),
            new Texts("Where is my order {order}?", """
                    I ordered a week ago (order {order}) and still have not received anything. The tracking has not \
                    changed for days. Could you check what happened?""",
                    List.of("Hi, my order {order} hasn't arrived", "It was due on Tuesday", "Can you see where it is?"),
                    "still waiting for order {order}, tracking hasn't moved since Monday. Anyone?")), RETURN(
                            new Texts("Retur av order {order}",
                                    """
                                            Jag vill returnera jackan från order {order}, den var för liten. Hur gör jag och hur snabbt får jag \
                                            tillbaka pengarna?""",
                                    List.of("Hej, jag vill returnera en vara", "Ordernummer {order}",
                                            "Måste jag betala frakten själv?"),
                                    "hur funkar returer hos er? vill skicka tillbaka en del av order {order}"),
                            new Texts("Returning order {order}",
                                    """
                                            I would like to return the jacket from order {order}, it was too small. How do I do that and how soon \
                                            will I get my money back?""",
                                    List.of("Hello, I want to return an item", "Order number {order}",
                                            "Do I pay for the return shipping?"),
                                    "how do returns work with you? want to send back part of order {order}")), COMPLAINT(
                                            new Texts("Trasig vara i order {order}",
                                                    """
                                                            Kaffebryggaren från order {order} slutade fungera efter två veckor. Den läcker vatten under. Jag \
                                                            bifogar en bild. Vad gäller för reklamation?""",
                                                    List.of("Hej! Kaffebryggaren jag köpte är trasig", "Den läcker",
                                                            "Order {order}, kan jag få en ny?"),
                                                    "kaffebryggaren från er gav upp efter två veckor 😞 order {order}"),
                                            new Texts("Faulty item in order {order}",
                                                    """
                                                            The coffee maker from order {order} stopped working after two weeks. It leaks water underneath. I \
                                                            attach a photo. What are my options?""",
                                                    List.of("Hi, the coffee maker I bought is broken", "It leaks",
                                                            "Order {order}, can I get a new one?"),
                                                    "your coffee maker gave up after two weeks 😞 order {order}")), INVOICE(
                                                            new Texts("Fråga om faktura {invoice}",
                                                                    """
                                                                            Jag har fått faktura {invoice} men beloppet stämmer inte med min beställning. Kan ni skicka en \
                                                                            specifikation? Jag vill inte betala fel belopp.""",
                                                                    List.of("Hej, jag har en fråga om en faktura",
                                                                            "Faktura {invoice}", "Beloppet verkar fel"),
                                                                    "fick en faktura som inte stämmer, hur når jag er ekonomiavdelning?"),
                                                            new Texts("Question about invoice {invoice}",
                                                                    """
                                                                            I received invoice {invoice} but the amount does not match my order. Could you send a breakdown? I do \
                                                                            not want to pay the wrong amount.""",
                                                                    List.of("Hi, I have a question about an invoice",
                                                                            "Invoice {invoice}",
                                                                            "The amount looks wrong"),
                                                                    "got an invoice that doesn't add up, how do I reach your billing team?")), REMINDER(
                                                                            new Texts("Påminnelse trots betalning",
                                                                                    """
                                                                                            Jag har fått en påminnelse för faktura {invoice}, men jag betalade den för två veckor sedan. Kan ni \
                                                                                            kontrollera? Jag vill inte att det går till inkasso.""",
                                                                                    List.of("Hej! Jag fick en påminnelse",
                                                                                            "Men jag har redan betalat faktura {invoice}",
                                                                                            "Kan ni stoppa påminnelseavgiften?"),
                                                                                    "fick betalningspåminnelse fast jag betalat, vad gör jag?"),
                                                                            new Texts("Reminder although I paid",
                                                                                    """
                                                                                            I received a reminder for invoice {invoice}, but I paid it two weeks ago. Could you check? I do not \
                                                                                            want it to go to debt collection.""",
                                                                                    List.of("Hi, I got a payment reminder",
                                                                                            "But I already paid invoice {invoice}",
                                                                                            "Can you cancel the reminder fee?"),
                                                                                    "got a payment reminder although I paid, what do I do?")), PASSWORD(
                                                                                            new Texts(
                                                                                                    "Kan inte logga in",
                                                                                                    """
                                                                                                            Jag har glömt mitt lösenord och länken i mejlet säger att den har gått ut. Nu är kontot låst. Kan ni \
                                                                                                            hjälpa mig?""",
                                                                                                    List.of("Hej, jag kommer inte in på mitt konto",
                                                                                                            "Återställningslänken fungerar inte",
                                                                                                            "Det står att kontot är låst"),
                                                                                                    "kan inte logga in på appen, återställningslänken funkar inte"),
                                                                                            new Texts("Cannot sign in",
                                                                                                    """
                                                                                                            I forgot my password and the link in the e-mail says it has expired. Now the account is locked. Can \
                                                                                                            you help me?""",
                                                                                                    List.of("Hi, I can't get into my account",
                                                                                                            "The reset link doesn't work",
                                                                                                            "It says the account is locked"),
                                                                                                    "can't sign in to the app, the reset link is broken")), OPENING_HOURS(
                                                                                                            new Texts(
                                                                                                                    "Öppettider i helgen",
                                                                                                                    """
                                                                                                                            Har ni öppet på lördag? Jag vill ringa och fråga om en beställning men hittar inga öppettider för \
                                                                                                                            helgen på er webbplats.""",
                                                                                                                    List.of("Hej!",
                                                                                                                            "Hur länge har ni öppet idag?"),
                                                                                                                    "har kundtjänst öppet på lördagar?"),
                                                                                                            new Texts(
                                                                                                                    "Opening hours at the weekend",
                                                                                                                    """
                                                                                                                            Are you open on Saturday? I would like to call about an order but cannot find weekend opening hours \
                                                                                                                            on your website.""",
                                                                                                                    List.of("Hi!",
                                                                                                                            "How long are you open today?"),
                                                                                                                    "is customer service open on Saturdays?")), CHANGE_ORDER(
                                                                                                                            new Texts(
                                                                                                                                    "Ändra leveransadress för order {order}",
                                                                                                                                    """
                                                                                                                                            Jag skrev fel gatunummer i order {order}. Det ska vara Storgatan 14, inte 41. Hinner ni ändra innan \
                                                                                                                                            den skickas?""",
                                                                                                                                    List.of("Hej, kan jag ändra min order?",
                                                                                                                                            "Order {order}",
                                                                                                                                            "Fel adress, det ska vara Storgatan 14"),
                                                                                                                                    "skrev fel adress på min beställning {order}, hinner ni ändra?"),
                                                                                                                            new Texts(
                                                                                                                                    "Change delivery address for order {order}",
                                                                                                                                    """
                                                                                                                                            I wrote the wrong street number in order {order}. It should be 14 Main Street, not 41. Can you change \
                                                                                                                                            it before it ships?""",
                                                                                                                                    List.of("Hi, can I change my order?",
                                                                                                                                            "Order {order}",
                                                                                                                                            "Wrong address, it should be 14 Main Street"),
                                                                                                                                    "put the wrong address on my order {order}, can you still change it?")), PRAISE(
                                                                                                                                            new Texts(
                                                                                                                                                    "Tack!",
                                                                                                                                                    """
                                                                                                                                                            Ville bara säga tack för snabb leverans och trevlig hjälp i telefon i förra veckan. Ni är bäst!""",
                                                                                                                                                    List.of("Hej! Ingen fråga egentligen",
                                                                                                                                                            "Bara tack för hjälpen sist 🙂"),
                                                                                                                                                    "snabbaste leveransen någonsin, tack! 👍"),
                                                                                                                                            new Texts(
                                                                                                                                                    "Thank you!",
                                                                                                                                                    """
                                                                                                                                                            Just wanted to say thanks for the fast delivery and the friendly help on the phone last week. You are \
                                                                                                                                                            the best!""",
                                                                                                                                                    List.of("Hi! Not really a question",
                                                                                                                                                            "Just thanks for the help last time 🙂"),
                                                                                                                                                    "fastest delivery ever, thanks! 👍"));

    /**
     * The texts of a topic in one language.
     *
     * @param subject   an e-mail subject
     * @param body      an e-mail body without greeting and signature
     * @param chatLines what a chat visitor types, line by line
     * @param post      a social post without the mention
     */
    record Texts(String subject, String body, List<String> chatLines, String post) {
    }

    private final Texts swedish;
    private final Texts english;

    Topic(Texts swedish, Texts english) {
        this.swedish = swedish;
        this.english = english;
    }

    Texts texts(boolean inSwedish) {
        return inSwedish ? swedish : english;
    }
}

package org.samklang.sandbox.internal.knowledge;

import java.util.List;

/** The sandbox company's FAQ in English. */
final class EnglishArticles {

    private EnglishArticles() {
    }

    static final List<ArticleText> ALL = List.of(
            new ArticleText("leveranstider", "Delivery times", "Deliveries", List.of("delivery", "when",
                    "parcel", "late"),
                    """
                            Orders placed before 2 pm on a weekday leave our warehouse the same day. Within Sweden, \
                            delivery normally takes 2–4 working days.

                            During campaigns and before Christmas it can take a day or two longer. If your parcel has not \
                            arrived after 7 working days, contact customer service and we will trace it with the carrier."""),
            new ArticleText("spara-order", "Track your order", "Deliveries", List.of("tracking", "track",
                    "where is my parcel", "shipment"),
                    """
                            When your order ships you get a confirmation e-mail with a tracking number. Follow the link in \
                            the confirmation to see where your parcel is.

                            Tracking may show nothing for a few hours, as the carrier registers the parcel when it is \
                            collected from our warehouse."""),
            new ArticleText("fraktkostnad", "Shipping costs", "Deliveries", List.of("shipping", "postage",
                    "free shipping"), """
                            Shipping is free for orders over SEK 499 within Sweden. Smaller orders cost SEK 49 to a \
                            pick-up point and SEK 99 for home delivery.

                            Bulky goods have their own shipping cost, shown at checkout before you pay."""),
            new ArticleText("leverans-norden", "Delivery to Norway, Denmark and Finland", "Deliveries",
                    List.of("norway", "denmark", "finland", "customs", "abroad"),
                    """
                            We deliver to all Nordic countries. Delivery to Denmark and Finland takes 3–6 working days.

                            Norway is outside the EU. Prices in our Norwegian shop include Norwegian VAT and duties, so \
                            there is nothing more to pay when the parcel arrives."""),
            new ArticleText("retur", "Returns and open purchase", "Returns", List.of("return", "refund",
                    "exchange", "right of withdrawal"),
                    """
                            You may return goods within 30 days of receiving them. The law also gives you a 14-day right \
                            of withdrawal for distance purchases.

                            Register the return under My pages, print the return label and drop the parcel at a pick-up \
                            point. We refund you within 10 days of receiving the return."""),
            new ArticleText("reklamation", "Faulty goods and warranty", "Returns", List.of("faulty", "broken",
                    "warranty", "damaged", "complaint"),
                    """
                            If an item had a fault when you received it, you can complain for up to three years under the \
                            Swedish Consumer Sales Act. Report the fault as soon as you notice it.

                            Please send customer service a photo of the fault. We pay the return shipping for an approved \
                            complaint and repair, replace or refund the item."""),
            new ArticleText("faktura", "Invoice questions", "Billing", List.of("invoice", "due date",
                    "invoice copy", "reference", "pay"),
                    """
                            The invoice is e-mailed when your order ships. Payment terms are 14 days for private customers \
                            and 30 days for companies.

                            You can download a copy under My pages or ask customer service to send one. Always quote the \
                            payment reference when you pay."""),
            new ArticleText("paminnelse", "Payment reminders and overdue invoices", "Billing", List.of("reminder",
                    "overdue", "debt collection", "fee", "late payment"),
                    """
                            If an invoice is not paid by its due date we send a reminder. The reminder fee is SEK 60 and \
                            late-payment interest applies.

                            Unpaid invoices go to debt collection 30 days after the reminder. Contact us before then if you \
                            need an instalment plan and we will find a solution."""),
            new ArticleText("losenord", "Change or reset your password", "Account", List.of("password",
                    "forgot password", "reset", "sign in"),
                    """
                            Click Forgot password on the sign-in page and enter your e-mail address. You will get a link \
                            that is valid for 60 minutes.

                            If the e-mail does not arrive, check your spam folder. Customer service can never see your \
                            password and will never ask for it."""),
            new ArticleText("inloggning", "Cannot sign in", "Account", List.of("locked account", "sign in",
                    "login", "account"),
                    """
                            After five failed attempts the account is locked for 30 minutes. Wait, or reset your password.

                            You can also sign in with BankID. If it still fails, clear your browser's cookies or try \
                            another browser before contacting us."""),
            new ArticleText("oppettider", "Customer service opening hours", "Contact", List.of("opening hours",
                    "open", "closed", "holidays"),
                    """
                            Customer service is open Monday–Friday 8 am–6 pm and Saturday 10 am–2 pm. Chat is open at the \
                            same times.

                            We are closed on public holidays and Midsummer Eve. We answer e-mail within one working day."""),
            new ArticleText("andra-order", "Change or cancel an order", "Orders", List.of("change order", "cancel",
                    "wrong address", "add item"),
                    """
                            An order can be changed or cancelled until picking starts in the warehouse, usually within an \
                            hour of ordering.

                            Contact customer service as soon as possible and quote your order number. If the order has \
                            already shipped, you can return the goods within the open-purchase period instead."""));
}

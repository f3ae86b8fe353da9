package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void givenAReplyAboveAnEnglishAttribution_whenSplit_thenTheQuoteIsFolded() {
        QuotedText.Split split = QuotedText.split("Thanks, that works.\n\nOn Tue, 12 Nov 2026 at 10:42, Anna "
                + "<anna@kund.se> wrote:\n> Where is my order?\n> Anna");

        assertEquals("Thanks, that works.", split.fresh());
        assertEquals(3, split.quotedLines());
    }

    @Test
    void givenASwedishAttributionWrappedOverTwoLines_whenSplit_thenTheQuoteStartsAtIt() {
        QuotedText.Split split = QuotedText.split("Tack!\nDen 12 nov. 2026 10:42 skrev Anna Lindqvist\n"
                + "<anna@kund.se>:\nVar är min order?");

        assertEquals("Tack!", split.fresh());
        assertEquals("Den 12 nov. 2026 10:42 skrev Anna Lindqvist\n<anna@kund.se>:\nVar är min order?",
                split.quoted());
    }

    @Test
    void givenAnOutlookSeparator_whenSplit_thenEverythingBelowIsQuoted() {
        QuotedText.Split split = QuotedText.split("Se bifogat.\n-----Ursprungligt meddelande-----\nFrån: Erik");

        assertEquals("Se bifogat.", split.fresh());
        assertEquals(2, split.quotedLines());
    }

    @Test
    void givenInlineAnswersBetweenQuotedLines_whenSplit_thenNothingIsHidden() {
        String text = "> Har ni stolen?\nJa, i lager.\n> Och bordet?\nNej.";

        assertEquals(new QuotedText.Split(text, ""), QuotedText.split(text));
    }

    @Test
    void givenATextThatIsAllQuote_whenSplit_thenItIsNotFolded() {
        String text = "> bara citat\n> inget annat";

        assertEquals(new QuotedText.Split(text, ""), QuotedText.split(text));
    }

    @Test
    void givenOrdinaryProseStartingWithOn_whenSplit_thenItIsNotMistakenForAnAttribution() {
        String text = "On Monday we ship.\nThe courier wrote: nothing yet?\nBest, Erik";

        assertEquals(text, QuotedText.split(text).fresh());
    }
}

package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.model.KnowledgeEntry;

class KnowledgeListingTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final List<String> calls = new ArrayList<>();
    private final KnowledgeEntry delivery = new KnowledgeEntry("kb-1", "Leveranstider", "2–4 dagar.\u0000",
            "sv", false, List.of("delivery"));
    private final KnowledgeService knowledge = new KnowledgeService() {

        @Override
        public List<KnowledgeEntry> search(String text, int limit) {
            calls.add("search '" + text + "' " + limit);
            return List.of(delivery);
        }

        @Override
        public List<KnowledgeEntry> suggest(String customerText, int limit) {
            calls.add("suggest '" + customerText + "' " + limit);
            return List.of();
        }

        @Override
        public Status status() {
            return READY;
        }

        @Override
        public Subscription subscribe(Runnable changed) {
            return () -> {
            };
        }
    };
    private static final KnowledgeService.Status READY = new KnowledgeService.Status(
            KnowledgeService.Availability.READY);

    @Test
    void whatTheAgentTypesWinsOverSuggestions() {
        KnowledgeListing listing = KnowledgeListing.decide(" leverans ", Optional.of("Var är min order?"));
        assertEquals(KnowledgeListing.Mode.SEARCH, listing.mode());
        assertEquals(List.of(delivery), listing.run(knowledge));
        assertEquals(List.of("search 'leverans' 30"), calls);
        assertEquals("1 result for “leverans”", listing.heading(1, READY, english));
    }

    @Test
    void withAnEmptySearch_theCustomersTextGivesSuggestions() {
        KnowledgeListing listing = KnowledgeListing.decide("", Optional.of("Var är\nmin order?"));
        listing.run(knowledge);
        assertEquals(List.of("suggest 'Var är min order?' 30"), calls);
        assertEquals("No suggestions for this conversation; try a search", listing.heading(0, READY, english));
    }

    @Test
    void withNothingSelected_theMostUsedAreListed() {
        KnowledgeListing listing = KnowledgeListing.decide("  ", Optional.empty());
        listing.run(knowledge);
        assertEquals(List.of("search '' 30"), calls);
        assertEquals("Most used", listing.heading(3, READY, english));
    }

    @Test
    void anEmptyListSaysWhetherTheKnowledgeBaseIsLoadingFailedUnconnectedOrReallyEmpty() {
        KnowledgeListing mostUsed = KnowledgeListing.decide("", Optional.empty());

        assertEquals("Loading the knowledge base…", mostUsed.heading(0, status(KnowledgeService.Availability.LOADING,
                ""), english));
        assertEquals("The knowledge base could not be loaded: Sandbox knowledge base did not answer within 30 s; FAQ:"
                + " HTTP 503",
                mostUsed.heading(0, new KnowledgeService.Status(KnowledgeService.Availability.FAILED,
                        List.of(new KnowledgeService.SourceFailure("Sandbox knowledge base", 30, ""),
                                new KnowledgeService.SourceFailure("FAQ", 0, "HTTP 503"))),
                        english));
        assertEquals("Kunskapsbanken kunde inte laddas: FAQ svarade inte inom 30 s", mostUsed.heading(0,
                new KnowledgeService.Status(KnowledgeService.Availability.FAILED, List.of(
                        new KnowledgeService.SourceFailure("FAQ", 30, ""))),
                UiMessages.forLocale(Locale.of("sv"))));
        assertEquals("No knowledge base is connected", mostUsed.heading(0, status(
                KnowledgeService.Availability.NO_SOURCE, ""), english));
        assertEquals("The knowledge base is empty", mostUsed.heading(0, READY, english));
        assertEquals("Most used", mostUsed.heading(2, status(KnowledgeService.Availability.LOADING, ""), english),
                "what has loaded is listed as usual");
        assertEquals("Loading the knowledge base…", KnowledgeListing.decide("leverans", Optional.empty())
                .heading(0, status(KnowledgeService.Availability.LOADING, ""), english), "not 'nothing matches'");
    }

    private static KnowledgeService.Status status(KnowledgeService.Availability availability, String detail) {
        return new KnowledgeService.Status(availability);
    }

    @Test
    void rowsMarkCannedResponsesAndBodiesArePlainText() {
        KnowledgeEntry canned = new KnowledgeEntry("c-1", "", "Hej {customer.firstName}!", "sv", true,
                List.of());
        assertArrayEquals(new String[]{"(untitled)", "Canned response"}, KnowledgeListing.cells(canned, english));
        assertArrayEquals(new String[]{"Leveranstider", "Article"}, KnowledgeListing.cells(delivery, english));
        assertEquals("2–4 dagar.", KnowledgeListing.body(delivery));
    }
}

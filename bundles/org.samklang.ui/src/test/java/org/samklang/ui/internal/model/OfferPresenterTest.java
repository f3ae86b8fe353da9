package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Offer;

class OfferPresenterTest {

    private static final Instant T0 = TestData.NOW;
    private final OfferPresenter presenter = new OfferPresenter(UiMessages.forLocale(Locale.ENGLISH));

    private static Offer offer(String item, String agent, int offeredSecondsAgo, int expiresInSeconds) {
        return new Offer(item, "phone.support", MediaType.VOICE, agent, T0.minusSeconds(offeredSecondsAgo),
                T0.plusSeconds(expiresInSeconds));
    }

    @Test
    void givenOffersToSeveralAgents_thenMyOldestIsShown() {
        Offer newer = offer("2", "me", 1, 29);
        Offer older = offer("1", "me", 5, 25);
        Offer someoneElses = offer("3", "karin", 9, 21);

        assertEquals(Optional.of(older), OfferPresenter.mine(List.of(newer, someoneElses, older), Optional.of("me")));
        assertEquals(Optional.empty(), OfferPresenter.mine(List.of(someoneElses), Optional.of("me")));
        assertEquals(Optional.empty(), OfferPresenter.mine(List.of(older), Optional.empty()));
    }

    @Test
    void theLineNamesChannelCustomerAndQueue_andCountsDown() {
        OfferPresenter.Shown shown = presenter.show(offer("7", "me", 0, 42), Optional.of("Anna Lindqvist"), T0);

        assertTrue(shown.line().contains("Anna Lindqvist"), shown.line());
        assertTrue(shown.line().contains("phone.support"), shown.line());
        assertTrue(shown.line().startsWith(ChannelTexts.glyph(MediaType.VOICE)), shown.line());
        assertTrue(shown.countdown().contains("0:42"), shown.countdown());
        assertEquals(Tone.NORMAL, shown.tone());
    }

    @Test
    void givenLittleTimeLeft_thenTheCountdownWarns_andAfterExpiryItSaysSo() {
        Offer offer = offer("7", "me", 0, 30);

        OfferPresenter.Shown hurry = presenter.show(offer, Optional.empty(), T0.plusSeconds(21));
        OfferPresenter.Shown expired = presenter.show(offer, Optional.empty(), T0.plusSeconds(31));

        assertTrue(hurry.countdown().contains("0:09"), hurry.countdown());
        assertEquals(Tone.WARNING, hurry.tone());
        assertEquals(UiMessages.forLocale(Locale.ENGLISH).format("offer.expired"), expired.countdown());
    }

    @Test
    void aCustomerNotLookedUpYetShowsAPlaceholder_andHostileNamesStayOnOneLine() {
        OfferPresenter.Shown loading = presenter.show(offer("7", "me", 0, 30), Optional.empty(), T0);
        OfferPresenter.Shown hostile = presenter.show(offer("7", "me", 0, 30), Optional.of("Eve\nRm -rf\u202e"), T0);

        assertTrue(loading.line().contains(UiMessages.forLocale(Locale.ENGLISH).format("offer.customerLoading")));
        assertTrue(!hostile.line().contains("\n") && !hostile.line().contains("\u202e"), hostile.line());
    }

    @Test
    void desktopWorkItemsAreConversationIds_otherItemsHaveNone() {
        assertEquals(Optional.of(new ConversationId(42)), OfferPresenter.conversationOf(offer("42", "me", 0, 9)));
        assertEquals(Optional.empty(), OfferPresenter.conversationOf(offer("callback-7", "me", 0, 9)));
        assertEquals(Optional.empty(), OfferPresenter.conversationOf(offer("-1", "me", 0, 9)));
    }
}

package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;

class ReplyChoiceTest {

    private final UiMessages messages = UiMessages.forLocale(Locale.ENGLISH);
    private final ReplyChoice choice = new ReplyChoice(messages,
            new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), messages));

    private static final ReplyOption MAIL = option("email.support", MediaType.EMAIL, Address.mailto("anna@kund.se"),
            false, 25_000, true, Optional.empty());
    private static final ReplyOption SMS = option("sms.main", MediaType.CHAT, Address.tel("+46701234567"), false,
            160, true, Optional.empty());
    private static final ReplyOption CHAT = option("chat.web", MediaType.CHAT, Address.tel("+46701234567"), false,
            10_000, false, Optional.empty());

    @Test
    void givenACall_whenTheOptionsArrive_thenEmailThatCanStartAConversationIsTheDefault() {
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        choice.setOptions(List.of(CHAT, SMS, MAIL), Optional.empty());

        assertEquals(Optional.of(MAIL), choice.selected());
        assertEquals(List.of("Chat (chat.web) · +46701234567 (the customer must write first)",
                "Chat (sms.main) · +46701234567", "Email · anna@kund.se"), choice.labels());
    }

    @Test
    void givenACallWithoutEmail_whenTheOptionsArrive_thenAnSmsLikeChannelIsTheDefault() {
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        choice.setOptions(List.of(CHAT, SMS), Optional.empty());

        assertEquals(Optional.of(SMS), choice.selected());
    }

    @Test
    void givenAnEmailConversation_whenTheOptionsArrive_thenItsOwnChannelIsTheDefaultUnlessADraftChoseAnother() {
        ReplyOption own = option("email.support", MediaType.EMAIL, Address.mailto("anna@kund.se"), true, 25_000,
                true, Optional.empty());
        choice.begin(TestData.conversation(1, 1, MediaType.EMAIL, ""));
        choice.setOptions(List.of(own, SMS), Optional.empty());
        assertEquals(Optional.of(own), choice.selected());
        assertEquals(Optional.empty(), choice.rememberedChannel());

        choice.setOptions(List.of(own, SMS), Optional.of("sms.main"));
        assertEquals(Optional.of(SMS), choice.selected());
        assertEquals(Optional.of("sms.main"), choice.rememberedChannel());
    }

    @Test
    void givenAnSmsChoice_whenTheTextGrows_thenTheCounterWarnsAndTheReplyIsRefusedOverTheLimit() {
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        choice.setOptions(List.of(SMS), Optional.empty());

        assertEquals("12 / 160", choice.counter(12));
        assertFalse(choice.overLimit(160));
        assertTrue(choice.overLimit(161));
        assertEquals(Optional.empty(), choice.refusal("x".repeat(160)));
        assertEquals(Optional.of("The reply has 161 characters; Chat accepts at most 160. Shorten it or reply on"
                + " another channel."), choice.refusal("x".repeat(161)));
    }

    @Test
    void givenAClosedReplyWindow_whenSending_thenTheReasonSaysWhenItClosed() {
        Instant closed = TestData.NOW.minus(Duration.ofHours(1));
        ReplyOption social = new ReplyOption("social.fb", MediaType.SOCIAL, new Address(Address.Scheme.SOCIAL,
                "fb:anna"), true, 2_000, false, 0, false, Optional.of(Duration.ofHours(24)), Optional.of(closed),
                false);
        choice.begin(TestData.conversation(1, 1, MediaType.SOCIAL, ""));
        choice.setOptions(List.of(social), Optional.empty());

        assertEquals(Optional.of("The reply window of Social closed at 08:00, and no other channel reaches this"
                + " customer with a written reply."), choice.refusal("Hej"));
    }

    @Test
    void givenACallWhoseOnlyChannelIsAChatWithItsWindowClosed_whenTheOptionsArrive_thenTheComposerIsBlockedWithWhy() {
        Instant closed = TestData.NOW.minus(Duration.ofHours(3));
        ReplyOption chat = new ReplyOption("chat.web", MediaType.CHAT, Address.tel("+46701234567"), false, 10_000,
                false, 0, false, Optional.of(Duration.ofHours(1)), Optional.of(closed), false);
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        assertEquals(Optional.empty(), choice.blocked(), "nothing is known while the options load");

        choice.setOptions(List.of(chat), Optional.empty());

        assertEquals(List.of("Chat · +46701234567 (reply window closed)"), choice.labels());
        assertEquals(Optional.of("The reply window of Chat closed at 06:00, and no other channel reaches this customer"
                + " with a written reply."), choice.blocked());
    }

    @Test
    void givenAClosedChannelChosenWhereAnotherIsOpen_thenTheReasonPointsToTheOtherAndPickingItUnblocks() {
        Instant closed = TestData.NOW.minus(Duration.ofHours(3));
        ReplyOption chat = new ReplyOption("chat.web", MediaType.CHAT, Address.tel("+46701234567"), false, 10_000,
                false, 0, false, Optional.of(Duration.ofHours(1)), Optional.of(closed), false);
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        choice.setOptions(List.of(chat, MAIL), Optional.of("chat.web"));

        assertEquals(Optional.of("The reply window of Chat closed at 06:00; choose another channel."),
                choice.blocked());
        choice.select(1);
        assertEquals(Optional.empty(), choice.blocked());
    }

    @Test
    void givenACallWithNoWrittenChannelAtAll_whenTheOptionsArrive_thenTheComposerIsBlocked() {
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        choice.setOptions(List.of(), Optional.empty());

        assertEquals(Optional.of("No connected channel can reach this customer with a written reply."),
                choice.blocked());
    }

    @Test
    void givenAnotherChannelThanTheConversations_whenAimingTheDraft_thenItCarriesTheChannelAndAddress() {
        choice.begin(TestData.conversation(1, 1, MediaType.VOICE, ""));
        choice.setOptions(List.of(SMS, MAIL), Optional.empty());
        choice.select(0);

        ReplyDraft aimed = choice.aim(ReplyDraft.text("k", "Vi ringer upp"));

        assertEquals(Optional.of("sms.main"), aimed.channelId());
        assertEquals(Optional.of(Address.tel("+46701234567")), aimed.to());
    }

    @Test
    void givenNoOptionsYet_whenWriting_thenTheCounterIsUnlimitedAndOnlyACallIsRefused() {
        choice.begin(TestData.conversation(1, 1, MediaType.EMAIL, ""));
        assertEquals("5 characters", choice.counter(5));
        assertEquals(Optional.empty(), choice.refusal("Hej"));
        assertEquals(List.of("Conversation's channel"), choice.labels());

        choice.begin(TestData.conversation(2, 1, MediaType.VOICE, ""));
        assertTrue(choice.refusal("Hej").isPresent());
    }

    private static ReplyOption option(String id, MediaType type, Address address, boolean own, int max,
            boolean canStart, Optional<Instant> closesAt) {
        boolean open = canStart || closesAt.isPresent();
        return new ReplyOption(id, type, address, own, max, type == MediaType.EMAIL,
                type == MediaType.EMAIL ? 1_000_000 : 0, canStart, Optional.empty(), closesAt, open);
    }
}

package org.samklang.core.internal.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.TakenMessage;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.internal.conversation.FakeConnector;
import org.samklang.core.internal.identity.AddressNormalizer;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.OutboundMessage;

class ReceptionDeskTest {

    /** A message for a colleague starts a conversation: the channel must declare that it can. */
    private static FakeConnector emailThatStartsConversations() {
        FakeConnector mail = new FakeConnector("email.support", MediaType.EMAIL);
        mail.setCapabilities(new ChannelCapabilities(ChannelCapabilities.UNLIMITED, false, 0, true,
                Optional.empty(), false, false, false));
        return mail;
    }

    private static final Person KARIN = new Person("karin", "Karin Berg", "Ekonomi", "", "2040", "",
            "Karin.Berg@Example.se", List.of());
    private static final Person ANDERS = Person.of("anders", "Anders Ek", "Sälj", "2041");
    private static final Person ERIK = new Person("erik", "Erik Växel", "Växeln", "", "2000", "", "erik@example.se",
            List.of());

    private final EngineFixture fixture = new EngineFixture();
    private final FakeConnector mail = emailThatStartsConversations();
    private final Map<String, Person> people = Map.of("karin", KARIN, "anders", ANDERS, "erik", ERIK);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAColleagueWithEmail_whenAMessageIsTaken_thenOneClosedEmailConversationIsStoredAndSentOnce() {
        fixture.engine.connectors().add(mail);
        ReceptionDesk desk = desk(Locale.ENGLISH);
        desk.signedIn("erik");

        MessageId id = take(desk, message("k-1", "Anna Lind", Optional.of("070-123 45 67"), "Ring om fakturan",
                true));
        fixture.engine.outbox().runDue(fixture.clock.instant());

        Message stored = fixture.engine.message(id).orElseThrow();
        assertEquals(Direction.OUTBOUND, stored.direction());
        assertEquals(List.of(Address.mailto("karin.berg@example.se")), stored.to());
        assertEquals("Please call back: Anna Lind – Ring om fakturan", stored.subject());
        // 08:00 UTC is 09:00 in Stockholm.
        assertTrue(stored.text().startsWith("Hi Karin Berg,\n\nAnna Lind called on 12 Nov 2026, 09:00."),
                stored.text());
        assertTrue(stored.text().contains("Number: +46701234567\n"), "number normalised: " + stored.text());
        assertTrue(stored.text().contains("Asks to be called back: yes"));
        assertTrue(stored.text().contains("Message:\nRing om fakturan\n"));
        assertTrue(stored.text().contains("Taken by Erik Växel."));
        assertEquals(ReceptionDesk.KIND_TAKEN_MESSAGE, stored.metadata().get(ReceptionDesk.KIND_KEY));
        assertEquals(ConversationState.CLOSED,
                fixture.engine.conversation(stored.conversationId()).orElseThrow().state());
        assertEquals(1, mail.attempts().size());
        assertEquals(DeliveryState.SENT, fixture.engine.message(id).orElseThrow().deliveryState());
        assertTrue(fixture.journalAfter(0).stream()
                .anyMatch(event -> event instanceof JournalEvent.DeliveryStateChanged changed
                        && changed.messageId().equals(id) && changed.state() == DeliveryState.SENT));
    }

    @Test
    void givenASwedishDesk_whenAMessageIsTaken_thenTheTemplateIsSwedish() {
        fixture.engine.connectors().add(mail);

        MessageId id = take(desk(Locale.of("sv", "SE")), message("k-sv", "", Optional.empty(), "Återkom", false));

        Message stored = fixture.engine.message(id).orElseThrow();
        assertEquals("Meddelande från Okänd uppringare – Återkom", stored.subject());
        assertTrue(stored.text().startsWith("Hej Karin Berg!\n\nOkänd uppringare ringde 12 nov. 2026 kl. 09:00."),
                stored.text());
        assertTrue(stored.text().contains("Nummer: inget nummer angivet"));
        assertTrue(stored.text().contains("Vill bli uppringd: nej"));
        assertTrue(stored.text().contains("Mottaget av växeln."));
    }

    @Test
    void givenTheSameMessageTakenTwice_whenSent_thenItIsStoredAndSentOnce() {
        fixture.engine.connectors().add(mail);
        ReceptionDesk desk = desk(Locale.ENGLISH);

        MessageId first = take(desk, message("same", "Anna", Optional.empty(), "Hej", false));
        MessageId again = take(desk, message("same", "Anna", Optional.empty(), "Hej", false));
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(first, again);
        assertEquals(1, mail.attempts().size());
    }

    @Test
    void givenAnUnknownPersonOrOneWithoutEmail_whenTakingAMessage_thenItIsRefusedAndNothingIsStored() {
        fixture.engine.connectors().add(mail);
        ReceptionDesk desk = desk(Locale.ENGLISH);
        long before = fixture.engine.lastSequence();

        Throwable unknown = failure(desk.takeMessage(new TakenMessage("k1", "nobody", "A", Optional.empty(), "t",
                false)));
        Throwable noEmail = failure(desk.takeMessage(new TakenMessage("k2", "anders", "A", Optional.empty(), "t",
                false)));

        assertInstanceOf(IllegalArgumentException.class, unknown);
        assertTrue(unknown.getMessage().contains("nobody"));
        assertInstanceOf(IllegalArgumentException.class, noEmail);
        assertTrue(noEmail.getMessage().contains("Anders Ek has no e-mail address"));
        assertEquals(before, fixture.engine.lastSequence());
    }

    @Test
    void givenNoEmailChannel_whenTakingAMessage_thenItIsAnIllegalStateAndNothingIsStored() {
        FakeConnector sms = new FakeConnector("sms.main", MediaType.CHAT);
        sms.setCapabilities(new ChannelCapabilities(160, false, 0, true, Optional.empty(), false, false, false));
        fixture.engine.connectors().add(sms);
        long before = fixture.engine.lastSequence();

        Throwable error = failure(desk(Locale.ENGLISH).takeMessage(message("k", "A", Optional.empty(), "t", true)));

        assertInstanceOf(IllegalStateException.class, error);
        assertTrue(error.getMessage().contains("no e-mail channel"));
        assertEquals(before, fixture.engine.lastSequence());
    }

    @Test
    void givenHostileTextFromTheCaller_whenTakingAMessage_thenNoHeaderCanBeForgedAndNothingHidesInTheText() {
        fixture.engine.connectors().add(mail);
        String name = "Eve\r\nBcc: all@example.se\u202E\u200Bgnp.exe";
        String text = "<script>alert('x')</script>\u0007\nRad två\u200D 👩‍💻 مرحبا";

        MessageId id = take(desk(Locale.ENGLISH), message("hostile", name, Optional.of("+46 70\u202E 123"), text,
                false));
        fixture.engine.outbox().runDue(fixture.clock.instant());

        OutboundMessage sent = mail.attempts().get(0);
        assertFalse(sent.subject().contains("\n") || sent.subject().contains("\r"), sent.subject());
        assertTrue(sent.subject().startsWith("Message from Eve Bcc: all@example.segnp.exe – "), sent.subject());
        assertFalse(sent.text().contains("\u202E") || sent.text().contains("\u200B") || sent.text().contains("\u0007"));
        assertTrue(sent.text().contains("<script>alert('x')</script>\nRad två"), "kept as plain text");
        assertTrue(sent.text().contains("👩💻 مرحبا"), "emoji and scripts stay; joiners go: " + sent.text());
        assertEquals(id, sent.messageId());
    }

    private ReceptionDesk desk(Locale locale) {
        return new ReceptionDesk(id -> Optional.ofNullable(people.get(id)), fixture.engine.connectors(),
                fixture.engine::startConversation, new AddressNormalizer("SE"), locale, ZoneId.of("Europe/Stockholm"),
                fixture.clock);
    }

    private static TakenMessage message(String key, String caller, Optional<String> number, String text,
            boolean callBack) {
        return new TakenMessage(key, "karin", caller, number, text, callBack);
    }

    private static MessageId take(ReceptionDesk desk, TakenMessage message) {
        return EngineFixture.await(desk.takeMessage(message));
    }

    private static Throwable failure(CompletableFuture<MessageId> future) {
        CompletionException error = assertThrows(CompletionException.class, future::join);
        return error.getCause();
    }
}

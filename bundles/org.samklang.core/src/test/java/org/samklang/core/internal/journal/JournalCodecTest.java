package org.samklang.core.internal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.JournalEvent.ConversationAssigned;
import org.samklang.core.api.model.JournalEvent.ConversationOpened;
import org.samklang.core.api.model.JournalEvent.ConversationRouted;
import org.samklang.core.api.model.JournalEvent.ConversationStateChanged;
import org.samklang.core.api.model.JournalEvent.ConversationTagged;
import org.samklang.core.api.model.JournalEvent.ConversationsMerged;
import org.samklang.core.api.model.JournalEvent.CustomerCreated;
import org.samklang.core.api.model.JournalEvent.CustomerSplit;
import org.samklang.core.api.model.JournalEvent.CustomersMerged;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.JournalEvent.MessageQueued;
import org.samklang.core.api.model.JournalEvent.MessageReceived;
import org.samklang.core.api.model.JournalEvent.PresenceChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;

class JournalCodecTest {

    private static final Instant AT = Instant.parse("2026-11-12T08:00:00.123Z");

    @Test
    void givenEveryKindOfEvent_whenStoredAsARow_thenItReadsBackEqual() {
        ConversationId conversation = new ConversationId(7);
        CustomerId customer = new CustomerId(3);
        MessageId message = new MessageId(11);
        List<JournalEvent> events = List.of(
                new MessageReceived(1, AT, message, conversation, customer, "email.support"),
                new MessageQueued(2, AT, message, conversation, customer, "sms.main"),
                new DeliveryStateChanged(3, AT, message, conversation, DeliveryState.FAILED, "550 no such user"),
                new ConversationOpened(4, AT, conversation, customer, "chat.web", MediaType.CHAT),
                new ConversationStateChanged(5, AT, conversation, ConversationState.ACTIVE, ConversationState.CLOSED),
                new ConversationAssigned(6, AT, conversation, Optional.of("karin")),
                new ConversationAssigned(7, AT, conversation, Optional.empty()),
                new ConversationsMerged(8, AT, conversation, new ConversationId(9)),
                new CustomerCreated(9, AT, customer),
                new JournalEvent.CustomerRenamed(9, AT, customer, "Kjell Persson"),
                new CustomersMerged(10, AT, customer, new CustomerId(4)),
                new CustomerSplit(11, AT, customer, new CustomerId(5),
                        List.of(Address.tel("+46701234567"), Address.mailto("anna@kund.se"))),
                new PresenceChanged(12, AT, "anders", "AWAY", "meeting until 14:00"),
                new ConversationRouted(13, AT, conversation, "support"),
                new ConversationTagged(14, AT, conversation, Set.of("vip", "faktura", "1:2")),
                new ConversationTagged(15, AT, conversation, Set.of()),
                new JournalEvent.MessageEdited(16, AT, message, conversation, customer, "chat.web"),
                new JournalEvent.MessageRetracted(17, AT, message, conversation, customer, "social.x"),
                new DeliveryStateChanged(18, AT, message, conversation, DeliveryState.UNCERTAIN, "cut off"));

        for (JournalEvent event : events) {
            assertEquals(event, JournalCodec.decode(JournalCodec.encode(event)));
        }
    }

    @Test
    void givenARowOfAnUnknownKind_whenRead_thenItIsRejectedWithItsSequence() {
        JournalRow row = JournalRow.of(99, AT.toEpochMilli(), "hologram-call");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JournalCodec.decode(row));
        assertEquals("unknown journal event kind 'hologram-call' at 99", error.getMessage());
    }
}

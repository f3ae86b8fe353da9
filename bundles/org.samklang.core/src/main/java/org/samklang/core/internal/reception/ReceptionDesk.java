package org.samklang.core.internal.reception;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.samklang.core.api.ReceptionService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.TakenMessage;
import org.samklang.core.internal.conversation.NewOutbound;
import org.samklang.core.internal.identity.AddressNormalizer;
import org.samklang.core.internal.identity.NormalizedAddress;
import org.samklang.core.internal.outbox.ConnectorRegistry;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.RawAddress;

/**
 * {@link ReceptionService} of one desk: finds the colleague in the directory, fills in the template and starts an
 * e-mail conversation to the colleague through the engine's outbox (stored before it is sent, sent once, delivery
 * states in the journal). The conversation is closed at once: it is a notice, not work for an agent; a colleague's
 * answer reopens it like any e-mail.
 */
public final class ReceptionDesk implements ReceptionService {

    /** Metadata key and value marking the message as a taken message (the timeline can show it so). */
    public static final String KIND_KEY = "samklang.kind";
    public static final String KIND_TAKEN_MESSAGE = "taken-message";
    private static final String KEY_PREFIX = "reception:";

    private final Function<String, Optional<Person>> directory;
    private final ConnectorRegistry connectors;
    private final Function<NewOutbound, CompletableFuture<Message>> outbound;
    private final AddressNormalizer numbers;
    private final ReceptionTemplate template;
    private final Clock clock;
    private volatile String signedInPersonId = "";

    /**
     * @param directory the people directory (the presence engine's)
     * @param outbound  starts an outbound conversation ({@code CoreEngine::startConversation})
     * @param locale    the desk's locale: Swedish for {@code sv}, else English
     */
    public ReceptionDesk(Function<String, Optional<Person>> directory, ConnectorRegistry connectors,
            Function<NewOutbound, CompletableFuture<Message>> outbound, AddressNormalizer numbers, Locale locale,
            ZoneId zone, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.connectors = Objects.requireNonNull(connectors, "connectors");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.template = new ReceptionTemplate(locale, zone);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who is signed in at this desk: named as "taken by" in the messages. */
    public void signedIn(String personId) {
        signedInPersonId = personId == null ? "" : personId;
    }

    @Override
    public CompletableFuture<MessageId> takeMessage(TakenMessage message) {
        try {
            return outbound.apply(request(Objects.requireNonNull(message, "message"))).thenApply(Message::id);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private NewOutbound request(TakenMessage message) {
        String key = KEY_PREFIX + message.clientKey();
        if (key.length() > ReplyDraft.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("clientKey longer than "
                    + (ReplyDraft.MAX_KEY_LENGTH - KEY_PREFIX.length()) + " characters");
        }
        Person colleague = directory.apply(message.personId()).orElseThrow(() -> new IllegalArgumentException(
                "nobody with id " + message.personId() + " is in the directory"));
        Address to = emailOf(colleague);
        ChannelConnector channel = emailChannel();
        ReceptionTemplate.Note note = template.render(new ReceptionTemplate.Fields(colleague.displayName(),
                message.callerName(), message.callerNumber().map(this::number).orElse(""), message.text(),
                message.callBack(), clock.instant(), takenBy()));
        return new NewOutbound(key, channel.id(), MediaType.EMAIL, to, colleague.displayName(),
                note.subject(), note.body(), Map.of(KIND_KEY, KIND_TAKEN_MESSAGE, "samklang.person", colleague.id()),
                true);
    }

    private static Address emailOf(Person colleague) {
        if (colleague.email().isBlank()) {
            throw new IllegalArgumentException(colleague.displayName() + " has no e-mail address in the directory");
        }
        try {
            return Address.mailto(colleague.email());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the e-mail address of " + colleague.displayName()
                    + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** A connected e-mail channel, preferring one that may start conversations; stable choice by channel id. */
    private ChannelConnector emailChannel() {
        return connectors.all().stream()
                .filter(connector -> connector.mediaType() == MediaType.EMAIL)
                .min(Comparator.comparing((ChannelConnector c) -> !c.capabilities().canStartConversation())
                        .thenComparing(ChannelConnector::id))
                .orElseThrow(() -> new IllegalStateException("no e-mail channel is connected, so the message"
                        + " cannot be sent; write it down and try again when e-mail is back"));
    }

    /** The number in E.164 when it can be read as one, else as typed (the template cleans it). */
    private String number(String typed) {
        NormalizedAddress normalized = numbers.normalize(RawAddress.of(Address.Scheme.TEL, typed));
        return normalized.resolved() && !normalized.withheld() ? normalized.address().value() : typed;
    }

    private String takenBy() {
        String id = signedInPersonId;
        return id.isEmpty() ? "" : directory.apply(id).map(Person::displayName).orElse("");
    }
}

package org.samklang.sandbox.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.InboundUpdate;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.PluginState;
import org.samklang.core.spi.RawAddress;

/**
 * A sandbox channel instance as the core's plugin host drives it: started with a context, fed by the simulated
 * network, stopped. Plain objects, no framework.
 */
class SandboxChannelInstanceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** Acknowledges every item as stored and remembers it. */
    private static final class Sink implements InboundSink {

        final List<InboundMessage> handedIn = new ArrayList<>();

        @Override
        public synchronized CompletableFuture<InboundReceipt> accept(InboundMessage message) {
            handedIn.add(message);
            return CompletableFuture.completedFuture(InboundReceipt.of(InboundReceipt.Status.STORED,
                    new MessageId(handedIn.size()), new ConversationId(1), ""));
        }

        @Override
        public CompletableFuture<ChangeReceipt> update(InboundUpdate update) {
            return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("the sandbox channel edits nothing"));
        }

        @Override
        public CompletableFuture<ChangeReceipt> retract(InboundRetraction retraction) {
            return CompletableFuture.completedFuture(ChangeReceipt.unknownItem("the sandbox channel retracts nothing"));
        }

        @Override
        public CompletableFuture<DeliveryReceipt.Outcome> acceptReceipt(DeliveryReceipt receipt) {
            return CompletableFuture.completedFuture(DeliveryReceipt.Outcome.UNKNOWN_MESSAGE);
        }

        synchronized List<String> remoteIds() {
            return handedIn.stream().map(InboundMessage::remoteId).toList();
        }
    }

    private final SandboxLines lines = new SandboxLines();
    private final Sink sink = new Sink();

    @Test
    void aFollowUpOnAThreadNoInstanceCarried_goesToAnInstanceOfItsMedium_andTheRestOfTheBatchToo() {
        SandboxChannelInstance mail = started("email.support", "email");

        lines.deliver(List.of(mail("m1").threadKey("<thread-nobody-saw@example.se>").build(), mail("m2").build()));
        lines.pump(NOW);

        assertEquals(List.of("m1", "m2"), sink.remoteIds());
    }

    @Test
    void aStoppedInstance_handsNothingMoreIn_itsQueuedTrafficWaitsForTheNext_andItKeepsItsId() {
        SandboxChannelInstance first = started("email.support", "email");
        lines.deliver(List.of(mail("m1").build()));

        first.stop();
        lines.pump(NOW);

        assertEquals(List.of(), sink.remoteIds());
        assertEquals(1, lines.waitingFor(MediaType.EMAIL));
        assertEquals("email.support", first.id());
        assertEquals(ConnectorHealth.Status.OFFLINE, first.health().status());

        started("email.other", "email");
        lines.pump(NOW);
        assertEquals(List.of("m1"), sink.remoteIds());
    }

    private SandboxChannelInstance started(String instanceId, String media) {
        SandboxChannelInstance instance = new SandboxChannelInstance();
        instance.setLines(lines);
        ConnectorConfiguration configuration = ConnectorConfiguration.of(
                new SandboxChannelType().settings(Locale.ENGLISH), Map.of(SandboxChannelType.MEDIA, media));
        instance.start(new Context(instanceId, configuration, sink));
        return instance;
    }

    private static InboundMessage.Builder mail(String remoteId) {
        return InboundMessage.builder("email.support", MediaType.EMAIL, remoteId,
                RawAddress.of(Address.Scheme.MAILTO, "anna@example.se"), NOW).subject("Order " + remoteId);
    }

    /** The context a plugin host gives, with a sink that is not bound to the instance (the host's is). */
    private record Context(String instanceId, ConnectorConfiguration configuration, InboundSink inbound)
            implements
                PluginContext {

        @Override
        public Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public PluginState state() {
            return new PluginState() {

                @Override
                public Optional<String> get(String key) {
                    return Optional.empty();
                }

                @Override
                public Map<String, String> all() {
                    return Map.of();
                }

                @Override
                public CompletableFuture<Void> put(String key, String value) {
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public CompletableFuture<Void> remove(String key) {
                    return CompletableFuture.completedFuture(null);
                }
            };
        }
    }
}

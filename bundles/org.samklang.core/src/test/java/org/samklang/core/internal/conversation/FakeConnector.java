package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

/**
 * An in-memory channel: records every send attempt and answers with scripted results (by default "sent", with
 * remote id {@code remote-<key>}). Thread-safe enough for tests (synchronized).
 */
public final class FakeConnector implements ChannelConnector {

    private final String channelId;
    private final MediaType mediaType;
    private final Deque<Function<OutboundMessage, SendResult>> script = new ArrayDeque<>();
    private final List<OutboundMessage> attempts = new ArrayList<>();
    private final List<SendAttempt> sendAttempts = new ArrayList<>();
    private volatile ChannelCapabilities capabilities = ChannelCapabilities.plainText();
    private volatile ConnectorHealth health = ConnectorHealth.online(Instant.EPOCH);

    public FakeConnector(String channelId, MediaType mediaType) {
        this.channelId = channelId;
        this.mediaType = mediaType;
    }

    /** The next attempt answers {@code result}. */
    public synchronized FakeConnector thenAnswer(SendResult result) {
        script.add(message -> result);
        return this;
    }

    /** The next attempt runs {@code behaviour} (e.g. throws). */
    public synchronized FakeConnector thenDo(Function<OutboundMessage, SendResult> behaviour) {
        script.add(behaviour);
        return this;
    }

    public void setCapabilities(ChannelCapabilities value) {
        capabilities = value;
    }

    public void setHealth(ConnectorHealth value) {
        health = value;
    }

    public synchronized List<OutboundMessage> attempts() {
        return List.copyOf(attempts);
    }

    /** {@return what the core said about each attempt, in the order of {@link #attempts()}} */
    public synchronized List<SendAttempt> sendAttempts() {
        return List.copyOf(sendAttempts);
    }

    @Override
    public String id() {
        return channelId;
    }

    @Override
    public MediaType mediaType() {
        return mediaType;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public ConnectorHealth health() {
        return health;
    }

    @Override
    public SendResult send(OutboundMessage message, SendAttempt attempt) {
        Function<OutboundMessage, SendResult> next;
        synchronized (this) {
            attempts.add(message);
            sendAttempts.add(attempt);
            next = script.poll();
        }
        return next != null ? next.apply(message) : SendResult.sent("remote-" + message.idempotencyKey());
    }
}

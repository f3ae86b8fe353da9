package org.samklang.core.internal.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.RichBody;
import org.samklang.core.internal.identity.AddressNormalizer;
import org.samklang.core.internal.identity.NormalizedAddress;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * Checks and caps an {@link InboundMessage} before it reaches the writer, on the plugin's thread so the single
 * writer only does database work.
 * <p>
 * Policy: ids that cannot be used (too long) are rejected, because cutting them would break dedup. Everything else is
 * kept and normalised: texts are cut at {@link #MAX_TEXT} characters and flagged, excess thread keys, metadata and
 * attachments are dropped, a received-at more than an hour in the future is replaced by the engine clock. Each
 * normalisation is written into the receipt's detail and the log, so a hostile or broken message is visible but
 * never crashes the engine.
 */
final class InboundPreparer {

    static final int MAX_TEXT = 1 << 20;
    static final int MAX_SUBJECT = 2_000;
    static final int MAX_ID = 1_000;
    static final int MAX_CHANNEL_ID = 200;
    static final int MAX_THREAD_KEYS = 50;
    static final int MAX_LIST_ITEMS = 100;
    static final int MAX_METADATA = 200;
    static final int MAX_METADATA_KEY = 200;
    static final int MAX_METADATA_VALUE = 8_192;
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private final AddressNormalizer normalizer;

    InboundPreparer(AddressNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The prepared message, or the reason it is refused. */
    Result prepare(InboundMessage message, Instant now) {
        if (message == null) {
            return Result.rejected("no message (null)");
        }
        if (message.channelId().length() > MAX_CHANNEL_ID || message.remoteId().length() > MAX_ID) {
            return Result.rejected("channel id or remote id too long (max " + MAX_CHANNEL_ID + " / " + MAX_ID
                    + " characters)");
        }
        List<String> notes = new ArrayList<>();
        NormalizedAddress from = normalizer.normalize(message.from());
        from.problem().ifPresent(problem -> notes.add("sender address kept unresolved: " + problem));
        Cut text = cut(message.text(), MAX_TEXT, "text", notes);
        Cut subject = cut(message.subject(), MAX_SUBJECT, "subject", notes);
        Optional<Cut> richCut = message.richBody().map(body -> cut(body.content(), MAX_TEXT, "rich body", notes));
        Optional<RichBody> rich = richCut.map(kept -> new RichBody(message.richBody().get().mimeType(),
                kept.value()));
        boolean truncated = text.truncated() || subject.truncated() || richCut.map(Cut::truncated).orElse(false);
        return Result.prepared(new PreparedInbound(message.channelId(), message.mediaType(), message.remoteId(),
                threadKeys(message.threadKeys(), notes), from, recipients(message.to(), notes), subject.value(),
                text.value(), rich, limit(message.attachments(), MAX_LIST_ITEMS, "attachments", notes),
                metadata(message.metadata(), notes), occurredAt(message.receivedAt(), now, notes), truncated,
                List.copyOf(notes)));
    }

    private List<Address> recipients(List<RawAddress> raw, List<String> notes) {
        return limit(raw, MAX_LIST_ITEMS, "recipients", notes).stream()
                .map(address -> normalizer.normalize(address).address()).toList();
    }

    private static List<String> threadKeys(List<String> keys, List<String> notes) {
        List<String> usable = keys.stream().filter(key -> !key.isBlank() && key.length() <= MAX_ID).toList();
        if (usable.size() < keys.size()) {
            notes.add("ignored " + (keys.size() - usable.size()) + " blank or over-long thread keys");
        }
        return limit(usable, MAX_THREAD_KEYS, "thread keys", notes);
    }

    private static Map<String, String> metadata(Map<String, String> metadata, List<String> notes) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (kept.size() == MAX_METADATA || entry.getKey().length() > MAX_METADATA_KEY) {
                continue;
            }
            String value = entry.getValue();
            kept.put(entry.getKey(), value.length() > MAX_METADATA_VALUE ? cutAt(value, MAX_METADATA_VALUE) : value);
        }
        if (kept.size() < metadata.size()) {
            notes.add("dropped " + (metadata.size() - kept.size()) + " metadata entries (too many or key too long)");
        }
        return kept;
    }

    private static Instant occurredAt(Instant receivedAt, Instant now, List<String> notes) {
        if (receivedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            notes.add("received-at " + receivedAt + " lies in the future; using " + now);
            return now;
        }
        return receivedAt;
    }

    private static <T> List<T> limit(List<T> items, int max, String what, List<String> notes) {
        if (items.size() <= max) {
            return items;
        }
        notes.add("kept the first " + max + " of " + items.size() + " " + what);
        return items.subList(0, max);
    }

    private static Cut cut(String value, int max, String what, List<String> notes) {
        if (value.length() <= max) {
            return new Cut(value, false);
        }
        notes.add(what + " cut from " + value.length() + " to " + max + " characters");
        return new Cut(cutAt(value, max), true);
    }

    /** Cuts without splitting a surrogate pair. */
    static String cutAt(String value, int max) {
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private record Cut(String value, boolean truncated) {
    }

    /** Either a prepared message or a rejection reason. */
    record Result(PreparedInbound prepared, String rejection) {

        static Result prepared(PreparedInbound message) {
            return new Result(message, null);
        }

        static Result rejected(String reason) {
            return new Result(null, reason);
        }
    }
}

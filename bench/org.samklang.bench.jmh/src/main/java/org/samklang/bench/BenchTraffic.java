package org.samklang.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * Synthetic inbound traffic for the benchmarks, reproducible from a seed.
 * <p>
 * {@link Shape#THREADS} models a contact center: about 2,000 conversations are active at any time, each gets a few
 * to fifteen messages (e-mail replies carry In-Reply-To, chat and SMS lines do not) and then ends; 70 % of new
 * conversations come from new customers, 30 % from returning ones. {@link Shape#UNIFORM} is the worst case for the
 * store: every message comes from a customer drawn uniformly from 50,000, so no index page stays hot.
 */
public final class BenchTraffic {

    /** How messages are spread over customers. */
    public enum Shape {
        THREADS, UNIFORM
    }

    /** One generated message and where it sits in its thread. */
    record Item(InboundMessage message, boolean firstOfThread, boolean lastOfThread) {
    }

    private static final int ACTIVE_THREADS = 2_000;
    private static final int UNIFORM_CUSTOMERS = 50_000;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] WORDS = ("order leverans faktura retur paket kund hjälp betalning konto adress"
            + " beställning kvitto spårning försenad skadad byte återbetalning abonnemang uppsägning lösenord"
            + " inloggning mobil surfplatta dator skrivare router avgift rabatt kampanj garanti reklamation"
            + " reservdel öppettider butik Göteborg Stockholm Malmö Umeå Luleå tack hej vänliga hälsningar")
            .split(" ");

    private final Random random;
    private final Shape shape;
    private final int[] customer = new int[ACTIVE_THREADS];
    private final int[] left = new int[ACTIVE_THREADS];
    private final int[] channel = new int[ACTIVE_THREADS];
    private final String[] lastRemoteId = new String[ACTIVE_THREADS];
    private int customers;
    private long sequence;

    BenchTraffic(long seed, Shape shape) {
        this.random = new Random(seed);
        this.shape = shape;
    }

    Item next() {
        sequence++;
        return shape == Shape.UNIFORM ? uniform() : threaded();
    }

    /** How many distinct customers the traffic has used so far ({@link Shape#THREADS}). */
    int customers() {
        return customers;
    }

    private Item uniform() {
        int who = random.nextInt(UNIFORM_CUSTOMERS);
        return new Item(message(0, who, "<u" + sequence + "@bench.samklang>", null), false, false);
    }

    private Item threaded() {
        int slot = random.nextInt(ACTIVE_THREADS);
        boolean first = left[slot] <= 0;
        if (first) {
            customer[slot] = customers > 0 && random.nextInt(10) < 3 ? random.nextInt(customers) : customers++;
            left[slot] = 1 + random.nextInt(15);
            channel[slot] = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
            lastRemoteId[slot] = null;
        }
        String remoteId = "<t" + sequence + "." + Long.toHexString(random.nextLong()) + "@bench.samklang>";
        InboundMessage message = message(channel[slot], customer[slot], remoteId, lastRemoteId[slot]);
        lastRemoteId[slot] = remoteId;
        left[slot]--;
        return new Item(message, first, left[slot] == 0);
    }

    private InboundMessage message(int kind, int who, String remoteId, String inReplyTo) {
        Instant at = START.plus(Duration.ofSeconds(30 * sequence));
        InboundMessage.Builder builder = switch (kind) {
            case 0 -> InboundMessage.builder("email.bench", MediaType.EMAIL, remoteId,
                    RawAddress.of(Address.Scheme.MAILTO, "kund" + who + "@example.se"), at).subject(words(4));
            case 1 -> InboundMessage.builder("chat.bench", MediaType.CHAT, remoteId,
                    RawAddress.of(Address.Scheme.TEL, phone(who)), at);
            default -> InboundMessage.builder("sms.bench", MediaType.CHAT, remoteId,
                    RawAddress.of(Address.Scheme.TEL, phone(who)), at);
        };
        if (kind == 0 && inReplyTo != null) {
            builder.threadKey(inReplyTo);
        }
        return builder.text(words(8 + random.nextInt(30))).build();
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** A valid Swedish mobile number per customer (070 range). */
    static String phone(int who) {
        return String.format("+4670%07d", who % 10_000_000);
    }
}

package org.samklang.sandbox.internal.pbx;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samklang.sandbox.internal.Dice;

/**
 * When each colleague is on the phone, the same for the same seed: people in customer service, sales and the
 * switchboard take many short calls, others a few. The PBX shows a colleague on a call only if the directory says
 * they are free when it starts, so nobody on vacation or in a meeting is ever on the phone.
 */
final class ColleagueCalls {

    /** A call [start, end). */
    record Call(Instant start, Instant end) {
    }

    private final long seed;
    private final ZoneId zone;
    private final Map<String, List<Call>> cache = new HashMap<>();
    private LocalDate cachedDay;

    ColleagueCalls(long seed, ZoneId zone) {
        this.seed = seed;
        this.zone = zone;
    }

    /** {@return the call the person is in at {@code at}, or null} Not thread-safe; the PBX's lock guards it. */
    Call callAt(String personId, boolean busyPhone, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        if (!day.equals(cachedDay)) {
            cache.clear();
            cachedDay = day;
        }
        List<Call> calls = cache.computeIfAbsent(personId, id -> plan(id, busyPhone, day));
        for (Call call : calls) {
            if (!at.isBefore(call.start()) && at.isBefore(call.end())) {
                return call;
            }
        }
        return null;
    }

    private List<Call> plan(String personId, boolean busyPhone, LocalDate day) {
        Dice dice = new Dice(seed, "colleague-calls:" + personId + ":" + day);
        int count = busyPhone ? dice.between(8, 20) : dice.between(0, 4);
        int maxMinutes = busyPhone ? 9 : 15;
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant()
                    .plusSeconds(30L * dice.between(0, 18 * 60 - 1));
            Instant end = start.plus(Duration.ofSeconds(dice.between(90, maxMinutes * 60)));
            if (calls.stream().noneMatch(call -> start.isBefore(call.end()) && call.start().isBefore(end))) {
                calls.add(new Call(start, end));
            }
        }
        return calls;
    }
}

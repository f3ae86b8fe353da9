package org.samklang.sandbox.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;

class SandboxTrafficTest {

    private static List<String> fingerprint(List<InboundMessage> messages) {
        return messages.stream().map(m -> m.remoteId() + "|" + m.from() + "|" + m.text().hashCode()).toList();
    }

    @Test
    void theSameSeed_givesTheSameTraffic_andAnotherSeedOther() {
        TrafficRun first = new TrafficRun(7, TrafficSettings.defaults()).run(Duration.ofHours(6),
                Duration.ofMinutes(1));
        TrafficRun again = new TrafficRun(7, TrafficSettings.defaults()).run(Duration.ofHours(6),
                Duration.ofSeconds(37));
        TrafficRun other = new TrafficRun(8, TrafficSettings.defaults()).run(Duration.ofHours(6),
                Duration.ofMinutes(1));

        assertEquals(fingerprint(first.received), fingerprint(again.received), "however often due() is called");
        assertNotEquals(fingerprint(first.received), fingerprint(other.received));
    }

    @Test
    void trafficAfterTheDeskRestarted_neverReusesARemoteIdOfTheRunBefore() {
        // The desk seeds its traffic with the time it started; the core drops an id it stored before as a duplicate.
        long firstStart = TrafficRun.START.toEpochMilli();
        TrafficRun before = new TrafficRun(firstStart, TrafficSettings.defaults()).run(Duration.ofHours(3),
                Duration.ofMinutes(1));
        TrafficRun after = new TrafficRun(firstStart + Duration.ofMinutes(5).toMillis(), TrafficSettings.defaults())
                .run(Duration.ofHours(3), Duration.ofMinutes(1));

        Set<String> reused = after.received.stream().map(InboundMessage::remoteId)
                .collect(Collectors.toCollection(HashSet::new));
        reused.retainAll(before.received.stream().map(InboundMessage::remoteId).toList());
        Set<String> reusedCalls = after.rung.stream().map(CallEvent::callId)
                .collect(Collectors.toCollection(HashSet::new));
        reusedCalls.retainAll(before.rung.stream().map(CallEvent::callId).toList());

        assertTrue(after.received.size() > 50, "the second run made traffic: " + after.received.size());
        assertEquals(Set.of(), reused);
        assertEquals(Set.of(), reusedCalls);
    }

    @Test
    void overAMorning_allFourChannelsCarryTraffic_atAboutTheConfiguredRate() {
        TrafficRun run = new TrafficRun(7, TrafficSettings.defaults()).run(Duration.ofHours(4), Duration.ofMinutes(1));

        Map<MediaType, Long> byType = run.received.stream()
                .collect(Collectors.groupingBy(InboundMessage::mediaType, () -> new EnumMap<>(MediaType.class),
                        Collectors.counting()));
        if (!run.rung.isEmpty()) {
            byType.put(MediaType.VOICE, (long) run.rung.size()); // calls reach the core through the PBX
        }
        assertEquals(Set.of(MediaType.values()), byType.keySet(), byType.toString());
        long contacts = run.traffic.contactsMade();
        double expected = 4 * TrafficSettings.defaults().contactsPerHour();
        assertTrue(contacts > expected * 0.7 && contacts < expected * 1.3, "contacts in 4 h: " + contacts);
    }

    @Test
    void trafficOnlyOnSomeChannels_ringsNoCall_andKeepsTheOthers() {
        TrafficSettings noCalls = TrafficSettings.defaults().withRate(300)
                .onlyOn(Set.of(MediaType.EMAIL, MediaType.CHAT, MediaType.SOCIAL));
        TrafficRun run = new TrafficRun(7, noCalls).run(Duration.ofHours(3), Duration.ofMinutes(1));

        assertTrue(run.rung.isEmpty(), "calls rung: " + run.rung.size());
        Set<MediaType> carried = run.received.stream().map(InboundMessage::mediaType)
                .collect(Collectors.toCollection(HashSet::new));
        assertEquals(Set.of(MediaType.EMAIL, MediaType.CHAT, MediaType.SOCIAL), carried);
    }

    @Test
    void aChangedRate_appliesToContactsAfterItsStart() {
        TrafficRun run = new TrafficRun(3, TrafficSettings.defaults().withRate(3000));
        run.traffic.changeRate(TrafficRun.START.plus(Duration.ofHours(1)), 30);

        long firstHour = run.run(Duration.ofHours(1), Duration.ofMinutes(1)).traffic.contactsMade();
        long secondHour = run.run(Duration.ofHours(1), Duration.ofMinutes(1)).traffic.contactsMade() - firstHour;

        assertTrue(firstHour > 2400 && firstHour < 3600, "first hour at 3000/h: " + firstHour);
        assertTrue(secondHour < 60, "second hour at 30/h: " + secondHour);
    }

    @Test
    void aHigherRate_makesProportionallyMoreContacts() {
        long slow = new TrafficRun(3, TrafficSettings.defaults().withRate(30)).run(Duration.ofHours(3),
                Duration.ofMinutes(1)).traffic.contactsMade();
        long fast = new TrafficRun(3, TrafficSettings.defaults().withRate(300)).run(Duration.ofHours(3),
                Duration.ofMinutes(1)).traffic.contactsMade();
        assertTrue(fast > slow * 7 && fast < slow * 13, "30/h gave " + slow + ", 300/h gave " + fast);
    }

    @Test
    void threadKeys_pointAtEarlierItemsOfTheSameChannel() {
        TrafficRun run = new TrafficRun(7, TrafficSettings.defaults()).run(Duration.ofHours(8), Duration.ofMinutes(1));

        Set<String> seen = new HashSet<>();
        Map<MediaType, Integer> threaded = new EnumMap<>(MediaType.class);
        for (InboundMessage message : run.received) {
            for (String key : message.threadKeys()) {
                assertTrue(seen.contains(message.channelId() + "|" + key), message.remoteId() + " names " + key);
            }
            if (!message.threadKeys().isEmpty()) {
                threaded.merge(message.mediaType(), 1, Integer::sum);
            }
            assertTrue(seen.add(message.channelId() + "|" + message.remoteId()), "repeated " + message.remoteId());
        }
        assertTrue(threaded.getOrDefault(MediaType.EMAIL, 0) > 10, "e-mail follow-ups: " + threaded);
        assertTrue(threaded.getOrDefault(MediaType.CHAT, 0) > 20, "chat lines: " + threaded);
        assertTrue(threaded.getOrDefault(MediaType.SOCIAL, 0) > 0, "social threads: " + threaded);
    }

    @Test
    void mostSendersAreCrmCustomers_soTheScreenPopFindsThem_butNotAll() {
        TrafficRun run = new TrafficRun(7, TrafficSettings.defaults()).run(Duration.ofHours(6), Duration.ofMinutes(1));

        long known = run.received.stream().filter(m -> m.metadata().get("sandbox.hostile") == null)
                .filter(m -> TrafficRun.canonical(m.from()).map(a -> !TrafficRun.crm().ownersOf(a).isEmpty())
                        .orElse(false))
                .count();
        long withAddress = run.received.stream().filter(m -> !m.from().text().isEmpty()).count();
        double share = (double) known / withAddress;
        assertTrue(share > 0.6 && share < 0.97, "share of known senders: " + share);
    }

    @Test
    void everyCall_isRungAtThePbx_andLeftToItToReport_soTheTrafficMakesNoPhoneItems() {
        TrafficRun run = new TrafficRun(7, TrafficSettings.defaults()).run(Duration.ofHours(3), Duration.ofMinutes(1));

        assertFalse(run.rung.isEmpty());
        assertTrue(run.received.stream().noneMatch(m -> m.mediaType() == MediaType.VOICE));
        assertEquals(run.rung.size(), run.rung.stream().map(CallEvent.Ringing::callId).distinct().count());
        assertTrue(run.rung.stream().allMatch(r -> "queue:kundtjanst".equals(r.calledNumber())));
    }

    @Test
    void itemsAreReturnedOnce_neverBeforeTheirTime_andAClockGoingBackGetsNothing() {
        TrafficRun run = new TrafficRun(7, TrafficSettings.defaults());
        Instant now = run.clock.advance(Duration.ofHours(2));
        List<InboundMessage> first = run.traffic.due(now);

        assertFalse(first.isEmpty());
        assertTrue(first.stream().allMatch(m -> !m.receivedAt().isAfter(now)));
        assertEquals(List.of(), run.traffic.due(now));
        assertEquals(List.of(), run.traffic.due(now.minus(Duration.ofHours(1))));
        assertTrue(run.traffic.nextDue().isAfter(now));
    }

    @Test
    void afterALongSleep_oldContactsAreSkipped_notFlooded() {
        TrafficRun run = new TrafficRun(7, TrafficSettings.defaults());
        Instant now = run.clock.advance(Duration.ofHours(10));

        List<InboundMessage> due = run.traffic.due(now);

        double older = (10 - 0.5) * TrafficSettings.defaults().contactsPerHour();
        assertTrue(run.traffic.contactsSkipped() > older * 0.7, "skipped " + run.traffic.contactsSkipped());
        Instant oldest = now.minus(TrafficSettings.defaults().catchUp());
        assertTrue(due.stream().allMatch(m -> !m.receivedAt().isBefore(oldest)));
        assertTrue(due.size() < 100, "due after sleep: " + due.size());
    }
}

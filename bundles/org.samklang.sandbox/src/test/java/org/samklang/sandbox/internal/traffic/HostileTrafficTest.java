package org.samklang.sandbox.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;

class HostileTrafficTest {

    private final TrafficRun run = new TrafficRun(11, TrafficSettings.defaults().withRate(600))
            .run(Duration.ofHours(1), Duration.ofMinutes(1));

    private List<InboundMessage> hostile(HostileKind kind) {
        return run.received.stream().filter(m -> kind.name().equals(m.metadata().get("sandbox.hostile"))).toList();
    }

    @Test
    void everyKindOfHostileContentArrives_rarely_onItsOwnChannel() {
        Map<String, Long> kinds = run.received.stream().filter(m -> m.metadata().containsKey("sandbox.hostile"))
                .collect(Collectors.groupingBy(m -> m.metadata().get("sandbox.hostile"), Collectors.counting()));
        Set<HostileKind> seen = EnumSet.noneOf(HostileKind.class);
        kinds.keySet().forEach(name -> seen.add(HostileKind.valueOf(name)));

        assertEquals(EnumSet.allOf(HostileKind.class), seen);
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total <= run.traffic.contactsMade() / 40 + 1, "hostile " + total + " of "
                + run.traffic.contactsMade());
        for (HostileKind kind : HostileKind.values()) {
            assertTrue(hostile(kind).stream().allMatch(m -> m.mediaType() == kind.channel()), kind.name());
        }
    }

    @Test
    void theScriptTag_isInTheTextAndTheHtml() {
        InboundMessage mail = hostile(HostileKind.SCRIPT_TAG).get(0);
        assertTrue(mail.text().contains("<script>"));
        assertTrue(mail.richBody().orElseThrow().content().contains("onerror="));
        assertTrue(mail.subject().contains("<script>"));
    }

    @Test
    void zeroWidthCharacters_hideInTheNameSubjectTextAndAddress() {
        InboundMessage mail = hostile(HostileKind.ZERO_WIDTH).get(0);
        assertTrue(mail.subject().contains("\u200B") && mail.text().contains("\u200B"));
        assertTrue(mail.from().text().contains("\u200B"), mail.from().text());
    }

    @Test
    void rightToLeftText_andControlCharacters_reachTheChat() {
        InboundMessage rtl = hostile(HostileKind.RIGHT_TO_LEFT).get(0);
        assertTrue(rtl.from().displayName().contains("\u202E") && rtl.text().contains("\u202E"));
        assertTrue(rtl.text().codePoints()
                .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC));
        InboundMessage control = hostile(HostileKind.CONTROL_CHARACTERS).get(0);
        assertTrue(control.text().contains("\u0000") && control.text().contains("\u001B["));
    }

    @Test
    void aVeryLongMessage_andAnEmojiStorm_arrive() {
        assertTrue(hostile(HostileKind.VERY_LONG).get(0).text().length() >= HostileContent.VERY_LONG_LENGTH);
        InboundMessage emoji = hostile(HostileKind.EMOJI).get(0);
        assertEquals(MediaType.SOCIAL, emoji.mediaType());
        assertTrue(emoji.text().contains("\u200D"), "a zero-width joiner sequence");
        assertTrue(emoji.text().codePoints().filter(c -> c > 0xFFFF).count() >= 10, "emoji beyond the BMP");
    }

    @Test
    void ordinaryPublicPosts_fitIn280Characters() {
        assertTrue(run.received.stream().filter(m -> m.remoteId().startsWith("post:"))
                .filter(m -> !m.metadata().containsKey("sandbox.hostile"))
                .allMatch(m -> m.text().length() <= 280));
    }

    @Test
    void withHostileEveryZero_nothingHostileArrives() {
        TrafficSettings calm = new TrafficSettings(600, TrafficSettings.defaults().channelWeights(), 0.1, 0.3, 0.3, 0,
                Duration.ofMinutes(30));
        TrafficRun quiet = new TrafficRun(11, calm).run(Duration.ofHours(1), Duration.ofMinutes(1));
        assertTrue(quiet.received.stream().noneMatch(m -> m.metadata().containsKey("sandbox.hostile")));
        assertTrue(quiet.received.size() > 500);
    }
}

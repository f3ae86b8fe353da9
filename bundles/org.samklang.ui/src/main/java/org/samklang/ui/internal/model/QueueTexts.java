package org.samklang.ui.internal.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.api.model.QueueFigures;

/**
 * The queue strip and overflow lines of the presence part: per queue waiting, longest wait, service level against
 * its target (coloured when below) and agents ready; per active overflow "Sales → partner since 10:42" (a named
 * partner group: "Sales → partner acme since 10:42").
 * Thread-safe.
 */
public final class QueueTexts {

    /** Points below target that still count as "at risk" (amber) rather than "missed" (red). */
    static final double AT_RISK_POINTS = 10.0;
    private static final int MAX_NAME = 40;
    /** The partner group routing.json's default overflow goes to. */
    private static final String DEFAULT_PARTNER_GROUP = "partner";

    private final UiMessages messages;
    private final TimeTexts times;
    private final Durations durations;

    public QueueTexts(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.times = times;
        this.durations = new Durations(messages);
    }

    /** {@return the block for one queue} */
    public QueueBlock block(QueueFigures figures) {
        String name = name(figures);
        String title = messages.format("queue.title", ChannelTexts.glyph(figures.mediaType()), name);
        String waiting = figures.waiting() == 0
                ? messages.format("queue.waiting.none")
                : messages.format("queue.waiting", figures.waiting(), Durations.clock(figures.longestWait()));
        String serviceLevel = figures.serviceLevelPercent().isPresent()
                ? messages.format("queue.sl", Math.floor(figures.serviceLevelPercent().getAsDouble()),
                        figures.targetPercent())
                : messages.format("queue.sl.none", figures.targetPercent());
        String ready = messages.format("queue.ready", figures.agentsReady());
        return new QueueBlock(figures.queueId(), title, waiting, serviceLevel, ready, tooltip(figures),
                serviceLevelTone(figures));
    }

    /** {@return one line per active overflow of every queue, in queue order} */
    public List<String> overflowLines(List<QueueFigures> queues) {
        Map<String, String> names = new HashMap<>();
        queues.forEach(figures -> names.put(figures.queueId(), name(figures)));
        List<String> lines = new ArrayList<>();
        for (QueueFigures figures : queues) {
            for (OverflowState overflow : figures.overflows()) {
                lines.add(messages.format("overflow.line", name(figures), target(overflow, names),
                        times.moment(overflow.since()), overflow.contacts()));
            }
        }
        return lines;
    }

    /** {@return the colour class of a queue's service level} */
    public static Tone serviceLevelTone(QueueFigures figures) {
        if (figures.serviceLevelPercent().isEmpty()) {
            return Tone.MUTED;
        }
        double level = figures.serviceLevelPercent().getAsDouble();
        if (level >= figures.targetPercent()) {
            return Tone.GOOD;
        }
        return level >= figures.targetPercent() - AT_RISK_POINTS ? Tone.WARNING : Tone.ERROR;
    }

    private String tooltip(QueueFigures figures) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("queue.tip.target", figures.targetPercent(),
                durations.compact(figures.targetTime()),
                messages.format("queue.variant." + UiMessages.keyOf(figures.variant()))));
        if (figures.agentsRinging() > 0) {
            lines.add(messages.format("queue.tip.ringing", figures.agentsReady(), figures.agentsRinging()));
        }
        figures.averageSpeedOfAnswer().ifPresent(d -> lines.add(messages.format("queue.tip.asa", clock(d))));
        figures.averageHandleTime().ifPresent(d -> lines.add(messages.format("queue.tip.aht", clock(d))));
        figures.firstResponseTime().ifPresent(d -> lines.add(messages.format("queue.tip.frt", durations.compact(d))));
        lines.add(messages.format("queue.tip.asOf", times.moment(figures.asOf())));
        return String.join("\n", lines);
    }

    private String target(OverflowState overflow, Map<String, String> names) {
        Optional<String> target = overflow.targetId().map(id -> DisplayText.oneLine(id, MAX_NAME));
        return switch (overflow.kind()) {
            case QUEUE -> names.getOrDefault(overflow.targetId().orElseThrow(), target.orElseThrow());
            // The default partner group is called "partner": naming it after the kind would say it twice.
            case PARTNER -> target.filter(group -> !group.equalsIgnoreCase(DEFAULT_PARTNER_GROUP))
                    .map(group -> messages.format("overflow.partner.group", group))
                    .orElseGet(() -> messages.format("overflow.partner"));
            case VOICEMAIL -> messages.format("overflow.voicemail");
            case CALLBACK -> messages.format("overflow.callback");
        };
    }

    private static String clock(Duration duration) {
        return Durations.clock(duration);
    }

    /** {@return the queue's name; an unnamed queue (the desk's defaults) is named by its media type} */
    private String name(QueueFigures figures) {
        String name = DisplayText.oneLine(figures.name(), MAX_NAME);
        return name.isEmpty() ? new ChannelTexts(messages).name(figures.mediaType()) : name;
    }
}

package org.samklang.ui.internal.reception.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.Substitute;
import org.samklang.ui.internal.model.DisplayText;
import org.samklang.ui.internal.model.Durations;
import org.samklang.ui.internal.model.PresenceTexts;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The reception part's texts: result rows, the selected person's detail, and the desk call line. Presence is only
 * ever read from the public {@link PresenceView}, so a private reason (sick) shows as its alias ("Unavailable").
 * Pure and thread-safe.
 */
public final class ReceptionTexts {

    private static final int MAX_NAME = 80;
    private static final String STAR = "\u2605 ";
    private static final String PHONE = "\u260E ";

    private final UiMessages messages;
    private final PresenceTexts presence;
    private final TimeTexts times;

    public ReceptionTexts(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.times = times;
        this.presence = new PresenceTexts(messages, times);
    }

    public UiMessages messages() {
        return messages;
    }

    /** {@return the table row for a hit} */
    public ResultRow row(PersonSearchHit hit, boolean favourite) {
        Person person = hit.person();
        PresenceView view = hit.presence();
        String name = DisplayText.oneLine(person.displayName(), MAX_NAME);
        return new ResultRow(person.id(), favourite, PresenceTexts.dot(view.state()), PresenceTexts.tone(view.state()),
                favourite ? STAR + name : name, DisplayText.oneLine(person.department(), MAX_NAME),
                presence.state(view.state()), reason(view.reason()), backAt(view), next(view), person.extension());
    }

    /** {@return the row shown while a page is loading} */
    public String[] placeholderCells() {
        return new String[]{"", messages.format("reception.row.loading"), "", "", "", "", "", ""};
    }

    /** {@return the column headers in {@link ResultRow.Column} order} */
    public String[] headers() {
        List<String> headers = new ArrayList<>();
        for (ResultRow.Column column : ResultRow.Column.values()) {
            headers.add(messages.format("reception.column." + UiMessages.keyOf(column)));
        }
        return headers.toArray(String[]::new);
    }

    /** {@return the detail pane for a person, their presence and who else can help} */
    public PersonDetail detail(Person person, PresenceView view, List<Substitute> helpers) {
        String subtitle = person.title().isEmpty() || person.department().isEmpty()
                ? person.title() + person.department()
                : messages.format("reception.detail.subtitle", person.title(), person.department());
        String state = view.reason() == PresenceReason.NONE
                ? presence.state(view.state())
                : messages.format("presence.stateWithReason", presence.state(view.state()), reason(view.reason()));
        String backAt = view.until() == null
                ? ""
                : messages.format("reception.detail.backAt", times.until(view.until()), next(view));
        List<HelperRow> rows = helpers.stream().map(helper -> helper(helper, helpers)).toList();
        return new PersonDetail(person, PresenceTexts.dot(view.state()), PresenceTexts.tone(view.state()),
                DisplayText.oneLine(person.displayName(), MAX_NAME), DisplayText.oneLine(subtitle, 2 * MAX_NAME),
                state, backAt, phones(person), rows);
    }

    private HelperRow helper(Substitute substitute, List<Substitute> all) {
        PresenceView view = substitute.presence();
        String relation = switch (substitute.relation()) {
            case SUBSTITUTE -> messages.format("reception.helper.substitute");
            case SUBSTITUTE_OF_SUBSTITUTE -> messages.format("reception.helper.via", viaName(substitute.via(), all));
            case SAME_GROUP -> messages.format("reception.helper.group", DisplayText.oneLine(substitute.via(), 60));
        };
        return new HelperRow(substitute.person(), PresenceTexts.dot(view.state()), PresenceTexts.tone(view.state()),
                DisplayText.oneLine(substitute.person().displayName(), MAX_NAME),
                presence.colleague(view, Optional.empty()), relation, substitute.person().extension());
    }

    /** The via of a substitute's substitute is a person id; it is one of the substitutes listed before it. */
    private static String viaName(String via, List<Substitute> all) {
        String name = all.stream().map(Substitute::person).filter(p -> p.id().equals(via)).findFirst()
                .map(Person::displayName).orElse(via);
        return DisplayText.oneLine(name, 60);
    }

    /** {@return "Ext. 1234 · Mobile +467… · mail", leaving out what the person lacks} */
    public String phones(Person person) {
        List<String> parts = new ArrayList<>();
        if (!person.extension().isEmpty()) {
            parts.add(messages.format("reception.detail.extension", person.extension()));
        }
        if (!person.mobile().isEmpty()) {
            parts.add(messages.format("reception.detail.mobile", person.mobile()));
        }
        if (!person.email().isEmpty()) {
            parts.add(person.email());
        }
        return parts.isEmpty() ? messages.format("reception.detail.noPhone") : String.join(" \u00B7 ", parts);
    }

    /**
     * {@return the desk call line for the call a transfer would move among {@code calls}, telling how many other
     * calls ring meanwhile, so a second caller is never forgotten behind the first}
     */
    public CallLine callLine(List<DeskCall> calls, boolean telephonyPresent, Instant now) {
        Optional<DeskCall> current = currentCall(calls);
        CallLine line = callLine(current, telephonyPresent, now);
        long othersRinging = calls.stream().filter(c -> c.state() == CallState.RINGING)
                .filter(c -> current.isEmpty() || !c.callId().equals(current.get().callId())).count();
        if (!telephonyPresent || othersRinging == 0) {
            return line;
        }
        return new CallLine(line.call(), line.text() + messages.format("reception.call.othersRinging", othersRinging),
                line.tone());
    }

    /** {@return the desk call line for the call a transfer would move, or why there is none} */
    public CallLine callLine(Optional<DeskCall> call, boolean telephonyPresent, Instant now) {
        if (!telephonyPresent) {
            return new CallLine(Optional.empty(), messages.format("reception.call.noTelephony"), Tone.MUTED);
        }
        if (call.isEmpty()) {
            return new CallLine(Optional.empty(), messages.format("reception.call.none"), Tone.MUTED);
        }
        DeskCall desk = call.get();
        String caller = desk.caller().map(Address::value).map(v -> DisplayText.oneLine(v, 40))
                .orElse(messages.format("reception.call.withheld"));
        Instant since = desk.answeredAt().orElse(desk.ringingSince());
        String elapsed = Durations.clock(Duration.between(since, now));
        String text = switch (desk.state()) {
            case CONSULTING -> messages.format("reception.call.consulting", caller,
                    DisplayText.oneLine(desk.transferTarget().orElse("?"), 60), elapsed);
            default -> messages.format("reception.call.line", caller,
                    messages.format("reception.call.state." + UiMessages.keyOf(desk.state())), elapsed);
        };
        Tone tone = switch (desk.state()) {
            case CONNECTED -> Tone.GOOD;
            case RINGING, CONSULTING, ON_HOLD -> Tone.WARNING;
            default -> Tone.MUTED;
        };
        return new CallLine(call, PHONE + text, tone);
    }

    /**
     * {@return the call a transfer or a message is about: a consultation in progress first, then the call being
     * talked to, then one on hold, then one ringing; calls in wrap-up or ended are not transferable}
     */
    public static Optional<DeskCall> currentCall(List<DeskCall> calls) {
        for (CallState wanted : List.of(CallState.CONSULTING, CallState.CONNECTED, CallState.ON_HOLD,
                CallState.RINGING)) {
            for (DeskCall call : calls) {
                if (call.state() == wanted) {
                    return Optional.of(call);
                }
            }
        }
        return Optional.empty();
    }

    private String reason(PresenceReason reason) {
        return reason == PresenceReason.NONE ? "" : presence.reason(reason.publicAlias());
    }

    private String backAt(PresenceView view) {
        return view.until() == null ? "" : times.until(view.until());
    }

    private String next(PresenceView view) {
        if (view.next() == null) {
            return "";
        }
        return view.nextReason() == PresenceReason.NONE || view.next() == PresenceState.AVAILABLE
                ? presence.state(view.next())
                : messages.format("presence.stateWithReason", presence.state(view.next()),
                        presence.reason(view.nextReason().publicAlias()));
    }
}

package org.samklang.sandbox.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.PhoneNumbers;
import org.samklang.sandbox.internal.channels.SandboxChannels;
import org.samklang.sandbox.internal.crm.SandboxCrm;
import org.samklang.sandbox.internal.erp.SandboxErp;

/** A sandbox traffic generator driven by a manual clock, with what it produced so far. */
final class TrafficRun {

    static final Instant START = ManualClock.WEDNESDAY_MORNING;
    private static final SandboxCrm CRM = new SandboxCrm(42, new ManualClock(START));
    private static final SandboxErp ERP = new SandboxErp(CRM.customers(), 42, new ManualClock(START));

    final ManualClock clock = new ManualClock(START);
    final List<CallEvent.Ringing> rung = new ArrayList<>();
    final List<InboundMessage> received = new ArrayList<>();
    final SandboxChannels channels = new SandboxChannels(42, clock);
    final SandboxTraffic traffic;

    TrafficRun(long seed, TrafficSettings settings) {
        traffic = new SandboxTraffic(CRM, ERP, rung::add, Optional.of(channels), settings, seed, START);
    }

    static SandboxCrm crm() {
        return CRM;
    }

    /** Moves the clock in steps and collects what falls due. */
    TrafficRun run(Duration total, Duration step) {
        Instant end = clock.instant().plus(total);
        while (clock.instant().isBefore(end)) {
            received.addAll(traffic.due(clock.advance(step)));
        }
        return this;
    }

    /** {@return the canonical address the core would make of a raw one, for the simple cases the sandbox sends} */
    static Optional<Address> canonical(RawAddress raw) {
        String text = raw.text().strip();
        int open = text.indexOf('<');
        if (open >= 0) {
            text = text.substring(open + 1, text.indexOf('>', open));
        }
        try {
            return switch (raw.scheme()) {
                case TEL -> Optional.ofNullable(PhoneNumbers.e164(text)).map(Address::tel);
                case MAILTO -> Optional.of(Address.mailto(text.toLowerCase(Locale.ROOT)));
                case SOCIAL -> Optional.of(new Address(Address.Scheme.SOCIAL,
                        text.replace(":@", ":").toLowerCase(Locale.ROOT)));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

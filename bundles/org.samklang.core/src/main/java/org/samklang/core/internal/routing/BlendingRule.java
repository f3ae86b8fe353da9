package org.samklang.core.internal.routing;

import java.util.Objects;
import java.util.Set;

import org.samklang.core.api.model.MediaType;

/**
 * When a queue's service level is "at risk", so that blend-eligible agents busy with other work may be
 * offered its contacts (the {@link InterruptMatrix.Interruption#WHEN_BLENDING} cells), and when it has
 * recovered. Evaluated on every {@link RoutingCommand.Tick}.
 * <p>
 * At risk when the longest wait exceeds {@code atRiskWaitShare} of the target time T, or, with
 * {@code useServiceLevel}, when the running interval's service level is below the goal over at least
 * {@code minimumContacts} contacts. Recovered (hysteresis, so agents do not flap between channels) only when
 * the longest wait is at most {@code recoveredWaitShare} of T and, with {@code useServiceLevel}, the service
 * level is at least the goal plus {@code recoveryMarginPercent} or still has too few contacts to judge.
 *
 * @param appliesTo             media types whose queues blend; default voice only
 * @param atRiskWaitShare       e.g. 0.5: at risk when the longest wait is over 50 % of T
 * @param recoveredWaitShare    e.g. 0.25: recovered when the longest wait is at most 25 % of T; not above
 *                              {@code atRiskWaitShare}
 * @param useServiceLevel       whether the interval's service level also counts
 * @param minimumContacts       contacts needed before the service level is trusted
 * @param recoveryMarginPercent percentage points above the goal needed to recover
 */
public record BlendingRule(Set<MediaType> appliesTo, double atRiskWaitShare, double recoveredWaitShare,
        boolean useServiceLevel, int minimumContacts, double recoveryMarginPercent) {

    public BlendingRule {
        appliesTo = Set.copyOf(Objects.requireNonNull(appliesTo, "appliesTo"));
        if (!(atRiskWaitShare > 0) || !(recoveredWaitShare >= 0) || recoveredWaitShare > atRiskWaitShare) {
            throw new IllegalArgumentException("blending needs 0 <= recoveredWaitShare <= atRiskWaitShare and "
                    + "atRiskWaitShare > 0, was " + recoveredWaitShare + " and " + atRiskWaitShare);
        }
        if (minimumContacts < 1) {
            throw new IllegalArgumentException("minimumContacts must be at least 1, was " + minimumContacts);
        }
        if (!(recoveryMarginPercent >= 0)) {
            throw new IllegalArgumentException("recoveryMarginPercent must not be negative, was "
                    + recoveryMarginPercent);
        }
    }

    /** Voice only; at risk over 50 % of T, recovered at 25 %; service level counts from 10 contacts, +5 pp. */
    public static BlendingRule defaults() {
        return new BlendingRule(Set.of(MediaType.VOICE), 0.5, 0.25, true, 10, 5.0);
    }
}

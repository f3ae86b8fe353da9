package org.samklang.core.internal.outbox;

import org.samklang.core.api.model.DeliveryState;

/**
 * Which delivery-state changes a receipt may make. Receipts come out of order (a DELIVERED receipt can beat the
 * outbox's own SENT record), so a receipt applies only when it moves the message forward; FAILED yields to
 * DELIVERED or READ because the remote knows best, and UNCERTAIN (the channel could not tell) yields to any receipt.
 */
final class DeliveryTransitions {

    private DeliveryTransitions() {
    }

    static boolean receiptMayMove(DeliveryState current, DeliveryState next) {
        if (current == DeliveryState.RECEIVED) {
            return false;
        }
        if (current == DeliveryState.UNCERTAIN) {
            return next != DeliveryState.UNCERTAIN;
        }
        if (next == DeliveryState.FAILED) {
            return current.isPending() || current == DeliveryState.SENT;
        }
        if (current == DeliveryState.FAILED) {
            return next == DeliveryState.DELIVERED || next == DeliveryState.READ;
        }
        return rank(next) > rank(current);
    }

    private static int rank(DeliveryState state) {
        return switch (state) {
            case QUEUED, SENDING -> 0;
            case SENT -> 1;
            case DELIVERED -> 2;
            case READ -> 3;
            case FAILED, RECEIVED, UNCERTAIN -> -1;
        };
    }
}

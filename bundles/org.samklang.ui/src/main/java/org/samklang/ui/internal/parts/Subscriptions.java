package org.samklang.ui.internal.parts;

/** Ends a service subscription of a part; a service that is going away may fail to, which is logged, not thrown. */
final class Subscriptions {

    private Subscriptions() {
    }

    /** Closes {@code subscription} (nothing when null); {@code what} names it in the log line if closing fails. */
    static void close(AutoCloseable subscription, String what) {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            System.getLogger(Subscriptions.class.getName()).log(System.Logger.Level.WARNING,
                    "closing the " + what + " subscription failed", e);
        }
    }
}

package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;
import java.time.Duration;

/**
 * What a Test connection found: whether the plugin reached its remote with the settings given, and in words a user
 * or admin can act on what happened ("Signed in to imap.example.com:993 as support@example.com", "could not connect
 * to imap.example.com:993: connection refused").
 *
 * @param succeeded whether the remote answered as it should with these settings
 * @param message   what happened, in the locale the test was asked in; never blank
 * @param took      how long the test took, as the core measured it ({@link Duration#ZERO} when not measured)
 */
public record ConnectionTestResult(boolean succeeded, String message, Duration took) {

    public ConnectionTestResult {
        Checks.notBlank(message, "message");
        Checks.notNull(took, "took");
        if (took.isNegative()) {
            throw new IllegalArgumentException("took must not be negative: " + took);
        }
    }

    /** The remote answered as it should. */
    public static ConnectionTestResult succeeded(String message) {
        return new ConnectionTestResult(true, message, Duration.ZERO);
    }

    /** The remote could not be reached or refused the settings; {@code message} says which and why. */
    public static ConnectionTestResult failed(String message) {
        return new ConnectionTestResult(false, message, Duration.ZERO);
    }

    /** {@return this result with the time the core measured} */
    public ConnectionTestResult took(Duration measured) {
        return new ConnectionTestResult(succeeded, message, measured);
    }
}

package org.samklang.core.spi;

import org.samklang.core.api.internal.Checks;

/**
 * Why a connector could not answer: the exception a plugin completes a future with when the remote is
 * unreachable, refuses the login or answers garbage. Never thrown by a plugin method itself.
 * <p>
 * The message is shown to users (status line, customer card placeholder), so it names the problem in their
 * words: "CRM did not answer within 5 s", "ERP login rejected: check the API key".
 */
public final class ConnectorFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    /**
     * A failure with its reason.
     *
     * @param reason    what went wrong, for a user or admin; not blank
     * @param retryable true if asking again later may work (offline, timeout, rate limit); false if it will not
     *                  until someone changes something (login rejected, unknown API version)
     */
    public ConnectorFailure(String reason, boolean retryable) {
        super(Checks.notBlank(reason, "reason"));
        this.retryable = retryable;
    }

    /** Same, keeping the underlying cause for the log. */
    public ConnectorFailure(String reason, boolean retryable, Throwable cause) {
        super(Checks.notBlank(reason, "reason"), cause);
        this.retryable = retryable;
    }

    /** {@return true if asking again later may succeed} */
    public boolean isRetryable() {
        return retryable;
    }
}

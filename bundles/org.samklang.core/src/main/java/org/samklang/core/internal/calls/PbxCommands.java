package org.samklang.core.internal.calls;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallOutcome.Problem;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.Telephony;

/**
 * Sends one call command to a {@link Telephony} connector on a worker thread and turns whatever happens into a
 * {@link CallOutcome}: accepted, refused with the PBX's reason, or unreachable when the connector fails, throws,
 * returns nothing or does not answer within the timeout. A connector that blocks holds only its worker thread.
 * Thread-safe.
 */
final class PbxCommands {

    private static final System.Logger LOG = System.getLogger(PbxCommands.class.getName());

    private final Executor workers;
    private final Deadlines deadlines;
    private final Duration timeout;

    PbxCommands(Executor workers, Deadlines deadlines, Duration timeout) {
        this.workers = workers;
        this.deadlines = deadlines;
        this.timeout = timeout;
    }

    /** {@return the outcome of {@code command} ("answer call c1") sent through {@code op}; never fails} */
    CompletableFuture<CallOutcome> send(Telephony telephony, String command,
            Function<Telephony, CompletableFuture<CallControlResult>> op) {
        CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();
        deadlines.after(timeout, () -> {
            if (outcome.complete(new CallOutcome.Unreachable(Problem.PBX_TIMEOUT,
                    Long.toString(timeout.toSeconds())))) {
                LOG.log(Level.WARNING, "{0}: no answer from {1} within {2}", command, name(telephony), timeout);
            }
        });
        try {
            workers.execute(() -> call(telephony, command, op, outcome));
        } catch (RejectedExecutionException e) {
            outcome.complete(new CallOutcome.Unreachable(Problem.SHUTTING_DOWN));
        }
        return outcome;
    }

    private static void call(Telephony telephony, String command,
            Function<Telephony, CompletableFuture<CallControlResult>> op, CompletableFuture<CallOutcome> outcome) {
        CompletableFuture<CallControlResult> answer;
        try {
            answer = op.apply(telephony);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, command + ": " + name(telephony) + " threw instead of answering", e);
            outcome.complete(new CallOutcome.Unreachable(Problem.PBX_FAILED, describe(e)));
            return;
        }
        if (answer == null) {
            LOG.log(Level.WARNING, "{0}: {1} returned no answer", command, name(telephony));
            outcome.complete(new CallOutcome.Unreachable(Problem.PBX_NO_ANSWER));
            return;
        }
        answer.whenComplete((result, error) -> outcome.complete(outcomeOf(command, telephony, result, error)));
    }

    private static CallOutcome outcomeOf(String command, Telephony telephony, CallControlResult result,
            Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error;
            LOG.log(Level.WARNING, "{0}: {1} failed: {2}", command, name(telephony), cause.toString());
            return new CallOutcome.Unreachable(Problem.PBX_FAILED, describe(cause));
        }
        return switch (result) {
            case CallControlResult.Accepted accepted -> new CallOutcome.Done();
            case CallControlResult.Refused refused -> new CallOutcome.Refused(Problem.PBX_REFUSED, refused.reason());
            case null -> new CallOutcome.Unreachable(Problem.PBX_NO_ANSWER);
        };
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    static String name(Telephony telephony) {
        try {
            return telephony.id();
        } catch (RuntimeException e) {
            return telephony.getClass().getName();
        }
    }
}

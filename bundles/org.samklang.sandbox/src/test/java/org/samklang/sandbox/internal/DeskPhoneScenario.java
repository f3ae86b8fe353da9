package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.samklang.core.api.CallService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.PageRequest;
import org.samklang.sandbox.internal.crm.SandboxCrm;
import org.samklang.sandbox.internal.traffic.ControlFiles;

/**
 * The desk phone end to end inside OSGi: a control file rings the desk with a CRM customer's number, the
 * {@link CallService} pops the call with its conversation and customer, and answer, hang-up and wrap-up land in
 * the journal as messages of that conversation. Used by {@code SandboxDeskIT}.
 */
final class DeskPhoneScenario {

    private final CallService calls;
    private final ConversationService conversations;
    private final long waitSeconds;

    DeskPhoneScenario(CallService calls, ConversationService conversations, long waitSeconds) {
        this.calls = calls;
        this.conversations = conversations;
        this.waitSeconds = waitSeconds;
    }

    void run() throws Exception {
        String number = crmNumber();
        DeskCall popped = awaitCall(call -> call.caller().equals(java.util.Optional.of(Address.tel(number)))
                && call.state() == CallState.RINGING && call.customerId().isPresent(), () -> ring(number));
        String callId = popped.callId();
        Customer customer = conversations.customer(popped.customerId().get()).orElseThrow();
        assertTrue(customer.addresses().contains(Address.tel(number)), "popped customer " + customer);

        done(calls.answer(callId));
        awaitCall(call -> call.callId().equals(callId) && call.state() == CallState.CONNECTED, () -> {
        });
        done(calls.hangUp(callId));
        awaitCall(call -> call.callId().equals(callId) && call.state() == CallState.WRAP_UP, () -> {
        });
        done(calls.wrapUp(callId, calls.wrapUpCodes().get(0).code()));
        assertTrue(calls.call(callId).isEmpty(), "the call left the desk after wrap-up");

        List<String> filed = conversations.messages(popped.conversationId().get(), PageRequest.first(50)).items()
                .stream().map(Message::metadata).filter(m -> callId.equals(m.get("call.id")))
                .map(m -> m.get("call.event")).toList();
        assertTrue(filed.containsAll(List.of("ringing", "answered", "ended", "wrap-up")), "journalled: " + filed);
    }

    static String crmNumber() {
        SandboxCrm crm = new SandboxCrm(SandboxWorld.DATA_SEED, Clock.systemUTC());
        return crm.customers().stream().flatMap(c -> c.addresses().stream())
                .filter(a -> a.scheme() == Address.Scheme.TEL).findFirst().orElseThrow().value();
    }

    static void ring(String number) {
        try {
            // The sandbox reads the folder the property first named, so every ring of this run goes there.
            String named = System.getProperty(ControlFiles.PROPERTY);
            Path directory = named != null ? Path.of(named) : Files.createTempDirectory("samklang-control");
            System.setProperty(ControlFiles.PROPERTY, directory.toString());
            String name = "ring-" + System.nanoTime();
            Path draft = Files.writeString(directory.resolve(name + ".tmp"), "ring " + number + "\n");
            Files.move(draft, directory.resolve(name + ".cmd"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Subscribes, then acts, then waits for the first change (or current call) that matches. */
    private DeskCall awaitCall(Predicate<DeskCall> wanted, Runnable action) throws Exception {
        CompletableFuture<DeskCall> seen = new CompletableFuture<>();
        CallService.Subscription subscription = calls.subscribe(call -> {
            if (wanted.test(call)) {
                seen.complete(call);
            }
        });
        try {
            action.run();
            calls.calls().stream().filter(wanted).findFirst().ifPresent(seen::complete);
            return seen.get(waitSeconds, TimeUnit.SECONDS);
        } finally {
            subscription.close();
        }
    }

    private void done(CompletableFuture<CallOutcome> command) throws Exception {
        CallOutcome outcome = command.get(waitSeconds, TimeUnit.SECONDS);
        assertInstanceOf(CallOutcome.Done.class, outcome, outcome.toString());
        assertEquals(CallOutcome.Done.class, outcome.getClass());
    }
}

package org.samklang.core.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.internal.conversation.TestClock;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.spi.InboundMessage;

/** New customers known only by a number get their name from the CRM, once, and only from a clear match. */
class CustomerNamerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path data;
    private CoreEngine engine;
    private CustomerNamer namer;
    private final AtomicReference<CustomerNamer.Lookup> crm = new AtomicReference<>();
    private final List<Address> asked = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<JournalEvent.CustomerRenamed> renamed = new LinkedBlockingQueue<>();
    private JournalSubscription journal;

    @BeforeEach
    void openTheEngineWithANamer() {
        engine = CoreEngine.open(EngineConfig.defaults(data).withSenderLoop(false), new TestClock(T0));
        namer = new CustomerNamer(engine, () -> Optional.ofNullable(crm.get()));
        namer.start();
        journal = engine.subscribe(0, event -> {
            if (event instanceof JournalEvent.CustomerRenamed r) {
                renamed.add(r);
            }
        });
    }

    @AfterEach
    void close() {
        journal.close();
        namer.close();
        engine.close();
    }

    @Test
    void givenACallerTheCrmKnowsOnce_whenTheCustomerIsCreated_thenItIsNamedCleanlyAndJournalled() throws Exception {
        crmAnswers(Map.of("+46726754816", List.of(record("Kjell\u202E Persson\n"))));

        CustomerId kjell = customerOf(Inbound.sms("s1", "0726754816", "Ring mig", T0).build());

        JournalEvent.CustomerRenamed event = renamed.poll(10, TimeUnit.SECONDS);
        assertEquals(kjell, event.customerId());
        assertEquals("Kjell Persson", event.displayName(), "one line, no invisible characters");
        assertEquals("Kjell Persson", engine.customer(kjell).orElseThrow().displayName());
    }

    @Test
    void givenTwoRecordsOrNoneOrAFailingCrm_whenCustomersAreCreated_thenNoneIsNamed() throws Exception {
        crmAnswers(Map.of("+46701111111", List.of(record("Anna"), record("Bo"))));
        customerOf(Inbound.sms("s1", "0701111111", "Hej", T0).build());
        customerOf(Inbound.sms("s2", "0702222222", "Hej", T0).build()); // not in the CRM
        awaitAsked(2);
        crm.set(address -> {
            asked.add(address);
            return CompletableFuture.failedFuture(new IllegalStateException("CRM down"));
        });
        customerOf(Inbound.sms("s3", "0703333333", "Hej", T0).build());
        awaitAsked(3);
        crm.set(address -> {
            asked.add(address);
            throw new IllegalStateException("a plugin that throws instead of failing its future");
        });
        customerOf(Inbound.sms("s4", "0704444444", "Hej", T0).build());
        awaitAsked(4);
        // a last, clear match proves the namer is still working after all of that
        crmAnswers(Map.of("+46705555555", List.of(record("Eva"))));
        CustomerId eva = customerOf(Inbound.sms("s5", "0705555555", "Hej", T0).build());

        JournalEvent.CustomerRenamed event = renamed.poll(10, TimeUnit.SECONDS);
        assertEquals(eva, event.customerId(), "only the clear match was named");
        assertTrue(renamed.isEmpty());
        assertEquals(5, asked.size());
    }

    /** Waits (10 s at most) until the CRM was asked {@code count} times: lookups run on the namer's thread. */
    private void awaitAsked(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (asked.size() < count && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertEquals(count, asked.size(), "CRM lookups so far: " + asked);
    }

    @Test
    void givenACustomerAChannelAlreadyNamed_whenCreated_thenTheCrmIsNotAsked() throws Exception {
        crmAnswers(Map.of());
        customerOf(Inbound.email("<m1@x>", "Anna Lindqvist <anna@example.se>", "Order", T0, null).build());
        crmAnswers(Map.of("+46705555555", List.of(record("Eva"))));
        customerOf(Inbound.sms("s5", "0705555555", "Hej", T0).build());

        assertEquals("Eva", renamed.poll(10, TimeUnit.SECONDS).displayName()); // lookups run in order
        assertEquals(List.of(Address.tel("+46705555555")), asked, "Anna's e-mail named her; nobody asked the CRM");
    }

    @Test
    void givenANameThatArrivedMeanwhile_whenTheNamerSetsItsOwn_thenTheNewerNameIsKept() throws Exception {
        CustomerId someone = customerOf(Inbound.sms("s1", "0706666666", "Hej", T0).build());
        String unnamed = engine.customer(someone).orElseThrow().displayName();

        assertTrue(engine.nameCustomer(someone, unnamed, "Sara").get(10, TimeUnit.SECONDS));
        assertFalse(engine.nameCustomer(someone, unnamed, "Stale CRM name").get(10, TimeUnit.SECONDS));

        assertEquals("Sara", engine.customer(someone).orElseThrow().displayName());
    }

    private void crmAnswers(Map<String, List<CustomerRecord>> byNumber) {
        crm.set(address -> {
            asked.add(address);
            return CompletableFuture.completedFuture(byNumber.getOrDefault(address.value(), List.of()));
        });
    }

    private CustomerId customerOf(InboundMessage message) throws Exception {
        var receipt = engine.inbound().accept(message).get(30, TimeUnit.SECONDS);
        return engine.conversation(receipt.conversationId().orElseThrow()).orElseThrow().customerId();
    }

    private static CustomerRecord record(String name) {
        return new CustomerRecord("crm-" + Math.abs(name.hashCode()), name, "", "", "", "", false, new ArrayList<>(),
                Map.of(), Optional.empty());
    }
}

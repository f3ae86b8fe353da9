package org.samklang.core.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ContextSection;
import org.samklang.core.api.model.ContextSection.State;
import org.samklang.core.api.model.CustomerContext;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.CustomerLookupCapabilities;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.OrderHistoryCapabilities;
import org.samklang.core.spi.OrdersAndInvoices;

/**
 * A CRM that fails or does not answer gives the card a state and data, not an English sentence: the error's own
 * message or the seconds waited; the orders, which need the CRM's record, say they are blocked, not failed again.
 */
class ContextFailureTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenACrmThatFails_thenItsSectionHoldsTheErrorAndTheOrdersAreBlocked() {
        CustomerContext context = open(CompletableFuture.failedFuture(new ConnectorFailure("HTTP 503", true)));

        assertEquals(ContextSection.of(State.FAILED, "HTTP 503"), context.crm());
        assertEquals(State.BLOCKED, context.orders().state());
        assertEquals(State.BLOCKED, context.invoices().state());
    }

    @Test
    void givenACrmThatDoesNotAnswerInTime_thenItsSectionSaysHowLongItWaited() {
        CustomerContext context = open(CompletableFuture.failedFuture(new TimeoutException()));

        assertEquals(ContextSection.of(State.TIMED_OUT, Long.toString(CustomerContextAssembler.CONNECTOR_TIMEOUT
                .toSeconds())), context.crm());
        assertEquals(State.BLOCKED, context.orders().state());
    }

    @Test
    void givenNoCrmOrErp_thenTheSectionsSayNoSourceWithoutWords() {
        CustomerContextAssembler assembler = new CustomerContextAssembler(fixture.engine, Runnable::run,
                Locale.ENGLISH);
        try (var handle = assembler.open(Address.tel("+46701234567"), c -> {
        })) {
            assertEquals(ContextSection.of(State.NO_SOURCE, ""), handle.current().crm());
            assertEquals(ContextSection.of(State.NO_SOURCE, ""), handle.current().orders());
        }
    }

    private CustomerContext open(CompletableFuture<List<CustomerRecord>> answer) {
        CustomerContextAssembler assembler = new CustomerContextAssembler(fixture.engine, Runnable::run,
                Locale.ENGLISH);
        assembler.addDirectory(new Crm(answer));
        assembler.addOrderHistory(new Erp());
        try (var handle = assembler.open(Address.tel("+46701234567"), c -> {
        })) {
            return handle.current();
        }
    }

    /** A CRM that answers as the test says. */
    private record Crm(CompletableFuture<List<CustomerRecord>> answer) implements CustomerDirectory {

        @Override
        public String id() {
            return "crm.test";
        }

        @Override
        public String displayName() {
            return "Test CRM";
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.CRM;
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(Instant.EPOCH);
        }

        @Override
        public CustomerLookupCapabilities lookupCapabilities() {
            return new CustomerLookupCapabilities(Set.of(Address.Scheme.TEL), false, false);
        }

        @Override
        public CompletableFuture<List<CustomerRecord>> findByAddress(Address address, Locale locale) {
            return answer;
        }

        @Override
        public CompletableFuture<Optional<CustomerRecord>> findByExternalId(String externalId, Locale locale) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    /** An ERP that must never be asked: without a CRM record there is nothing to ask it. */
    private static final class Erp implements OrderHistory {

        @Override
        public String id() {
            return "erp.test";
        }

        @Override
        public String displayName() {
            return "Test ERP";
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.ERP;
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(Instant.EPOCH);
        }

        @Override
        public OrderHistoryCapabilities historyCapabilities() {
            throw new AssertionError("not asked");
        }

        @Override
        public CompletableFuture<OrdersAndInvoices> history(Set<String> customerExternalIds, int limit) {
            throw new AssertionError("not asked without a CRM record");
        }
    }
}

package org.samklang.core.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.CustomerLookupCapabilities;
import org.samklang.core.api.model.CustomerRecord;

/** The CRM is told the desk's language, so the customer card's labels come in the language of the desk. */
class CustomerContextLocaleTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAnEnglishDesk_whenACustomerCardOpens_thenTheCrmIsAskedInEnglish() throws Exception {
        CompletableFuture<Locale> asked = new CompletableFuture<>();
        CustomerContextAssembler assembler = new CustomerContextAssembler(fixture.engine, Runnable::run,
                Locale.ENGLISH);
        assembler.addDirectory(new AskedCrm(asked));

        assembler.open(Address.tel("+46701234567"), context -> {
        }).close();

        assertEquals(Locale.ENGLISH, asked.get(30, TimeUnit.SECONDS));
    }

    /** A CRM that remembers the language it was asked in and knows nobody. */
    private record AskedCrm(CompletableFuture<Locale> asked) implements CustomerDirectory {

        @Override
        public String id() {
            return "crm.asked";
        }

        @Override
        public String displayName() {
            return "Asked CRM";
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
            asked.complete(locale);
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<Optional<CustomerRecord>> findByExternalId(String externalId, Locale locale) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }
}

package org.samklang.sandbox.internal.crm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Address;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.CustomerLookupCapabilities;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.sandbox.internal.SandboxConnector;

/**
 * The sandbox CRM: about two thousand made-up Nordic customers, the same ones for the same seed, looked up by
 * phone, e-mail or social handle so the screen pop finds the callers of the sandbox traffic.
 * <p>
 * All data is generated in the constructor (a few milliseconds) and never changes; records are kept in Swedish
 * and a lookup relabels them in the language it asks for ({@link CrmLabels}). Thread-safe; lookups answer
 * from memory, after the delay set in the settings, or fail while the CRM is switched off there.
 */
public final class SandboxCrm extends SandboxConnector implements CustomerDirectory {

    /** The connector id. */
    public static final String ID = "crm.sandbox";
    /** How many customers the desktop's sandbox has. */
    public static final int DEFAULT_CUSTOMERS = 2_000;

    private final List<CustomerRecord> customers;
    private final Map<String, CustomerRecord> byExternalId = new HashMap<>();
    private final Map<Address, List<CustomerRecord>> byAddress = new HashMap<>();

    /** The sandbox CRM with {@value #DEFAULT_CUSTOMERS} customers. */
    public SandboxCrm(long seed, Clock clock) {
        this(seed, clock, DEFAULT_CUSTOMERS);
    }

    public SandboxCrm(long seed, Clock clock, int customerCount) {
        super(ID, "Sandbox CRM", ConnectorKind.CRM, clock);
        if (customerCount < 1 || customerCount > 100_000) {
            throw new IllegalArgumentException("customerCount must be 1..100000, got " + customerCount);
        }
        this.customers = new CustomerGenerator(seed).generate(customerCount);
        for (CustomerRecord customer : customers) {
            byExternalId.put(customer.externalId(), customer);
            customer.addresses()
                    .forEach(address -> byAddress.computeIfAbsent(address, key -> new ArrayList<>(1)).add(customer));
        }
    }

    /** {@return every customer, in external-id order} For the traffic generator and tests. */
    public List<CustomerRecord> customers() {
        return customers;
    }

    /** {@return the customers owning {@code address}, at once and whatever the settings say} */
    public List<CustomerRecord> ownersOf(Address address) {
        return address == null ? List.of() : List.copyOf(byAddress.getOrDefault(address, List.of()));
    }

    @Override
    public CustomerLookupCapabilities lookupCapabilities() {
        return new CustomerLookupCapabilities(Set.of(Address.Scheme.TEL, Address.Scheme.MAILTO,
                Address.Scheme.SOCIAL), true, true);
    }

    @Override
    public CompletableFuture<List<CustomerRecord>> findByAddress(Address address, Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        return remote.answer(() -> ownersOf(address).stream().map(record -> CrmLabels.in(record, language))
                .toList());
    }

    @Override
    public CompletableFuture<Optional<CustomerRecord>> findByExternalId(String externalId, Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        return remote.answer(() -> Optional.ofNullable(externalId == null ? null : byExternalId.get(externalId))
                .map(record -> CrmLabels.in(record, language)));
    }
}

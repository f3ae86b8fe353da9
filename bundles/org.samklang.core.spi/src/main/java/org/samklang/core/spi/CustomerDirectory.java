package org.samklang.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerRecord;

/**
 * A CRM connector: finds the customer record behind an address, for the screen pop and the customer card.
 * See {@link Connector} for the threading, timeout and error contract shared by all connectors.
 * <p>
 * <b>Threading.</b> The lookups are called on core worker threads, possibly concurrently; they return at once and
 * complete the future from the plugin's own threads. The core prefetches on ringing, so aim under 300 ms.
 * <p>
 * <b>Errors.</b> "Not found" is an empty list or empty optional, never a failure. A CRM that cannot be reached
 * completes exceptionally with a {@link ConnectorFailure}; the card then says the CRM is unavailable.
 * <p>
 * <b>Idempotency.</b> Lookups are read-only and may be repeated and cancelled freely.
 */
public interface CustomerDirectory extends Connector {

    /** What this CRM can look up; see {@link CustomerLookupCapabilities}. Non-blocking. */
    CustomerLookupCapabilities lookupCapabilities();

    /**
     * Finds the records that own a canonical address (several when, say, colleagues share a switchboard number).
     * An address of a scheme not in {@link CustomerLookupCapabilities#addressSchemes()} yields an empty list.
     * <p>
     * {@code locale} is the desk's language, as for {@link #settings(Locale)}: the records' field labels (and a
     * segment the CRM names in several languages) come in it where the CRM has them, else in the CRM's own
     * language. Field values are the CRM's data and are returned as stored.
     *
     * @return the matches, best first, at most 20; empty if none
     */
    CompletableFuture<List<CustomerRecord>> findByAddress(Address address, Locale locale);

    /**
     * Finds a record by the CRM's own id, labels in {@code locale} as for {@link #findByAddress}. Only called when
     * {@link CustomerLookupCapabilities#byExternalId()}; otherwise completes with empty.
     */
    CompletableFuture<Optional<CustomerRecord>> findByExternalId(String externalId, Locale locale);
}

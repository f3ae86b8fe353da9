package org.samklang.core.internal.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent.CustomerCreated;
import org.samklang.core.api.model.JournalEvent.CustomerRenamed;
import org.samklang.core.internal.store.SqlRows;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.internal.store.WriteTransaction;
import org.samklang.core.internal.store.WriterCache;

/**
 * Customers and their addresses in the store: resolving an address to its customer (creating one if new) and
 * reading customers back, following merges.
 * <p>
 * The writer's own lookups of an address's owner go through a bounded {@link WriterCache}; merges and splits call
 * {@link #forgetCached()}, and so does every rollback (see {@code CoreEngine}).
 */
public final class CustomerStore {

    private static final int CACHED_OWNERS = 16_384;

    private final WriterCache<String, CustomerId> owners = new WriterCache<>(CACHED_OWNERS);

    private static final String FIND_BY_ADDRESS = "SELECT customer_id FROM address WHERE uri = ?";
    private static final String NAME_IF_STILL = "UPDATE customer SET display_name = ? WHERE id = ?"
            + " AND display_name = ? AND merged_into IS NULL";
    private static final String INSERT_CUSTOMER = "INSERT INTO customer(display_name, created_at) VALUES (?, ?)"
            + " RETURNING id";
    private static final String INSERT_ADDRESS = "INSERT INTO address(uri, customer_id, added_at) VALUES (?, ?, ?)";
    private static final String READ_CUSTOMER = "SELECT display_name, created_at, merged_into FROM customer"
            + " WHERE id = ?";
    private static final String READ_ADDRESSES = "SELECT uri FROM address WHERE customer_id = ?"
            + " ORDER BY added_at, uri";

    /**
     * The customer owning {@code from}, created with the address if it is new. A withheld sender always gets a new
     * customer without an address.
     */
    public CustomerId resolve(WriteTransaction transaction, NormalizedAddress from) throws SQLException {
        if (!from.withheld()) {
            Optional<CustomerId> known = owner(transaction, from.address());
            if (known.isPresent()) {
                return known.get();
            }
        }
        CustomerId created = create(transaction, from.displayName());
        if (!from.withheld()) {
            addAddress(transaction, created, from.address());
        }
        return created;
    }

    /** A new customer without addresses, with its journal event. */
    public CustomerId create(WriteTransaction transaction, String displayName) throws SQLException {
        PreparedStatement insert = transaction.prepare(INSERT_CUSTOMER);
        insert.setString(1, displayName);
        insert.setLong(2, transaction.now().toEpochMilli());
        CustomerId id = new CustomerId(SqlRows.insertReturningId(insert));
        transaction.record(seq -> new CustomerCreated(seq, transaction.now(), id));
        return id;
    }

    /**
     * Names a customer whose name is still {@code unnamedAs} (compare and set: a name given meanwhile, by a channel
     * or a merge, is kept), with its journal event. {@return whether the name was set}
     */
    public boolean nameIfStill(WriteTransaction transaction, CustomerId id, String unnamedAs, String name)
            throws SQLException {
        PreparedStatement update = transaction.prepare(NAME_IF_STILL);
        update.setString(1, name);
        update.setLong(2, id.value());
        update.setString(3, unnamedAs);
        if (update.executeUpdate() == 0) {
            return false;
        }
        transaction.record(seq -> new CustomerRenamed(seq, transaction.now(), id, name));
        return true;
    }

    /** The owner of {@code address} as the writer sees it (cached). */
    public Optional<CustomerId> owner(WriteTransaction transaction, Address address) throws SQLException {
        Optional<CustomerId> cached = owners.get(address.uri());
        if (cached.isPresent()) {
            return cached;
        }
        Optional<CustomerId> found = findByAddress(transaction, address);
        found.ifPresent(id -> owners.put(address.uri(), id));
        return found;
    }

    /** Drops the writer's cached owners: after a merge, a split or a rollback. */
    public void forgetCached() {
        owners.clear();
    }

    public Optional<CustomerId> findByAddress(SqlSession session, Address address) throws SQLException {
        PreparedStatement query = session.prepare(FIND_BY_ADDRESS);
        query.setString(1, address.uri());
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(new CustomerId(row.getLong(1))) : Optional.empty();
        }
    }

    /** The customer, or the one it was merged into. */
    public Optional<Customer> read(SqlSession session, CustomerId id) throws SQLException {
        Optional<CustomerRow> row = readRow(session, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().mergedInto().isPresent()) {
            // Merges repoint every absorbed customer at the final survivor, so one hop is enough.
            return read(session, row.get().mergedInto().get());
        }
        return Optional.of(new Customer(id, row.get().displayName(), addresses(session, id),
                row.get().createdAt()));
    }

    /** The customer that now holds what {@code id} held (itself unless merged away); empty if unknown. */
    public Optional<CustomerId> current(SqlSession session, CustomerId id) throws SQLException {
        Optional<CustomerRow> row = readRow(session, id);
        return row.map(found -> found.mergedInto().orElse(id));
    }

    public List<Address> addresses(SqlSession session, CustomerId id) throws SQLException {
        PreparedStatement query = session.prepare(READ_ADDRESSES);
        query.setLong(1, id.value());
        List<Address> addresses = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                addresses.add(Address.parseUri(rows.getString(1)));
            }
        }
        return addresses;
    }

    void addAddress(WriteTransaction transaction, CustomerId customer, Address address) throws SQLException {
        PreparedStatement insert = transaction.prepare(INSERT_ADDRESS);
        insert.setString(1, address.uri());
        insert.setLong(2, customer.value());
        insert.setLong(3, transaction.now().toEpochMilli());
        insert.executeUpdate();
        owners.put(address.uri(), customer);
    }

    Optional<CustomerRow> readRow(SqlSession session, CustomerId id) throws SQLException {
        PreparedStatement query = session.prepare(READ_CUSTOMER);
        query.setLong(1, id.value());
        try (ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            Optional<CustomerId> merged = SqlRows.optionalLong(row, 3).map(CustomerId::new);
            return Optional.of(new CustomerRow(row.getString(1), Instant.ofEpochMilli(row.getLong(2)), merged));
        }
    }

    record CustomerRow(String displayName, Instant createdAt, Optional<CustomerId> mergedInto) {
    }
}

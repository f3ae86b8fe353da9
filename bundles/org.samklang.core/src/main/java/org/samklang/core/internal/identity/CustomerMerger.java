package org.samklang.core.internal.identity;

import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent.CustomerSplit;
import org.samklang.core.api.model.JournalEvent.CustomersMerged;
import org.samklang.core.internal.store.WriteTransaction;

/**
 * Merges and splits customers inside the writer's transaction. Rows are moved, never deleted, so nothing is lost;
 * an absorbed customer stays as a pointer to its survivor so old ids keep working.
 */
public final class CustomerMerger {

    private static final System.Logger LOG = System.getLogger(CustomerMerger.class.getName());

    private final CustomerStore customers;

    public CustomerMerger(CustomerStore customers) {
        this.customers = customers;
    }

    /**
     * Moves everything of {@code absorbed} to {@code survivor}; idempotent when already merged.
     *
     * @return the survivor's current id
     * @throws IllegalArgumentException for unknown ids or a customer merged with itself
     */
    public CustomerId merge(WriteTransaction transaction, CustomerId survivor, CustomerId absorbed)
            throws SQLException {
        if (survivor.equals(absorbed)) {
            throw new IllegalArgumentException("cannot merge " + survivor + " with itself");
        }
        CustomerId keep = known(transaction, survivor);
        CustomerId drop = known(transaction, absorbed);
        if (keep.equals(drop)) {
            LOG.log(Level.DEBUG, "{0} is already merged into {1}", absorbed, keep);
            return keep;
        }
        for (String table : List.of("address", "conversation", "message")) {
            update(transaction, "UPDATE " + table + " SET customer_id = ? WHERE customer_id = ?", keep, drop);
        }
        update(transaction, "UPDATE customer SET merged_into = ?1 WHERE id = ?2 OR merged_into = ?2", keep, drop);
        update(transaction, "UPDATE customer SET display_name = (SELECT display_name FROM customer WHERE id = ?2)"
                + " WHERE id = ?1 AND display_name = ''", keep, drop);
        customers.forgetCached();
        transaction.record(seq -> new CustomersMerged(seq, transaction.now(), keep, drop));
        return keep;
    }

    /**
     * Moves {@code addresses} and the conversations opened from them to a new customer.
     *
     * @return the new customer
     * @throws IllegalArgumentException if an address is not {@code source}'s, or no address would be left
     */
    public CustomerId split(WriteTransaction transaction, CustomerId source, Set<Address> addresses)
            throws SQLException {
        CustomerId from = known(transaction, source);
        List<Address> owned = customers.addresses(transaction, from);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("choose at least one address to split off");
        }
        for (Address address : addresses) {
            if (!owned.contains(address)) {
                throw new IllegalArgumentException(address + " does not belong to " + from);
            }
        }
        if (owned.size() == addresses.size()) {
            throw new IllegalArgumentException("a split must leave " + from + " at least one address");
        }
        CustomerId created = customers.create(transaction, "");
        List<Address> moved = owned.stream().filter(addresses::contains).toList();
        for (Address address : moved) {
            moveAddress(transaction, address, from, created);
        }
        customers.forgetCached();
        transaction.record(seq -> new CustomerSplit(seq, transaction.now(), from, created, moved));
        return created;
    }

    private void moveAddress(WriteTransaction transaction, Address address, CustomerId from, CustomerId to)
            throws SQLException {
        PreparedStatement moveAddress = transaction.prepare("UPDATE address SET customer_id = ? WHERE uri = ?");
        moveAddress.setLong(1, to.value());
        moveAddress.setString(2, address.uri());
        moveAddress.executeUpdate();
        PreparedStatement moveConversations = transaction.prepare(
                "UPDATE conversation SET customer_id = ? WHERE party = ? AND customer_id = ?");
        moveConversations.setLong(1, to.value());
        moveConversations.setString(2, address.uri());
        moveConversations.setLong(3, from.value());
        moveConversations.executeUpdate();
        PreparedStatement moveMessages = transaction.prepare("UPDATE message SET customer_id = ?1 WHERE customer_id"
                + " = ?3 AND conversation_id IN (SELECT id FROM conversation WHERE party = ?2 AND customer_id = ?1)");
        moveMessages.setLong(1, to.value());
        moveMessages.setString(2, address.uri());
        moveMessages.setLong(3, from.value());
        moveMessages.executeUpdate();
    }

    private CustomerId known(WriteTransaction transaction, CustomerId id) throws SQLException {
        Optional<CustomerId> current = customers.current(transaction, id);
        return current.orElseThrow(() -> new IllegalArgumentException("unknown customer " + id));
    }

    private static void update(WriteTransaction transaction, String sql, CustomerId first, CustomerId second)
            throws SQLException {
        PreparedStatement statement = transaction.prepare(sql);
        statement.setLong(1, first.value());
        statement.setLong(2, second.value());
        statement.executeUpdate();
    }
}

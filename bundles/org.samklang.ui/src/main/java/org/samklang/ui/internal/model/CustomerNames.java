package org.samklang.ui.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;

/**
 * Names customers for lists and headers: the display name a channel reported, else their first reachable address,
 * else "Unknown customer". Remembers recent answers because a list page names up to hundreds of customers and many
 * repeat.
 * <p>
 * Thread-safe; {@link #nameOf} reads the store and may block briefly, so it runs off the UI thread.
 */
public final class CustomerNames {

    private static final int MAX_NAME = 80;
    private static final int REMEMBERED = 2_000;

    private final ConversationService conversations;
    private final UiMessages messages;
    private final Map<CustomerId, String> recent = new LinkedHashMap<>(256, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<CustomerId, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    public CustomerNames(ConversationService conversations, UiMessages messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /** {@return the name to show for a customer; never blank} */
    public String nameOf(CustomerId id) {
        synchronized (recent) {
            String known = recent.get(id);
            if (known != null) {
                return known;
            }
        }
        String name = nameOf(conversations.customer(id));
        synchronized (recent) {
            recent.put(id, name);
        }
        return name;
    }

    /** {@return the name to show for a customer record, or "Unknown customer"} */
    public String nameOf(Optional<Customer> customer) {
        return customer.map(this::describe).orElseGet(() -> messages.format("customer.unknown"));
    }

    /** Forgets every remembered name, after customers were merged, split or renamed. */
    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }

    private String describe(Customer customer) {
        String name = DisplayText.oneLine(customer.displayName(), MAX_NAME);
        if (!name.isEmpty()) {
            return name;
        }
        return customer.addresses().stream()
                .filter(address -> address.scheme() != Address.Scheme.UNRESOLVED)
                .findFirst()
                .or(() -> customer.addresses().stream().findFirst())
                .map(address -> DisplayText.oneLine(address.value(), MAX_NAME))
                .filter(text -> !text.isEmpty())
                .orElseGet(() -> messages.format("customer.unknown"));
    }
}

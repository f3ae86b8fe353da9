package org.samklang.sandbox.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The sandbox's default instances: all on the first start; on a data directory made before the backends were
 * instances (its marker records the channels and the knowledge base), the four backends once; never again after.
 */
class SandboxDefaultsTest {

    private static final List<String> BACKENDS = List.of("org.samklang.sandbox.directory~presence.sandbox",
            "org.samklang.sandbox.pbx~telephony.sandbox", "org.samklang.sandbox.crm~crm.sandbox",
            "org.samklang.sandbox.erp~erp.sandbox");

    @Test
    void aNewDataDirectory_getsTheChannelsTheKnowledgeBaseAndTheFourBackends() {
        FakeAdmin admin = new FakeAdmin();

        start(admin);

        assertEquals(9, admin.made.size(), admin.made.toString());
        assertEquals(BACKENDS, admin.made.subList(5, 9));
    }

    @Test
    void anExistingDataDirectory_getsTheBackendsOnce_andRemovedOnesDoNotComeBack() {
        FakeAdmin admin = new FakeAdmin();
        admin.marker.put("defaultChannelsMade", "true");
        admin.marker.put("defaultKnowledgeMade", "true");

        start(admin);
        assertEquals(BACKENDS, admin.made);

        admin.made.clear();
        admin.factories.clear(); // the user removed them all
        start(admin);
        assertEquals(List.of(), admin.made);
    }

    /** What the component's activation runs on a thread of its own, here on the test's. */
    private static void start(FakeAdmin admin) {
        SandboxDefaults defaults = new SandboxDefaults();
        defaults.setConfigurationAdmin(admin.proxy());
        defaults.makeOnce();
    }

    /**
     * Configuration Admin in memory: factory configurations by "factoryPid~name", one marker configuration. Used on
     * one thread.
     */
    private static final class FakeAdmin {

        final Map<String, Dictionary<String, Object>> factories = new HashMap<>();
        final List<String> made = new ArrayList<>();
        final Hashtable<String, Object> marker = new Hashtable<>();

        ConfigurationAdmin proxy() {
            return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{ConfigurationAdmin.class}, (self, method, args) -> switch (method.getName()) {
                        case "getConfiguration" -> markerConfiguration();
                        case "getFactoryConfiguration" -> factoryConfiguration(args[0] + "~" + args[1]);
                        case "listConfigurations" -> listed((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Configuration[] listed(String filter) {
            String pid = filter.substring(filter.indexOf('=') + 1, filter.length() - 1);
            long count = factories.keySet().stream().filter(key -> key.startsWith(pid + "~")).count();
            return count == 0 ? null : new Configuration[(int) count];
        }

        private Configuration markerConfiguration() {
            return configuration(() -> marker.isEmpty() ? null : new Hashtable<>(marker), properties -> {
                marker.clear();
                java.util.Collections.list(properties.keys()).forEach(k -> marker.put(k, properties.get(k)));
            });
        }

        private Configuration factoryConfiguration(String key) {
            return configuration(() -> factories.get(key), properties -> {
                factories.put(key, properties);
                made.add(key);
            });
        }

        private static Configuration configuration(java.util.function.Supplier<Dictionary<String, Object>> read,
                java.util.function.Consumer<Dictionary<String, Object>> write) {
            return (Configuration) Proxy.newProxyInstance(FakeAdmin.class.getClassLoader(),
                    new Class<?>[]{Configuration.class}, (self, method, args) -> switch (method.getName()) {
                        case "getProperties" -> read.get();
                        case "update" -> {
                            @SuppressWarnings("unchecked")
                            Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
                            write.accept(properties);
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}

package org.samklang.core.internal.plugins;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.cm.ConfigurationAdmin;
import org.samklang.core.api.PluginSettingsException;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.internal.plugins.SecretStore.SecretStoreException;

/**
 * The desk's {@link PluginSettingsService}: instances in Configuration Admin, secrets in secure storage, states from
 * the {@link PluginHost}. Every request runs on one thread of its own, in the order asked, so two changes never
 * interleave (an id is never taken twice); futures complete on it.
 */
public final class DeskPluginSettings implements PluginSettingsService, AutoCloseable {

    private final PluginHost host;
    private final SecretStore secrets;
    private final PluginStore store;
    private final InstanceConfigurations configurations;
    private final InstanceViews views;
    private final InstanceEdits edits;
    private final ConnectionTests tests;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable hostSubscription;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("samklang-plugin-settings").factory());

    public DeskPluginSettings(PluginHost host, SecretStore secrets, PluginStore store, ConfigurationAdmin admin,
            Clock clock) {
        this.host = host;
        this.secrets = secrets;
        this.store = store;
        this.configurations = new InstanceConfigurations(admin);
        this.views = new InstanceViews(host, secrets, clock);
        this.edits = new InstanceEdits(host, secrets);
        this.tests = new ConnectionTests(host, secrets, clock, ConnectionTests.LIMIT);
        this.hostSubscription = host.subscribe(this::changed);
    }

    @Override
    public CompletableFuture<List<PluginTypeView>> types(Locale locale) {
        return run(() -> views.types(locale));
    }

    @Override
    public CompletableFuture<List<PluginInstanceView>> instances() {
        Locale locale = Locale.getDefault();
        return run(() -> configurations.all(this::known).stream().map(stored -> views.view(stored, locale))
                .sorted(Comparator.comparing(PluginInstanceView::displayName)).toList());
    }

    @Override
    public CompletableFuture<List<SettingProblem>> checkCreate(PluginInstanceEdit edit, Locale locale) {
        return run(() -> edits.check(edit, true, configurations, locale).problems());
    }

    @Override
    public CompletableFuture<List<SettingProblem>> checkUpdate(PluginInstanceEdit edit, Locale locale) {
        return run(() -> edits.check(edit, false, configurations, locale).problems());
    }

    @Override
    public CompletableFuture<PluginInstanceView> create(PluginInstanceEdit edit, Locale locale) {
        return run(() -> {
            InstanceEdits.Checked checked = accepted(edits.check(edit, true, configurations, locale));
            keepSecrets(edit.instanceId(), checked.secretChanges(), locale);
            try {
                configurations.create(edit.factoryPid(), edit.instanceId(), InstanceConfigurations.properties(
                        edit.instanceId(), edit.displayName(), edit.enabled(), checked.plain()));
            } catch (IOException | RuntimeException e) {
                secrets.forget(edit.instanceId());
                throw notSaved(e, locale);
            }
            return viewOf(edit.instanceId(), locale);
        });
    }

    @Override
    public CompletableFuture<PluginInstanceView> update(PluginInstanceEdit edit, Locale locale) {
        return run(() -> {
            InstanceEdits.Checked checked = accepted(edits.check(edit, false, configurations, locale));
            InstanceConfigurations.Stored stored = checked.existing().orElseThrow();
            keepSecrets(edit.instanceId(), checked.secretChanges(), locale);
            Map<String, Object> next = InstanceConfigurations.properties(edit.instanceId(), edit.displayName(),
                    edit.enabled(), checked.plain());
            try {
                if (sameSettings(stored, next)) {
                    if (!checked.secretChanges().isEmpty()) {
                        host.restart(stored.pid());
                    }
                } else {
                    configurations.update(stored, next);
                }
            } catch (IOException | RuntimeException e) {
                secrets.write(edit.instanceId(), checked.secretsBefore());
                throw notSaved(e, locale);
            }
            return viewOf(edit.instanceId(), locale);
        });
    }

    @Override
    public CompletableFuture<PluginInstanceView> duplicate(String instanceId, String newInstanceId,
            String newDisplayName, Locale locale) {
        return run(() -> {
            InstanceConfigurations.Stored source = existing(instanceId, locale);
            InstanceProperties properties = source.properties();
            PluginInstanceEdit copy = new PluginInstanceEdit(properties.factoryPid().orElse("?"), newInstanceId,
                    newDisplayName, false, properties.settings());
            InstanceEdits.Checked checked = accepted(edits.check(copy, true, configurations, locale));
            Map<String, String> copiedSecrets = new HashMap<>();
            for (String key : secrets.keys(instanceId)) {
                secrets.read(instanceId, key).ifPresent(value -> copiedSecrets.put(key, value));
            }
            keepSecrets(newInstanceId, copiedSecrets, locale);
            try {
                configurations.create(copy.factoryPid(), newInstanceId, InstanceConfigurations.properties(
                        newInstanceId, newDisplayName, false, checked.plain()));
            } catch (IOException | RuntimeException e) {
                secrets.forget(newInstanceId);
                throw notSaved(e, locale);
            }
            return viewOf(newInstanceId, locale);
        });
    }

    @Override
    public CompletableFuture<PluginInstanceView> setEnabled(String instanceId, boolean enabled, Locale locale) {
        return run(() -> {
            InstanceConfigurations.Stored stored = existing(instanceId, locale);
            InstanceProperties properties = stored.properties();
            try {
                configurations.update(stored, InstanceConfigurations.properties(instanceId,
                        properties.name().orElse(""), enabled, properties.settings()));
            } catch (IOException | RuntimeException e) {
                throw notSaved(e, locale);
            }
            return viewOf(instanceId, locale);
        });
    }

    @Override
    public CompletableFuture<Void> remove(String instanceId, Locale locale) {
        return run(() -> {
            InstanceConfigurations.Stored stored = existing(instanceId, locale);
            try {
                configurations.delete(stored);
            } catch (IOException | RuntimeException e) {
                throw notSaved(e, locale);
            }
            secrets.forget(instanceId);
            store.forget(instanceId);
            return null;
        });
    }

    @Override
    public CompletableFuture<ConnectionTestResult> testConnection(PluginInstanceEdit edit, Locale locale) {
        return run(() -> tests.prepare(edit, locale)).thenCompose(test -> test);
    }

    @Override
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Configuration Admin changed a configuration (also one without a running instance): tell the listeners. */
    public void configurationChanged() {
        changed();
    }

    @Override
    public void close() throws Exception {
        hostSubscription.close();
        worker.shutdownNow();
    }

    // ------------------------------------------------------------------ helpers

    /** A request's work; may throw anything, which completes the future with it, unwrapped. */
    @FunctionalInterface
    private interface Work<T> {

        T run() throws Exception;
    }

    private <T> CompletableFuture<T> run(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                future.complete(work.run());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private boolean known(String factoryPid) {
        return host.type(factoryPid).isPresent();
    }

    private InstanceConfigurations.Stored existing(String instanceId, Locale locale) throws IOException {
        return configurations.byInstanceId(instanceId, this::known).orElseThrow(() -> new PluginSettingsException(
                List.of(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.UNKNOWN_INSTANCE,
                        PluginTexts.text(locale, "instance.unknown", instanceId)))));
    }

    private PluginInstanceView viewOf(String instanceId, Locale locale) throws IOException {
        return views.view(existing(instanceId, locale), locale);
    }

    private static InstanceEdits.Checked accepted(InstanceEdits.Checked checked) {
        if (!checked.problems().isEmpty()) {
            throw new PluginSettingsException(checked.problems());
        }
        return checked;
    }

    private void keepSecrets(String instanceId, Map<String, String> changes, Locale locale) {
        try {
            secrets.write(instanceId, changes);
        } catch (SecretStoreException e) {
            throw notSaved(e, locale);
        }
    }

    /** Whether {@code next} configures what {@code stored} already does (only secrets changed, or nothing). */
    private static boolean sameSettings(InstanceConfigurations.Stored stored, Map<String, Object> next) {
        return InstanceProperties.of(next).equals(withoutFramework(stored.properties()));
    }

    private static InstanceProperties withoutFramework(InstanceProperties properties) {
        return new InstanceProperties(java.util.Optional.empty(), java.util.Optional.empty(), properties.instanceId(),
                properties.name(), properties.enabled(), java.util.Optional.empty(), properties.settings());
    }

    private static PluginSettingsException notSaved(Exception e, Locale locale) {
        return new PluginSettingsException(List.of(new SettingProblem(SettingProblem.INSTANCE_KEY,
                SettingProblem.Kind.NOT_SAVED, PluginTexts.text(locale, "notSaved", PluginCalls.messageOf(e)))), e);
    }

    private void changed() {
        listeners.forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException e) {
                PluginHost.LOG.log(System.Logger.Level.WARNING, "a plugin settings listener failed", e);
            }
        });
    }
}

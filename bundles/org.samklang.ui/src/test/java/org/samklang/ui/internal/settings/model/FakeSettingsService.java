package org.samklang.ui.internal.settings.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.samklang.core.api.PluginSettingsException;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingProblem;

/**
 * A {@link PluginSettingsService} in memory that checks values with the real descriptors, as the core does. Its
 * futures complete at once, unless the test holds a method's answers to release them later (to see busy states and
 * answers that arrive late).
 */
final class FakeSettingsService implements PluginSettingsService {

    static final Instant SINCE = Instant.parse("2026-12-07T08:00:00Z");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*");

    final List<PluginTypeView> types = new ArrayList<>();
    final Map<String, PluginInstanceView> instances = new LinkedHashMap<>();
    /** The secrets as stored, by instance and key: what the view must never show. */
    final Map<String, Map<String, String>> secrets = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<PluginInstanceEdit> saved = new ArrayList<>();
    final List<PluginInstanceEdit> tests = new ArrayList<>();
    final List<PluginInstanceEdit> checks = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final Set<String> held = new HashSet<>();
    private final List<Runnable> pending = new ArrayList<>();
    ConnectionTestResult nextTest = ConnectionTestResult.succeeded("Signed in to imap.example.com:993");
    /** A refusal the checks do not predict (the store could not keep it): the next save fails with it. */
    SettingProblem refuseNextSave;
    boolean failListing;

    void add(PluginTypeView type) {
        types.add(type);
    }

    PluginInstanceView put(String type, String id, String name, Map<String, String> values,
            PluginInstanceView.State state) {
        PluginInstanceView view = new PluginInstanceView(id, type, name, state != PluginInstanceView.State.DISABLED,
                Optional.empty(), values, Set.of(), state, "", SINCE, List.of());
        instances.put(id, view);
        return view;
    }

    void replace(PluginInstanceView view) {
        instances.put(view.instanceId(), view);
    }

    void storeSecret(String id, String key, String value) {
        secrets.computeIfAbsent(id, i -> new HashMap<>()).put(key, value);
        PluginInstanceView v = instances.get(id);
        replace(new PluginInstanceView(v.instanceId(), v.factoryPid(), v.displayName(), v.enabled(),
                v.provisionedFrom(), v.values(), secrets.get(id).keySet(), v.state(), v.reason(), v.since(),
                v.problems()));
    }

    /** Answers of {@code method} wait until {@link #release()}. */
    void hold(String method) {
        held.add(method);
    }

    /** Completes every answer held so far, in the order asked, and holds no more. */
    void release() {
        held.clear();
        List<Runnable> due = new ArrayList<>(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    /** Completes the newest held answer only. */
    void releaseLast() {
        pending.remove(pending.size() - 1).run();
    }

    /** Completes the oldest held answer only. */
    void releaseOne() {
        pending.remove(0).run();
    }

    /** Tells the subscribers that something changed, as the core does after every change. */
    void changed() {
        new ArrayList<>(listeners).forEach(Runnable::run);
    }

    int subscribers() {
        return listeners.size();
    }

    private <T> CompletableFuture<T> answer(String method, Supplier<T> work) {
        calls.add(method);
        CompletableFuture<T> future = new CompletableFuture<>();
        Runnable complete = () -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        };
        if (held.contains(method)) {
            pending.add(complete);
        } else {
            complete.run();
        }
        return future;
    }

    @Override
    public CompletableFuture<List<PluginTypeView>> types(Locale locale) {
        return answer("types", () -> {
            if (failListing) {
                throw new IllegalStateException("the configuration area cannot be read");
            }
            return types.stream().sorted(Comparator.comparing(PluginTypeView::displayName)).toList();
        });
    }

    @Override
    public CompletableFuture<List<PluginInstanceView>> instances() {
        return answer("instances", () -> instances.values().stream()
                .sorted(Comparator.comparing(PluginInstanceView::displayName)).toList());
    }

    @Override
    public CompletableFuture<List<SettingProblem>> checkCreate(PluginInstanceEdit edit, Locale locale) {
        checks.add(edit);
        return answer("checkCreate", () -> problems(edit, true, locale));
    }

    @Override
    public CompletableFuture<List<SettingProblem>> checkUpdate(PluginInstanceEdit edit, Locale locale) {
        checks.add(edit);
        return answer("checkUpdate", () -> problems(edit, false, locale));
    }

    @Override
    public CompletableFuture<PluginInstanceView> create(PluginInstanceEdit edit, Locale locale) {
        return answer("create", () -> store(edit, true, locale));
    }

    @Override
    public CompletableFuture<PluginInstanceView> update(PluginInstanceEdit edit, Locale locale) {
        return answer("update", () -> store(edit, false, locale));
    }

    @Override
    public CompletableFuture<PluginInstanceView> duplicate(String instanceId, String newInstanceId,
            String newDisplayName, Locale locale) {
        return answer("duplicate", () -> {
            PluginInstanceView source = instances.get(instanceId);
            if (instances.containsKey(newInstanceId)) {
                throw new PluginSettingsException(List.of(new SettingProblem(SettingProblem.INSTANCE_KEY,
                        SettingProblem.Kind.INSTANCE_ID_TAKEN, "Instance id: " + newInstanceId + " is taken")));
            }
            secrets.put(newInstanceId, new HashMap<>(secrets.getOrDefault(instanceId, Map.of())));
            PluginInstanceView copy = new PluginInstanceView(newInstanceId, source.factoryPid(), newDisplayName,
                    false, Optional.empty(), source.values(), source.secretsSet(), PluginInstanceView.State.DISABLED,
                    "", SINCE, List.of());
            instances.put(newInstanceId, copy);
            return copy;
        });
    }

    @Override
    public CompletableFuture<PluginInstanceView> setEnabled(String instanceId, boolean enabled, Locale locale) {
        return answer("setEnabled", () -> {
            PluginInstanceView v = instances.get(instanceId);
            PluginInstanceView now = new PluginInstanceView(v.instanceId(), v.factoryPid(), v.displayName(), enabled,
                    v.provisionedFrom(), v.values(), v.secretsSet(), enabled
                            ? PluginInstanceView.State.STARTING
                            : PluginInstanceView.State.DISABLED,
                    "", SINCE, List.of());
            instances.put(instanceId, now);
            return now;
        });
    }

    @Override
    public CompletableFuture<Void> remove(String instanceId, Locale locale) {
        return answer("remove", () -> {
            instances.remove(instanceId);
            secrets.remove(instanceId);
            return null;
        });
    }

    @Override
    public CompletableFuture<ConnectionTestResult> testConnection(PluginInstanceEdit edit, Locale locale) {
        tests.add(edit);
        return answer("testConnection", () -> nextTest);
    }

    @Override
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private PluginInstanceView store(PluginInstanceEdit edit, boolean creating, Locale locale) {
        List<SettingProblem> problems = new ArrayList<>(problems(edit, creating, locale));
        if (refuseNextSave != null) {
            problems.add(refuseNextSave);
            refuseNextSave = null;
        }
        if (!problems.isEmpty()) {
            throw new PluginSettingsException(problems);
        }
        saved.add(edit);
        PluginTypeView type = type(edit.factoryPid()).orElseThrow();
        Map<String, String> kept = new HashMap<>(secrets.getOrDefault(edit.instanceId(), Map.of()));
        Map<String, String> plain = new LinkedHashMap<>();
        for (SettingDescriptor setting : type.settings().descriptors()) {
            String value = edit.values().get(setting.key());
            if (setting.isSecret() && value != null) {
                if (value.isEmpty()) {
                    kept.remove(setting.key());
                } else {
                    kept.put(setting.key(), value);
                }
            } else if (!setting.isSecret() && value != null && !value.isBlank()) {
                plain.put(setting.key(), setting.normalized(value));
            }
        }
        secrets.put(edit.instanceId(), kept);
        String name = edit.displayName().isEmpty() ? type.displayName() : edit.displayName();
        PluginInstanceView view = new PluginInstanceView(edit.instanceId(), edit.factoryPid(), name, edit.enabled(),
                Optional.empty(), plain, kept.keySet(), edit.enabled()
                        ? PluginInstanceView.State.STARTING
                        : PluginInstanceView.State.DISABLED,
                "", SINCE, List.of());
        instances.put(edit.instanceId(), view);
        return view;
    }

    private List<SettingProblem> problems(PluginInstanceEdit edit, boolean creating, Locale locale) {
        Optional<PluginTypeView> type = type(edit.factoryPid());
        List<SettingProblem> problems = new ArrayList<>();
        if (type.isEmpty()) {
            return List.of(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.UNKNOWN_TYPE,
                    "No installed plugin offers " + edit.factoryPid()));
        }
        if (!ID.matcher(edit.instanceId()).matches()) {
            problems.add(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.INVALID_INSTANCE_ID,
                    "Instance id: '" + edit.instanceId() + "' is not of the form email.support"));
        } else if (creating && instances.containsKey(edit.instanceId())) {
            problems.add(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.INSTANCE_ID_TAKEN,
                    "Instance id: another instance is " + edit.instanceId()));
        }
        Map<String, String> effective = new HashMap<>(edit.values());
        if (!creating) {
            secrets.getOrDefault(edit.instanceId(), Map.of()).forEach(effective::putIfAbsent);
        }
        effective.values().removeIf(v -> v == null);
        problems.addAll(type.get().settings().problems(effective, locale));
        return problems;
    }

    private Optional<PluginTypeView> type(String factoryPid) {
        return types.stream().filter(t -> t.factoryPid().equals(factoryPid)).findFirst();
    }
}

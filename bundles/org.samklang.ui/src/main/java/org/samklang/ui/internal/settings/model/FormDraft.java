package org.samklang.ui.internal.settings.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.api.model.SettingProblem;

/**
 * The edits of one form, kept while the user looks at other instances so nothing typed is lost silently: the
 * instance's id and name, every setting as text, and what to do with each secret. Knows whether it differs from
 * what was saved and builds the {@link PluginInstanceEdit} that Save, the checks and Test connection send.
 * <p>
 * A secret typed here stays in memory only until it is saved or the draft is discarded; the stored value of a secret
 * is never read. UI thread only.
 */
public final class FormDraft {

    /** The id a new instance's settings are checked under before the user gave one; never saved. */
    public static final String PLACEHOLDER_ID = "unnamed";

    private final boolean adding;
    private String factoryPid;
    private ConnectorSettings settings;
    private String instanceId;
    private String displayName;
    private String savedName;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> savedValues = new HashMap<>();
    private final Map<String, SecretEdit> secretEdits = new HashMap<>();
    private final Map<String, String> secretTexts = new HashMap<>();
    private Set<String> secretsSet = Set.of();
    private final Set<String> touched = new HashSet<>();
    private boolean showAllProblems;
    private List<SettingProblem> problems = List.of();
    private long checkGeneration;
    private boolean checkPending;
    private boolean saving;
    private boolean testing;

    private FormDraft(boolean adding, String factoryPid, ConnectorSettings settings) {
        this.adding = adding;
        this.factoryPid = Objects.requireNonNull(factoryPid, "factoryPid");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A new instance of a type, every field empty (its default shown as a hint). */
    public static FormDraft adding(String factoryPid, ConnectorSettings settings) {
        FormDraft draft = new FormDraft(true, factoryPid, settings);
        draft.instanceId = "";
        draft.displayName = "";
        draft.savedName = "";
        return draft;
    }

    /**
     * The form of a configured instance, with its settings as configured.
     *
     * @param settings its type's form; {@link ConnectorSettings#NONE} when the plugin is not installed
     */
    public static FormDraft editing(PluginInstanceView instance, ConnectorSettings settings) {
        FormDraft draft = new FormDraft(false, instance.factoryPid(), settings);
        draft.instanceId = instance.instanceId();
        draft.displayName = instance.displayName();
        draft.savedName = instance.displayName();
        draft.values.putAll(instance.values());
        draft.savedValues.putAll(instance.values());
        draft.secretsSet = instance.secretsSet();
        draft.problems = instance.problems();
        return draft;
    }

    /** {@return whether this is a new instance, not saved yet} */
    public boolean adding() {
        return adding;
    }

    public String factoryPid() {
        return factoryPid;
    }

    public ConnectorSettings settings() {
        return settings;
    }

    public String instanceId() {
        return instanceId;
    }

    public String displayName() {
        return displayName;
    }

    /** {@return the text of a non-secret setting as the field shows it; empty when unset} */
    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** {@return what Save does with the secret {@code key}} */
    public SecretEdit secretEdit(String key) {
        return secretEdits.getOrDefault(key, SecretEdit.KEEP);
    }

    /** {@return whether the stored instance has a value for the secret {@code key}} */
    public boolean secretSet(String key) {
        return secretsSet.contains(key);
    }

    // ---- edits (each marks its field as touched, so its problem shows from now on) ----

    /** A new instance's type was changed: the old type's values do not apply to it. */
    public void changeType(String pid, ConnectorSettings form) {
        if (!adding) {
            throw new IllegalStateException("the type of a saved instance cannot change; duplicate it instead");
        }
        factoryPid = Objects.requireNonNull(pid, "pid");
        settings = Objects.requireNonNull(form, "form");
        values.clear();
        secretEdits.clear();
        secretTexts.clear();
        touched.removeIf(key -> !key.equals(SettingProblem.INSTANCE_KEY));
        problems = List.of();
    }

    public void editInstanceId(String text) {
        if (!adding) {
            throw new IllegalStateException("the id of a saved instance cannot change; duplicate it instead");
        }
        instanceId = text == null ? "" : text;
        touched.add(SettingProblem.INSTANCE_KEY);
    }

    public void editDisplayName(String text) {
        displayName = text == null ? "" : text;
    }

    public void editValue(String key, String text) {
        values.put(key, text == null ? "" : text);
        touched.add(key);
    }

    /** The user typed a secret (an empty text keeps the stored one, as if nothing was typed). */
    public void editSecret(String key, String text) {
        String typed = text == null ? "" : text;
        secretTexts.put(key, typed);
        secretEdits.put(key, typed.isEmpty() ? SecretEdit.KEEP : SecretEdit.REPLACE);
        touched.add(key);
    }

    /** The user asked to delete the stored secret on Save. */
    public void clearSecret(String key) {
        secretTexts.remove(key);
        secretEdits.put(key, SecretEdit.CLEAR);
        touched.add(key);
    }

    /** The user undid a Replace or Clear: the stored secret stays. */
    public void keepSecret(String key) {
        secretTexts.remove(key);
        secretEdits.remove(key);
    }

    // ---- what it sends ----

    /**
     * {@return the edit to check, save or test} Every non-secret setting of the form is sent (blank means its
     * default); a secret only when replaced (its new value) or cleared (empty).
     *
     * @param enabled whether the instance should run
     */
    public PluginInstanceEdit edit(boolean enabled) {
        Map<String, String> sent = new LinkedHashMap<>();
        for (SettingDescriptor setting : settings.descriptors()) {
            if (!setting.isSecret()) {
                sent.put(setting.key(), value(setting.key()));
            } else if (secretEdit(setting.key()) == SecretEdit.REPLACE) {
                sent.put(setting.key(), secretTexts.get(setting.key()));
            } else if (secretEdit(setting.key()) == SecretEdit.CLEAR && !adding) {
                sent.put(setting.key(), "");
            }
        }
        String id = instanceId.strip();
        return new PluginInstanceEdit(factoryPid, id.isEmpty() ? PLACEHOLDER_ID : id, displayName, enabled, sent);
    }

    /**
     * {@return whether a new instance has no id yet} Its settings are then checked and tested under
     * {@link #PLACEHOLDER_ID}, and the view says the id is required instead of what the service says of the stand-in.
     */
    public boolean idMissing() {
        return adding && instanceId.isBlank();
    }

    /** {@return whether Save would change anything: for a new instance, whether anything was typed} */
    public boolean dirty() {
        if (adding) {
            return !instanceId.isBlank() || !displayName.isBlank() || values.values().stream()
                    .anyMatch(v -> !v.isEmpty()) || secretEdits.values().stream().anyMatch(e -> e != SecretEdit.KEEP);
        }
        if (!displayName.strip().equals(savedName.strip())) {
            return true;
        }
        for (SettingDescriptor setting : settings.descriptors()) {
            if (setting.isSecret()
                    ? secretEdit(setting.key()) != SecretEdit.KEEP
                    : !value(setting.key()).equals(savedValues.getOrDefault(setting.key(), ""))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the configured keys no setting of the form knows (a typo in a provisioned file), dropped on Save} */
    public Set<String> unknownKeys() {
        Set<String> unknown = new HashSet<>(savedValues.keySet());
        unknown.removeIf(key -> settings.find(key).isPresent());
        return unknown;
    }

    // ---- after the service answered ----

    /**
     * The instance as listed now. Its secret states follow at once; its values replace the form's only while the
     * user has not changed them, so a change saved elsewhere shows and nothing typed here is overwritten.
     */
    public void listed(PluginInstanceView instance, ConnectorSettings form) {
        if (adding) {
            return;
        }
        boolean clean = !dirty();
        settings = form;
        secretsSet = instance.secretsSet();
        if (clean) {
            values.clear();
            values.putAll(instance.values());
            displayName = instance.displayName();
        }
        savedValues.clear();
        savedValues.putAll(instance.values());
        savedName = instance.displayName();
        if (clean) {
            problems = instance.problems();
        }
    }

    /** Saved as {@code sent}: what the user typed since stays an edit, the rest is now what is stored. */
    public void saved(PluginInstanceEdit sent, PluginInstanceView stored) {
        savedName = sent.displayName().isEmpty() ? stored.displayName() : sent.displayName();
        if (displayName.isBlank()) {
            displayName = savedName;
        }
        savedValues.clear();
        savedValues.putAll(stored.values());
        for (SettingDescriptor setting : settings.descriptors()) {
            String key = setting.key();
            if (!setting.isSecret() && value(key).equals(sent.values().getOrDefault(key, ""))) {
                values.put(key, stored.values().getOrDefault(key, ""));
            } else if (setting.isSecret() && Objects.equals(sent.values().get(key), secretTexts.get(key))
                    && secretEdit(key) != SecretEdit.KEEP) {
                keepSecret(key);
            }
        }
        secretsSet = stored.secretsSet();
    }

    // ---- problems and work in progress ----

    /** {@return the problems of the last check or refusal, all of them} */
    public List<SettingProblem> problems() {
        return problems;
    }

    /** {@return the problems to show at their fields: a new form's only once the field was touched or Save tried} */
    public List<SettingProblem> visibleProblems() {
        if (!adding || showAllProblems) {
            return problems;
        }
        return problems.stream().filter(p -> touched.contains(p.key())).toList();
    }

    /** {@return the first problem that keeps Save disabled, if any} */
    public Optional<SettingProblem> firstProblem() {
        return problems.stream().findFirst();
    }

    /** A new check starts; answers of earlier ones are dropped. */
    public long nextCheck() {
        checkPending = true;
        return ++checkGeneration;
    }

    /** {@return whether the problems are of an earlier state of the form: a check is under way} */
    public boolean checkPending() {
        return checkPending;
    }

    /** The answer of check {@code generation}; false (ignored) when a later check started meanwhile. */
    public boolean checked(long generation, List<SettingProblem> found) {
        if (generation != checkGeneration) {
            return false;
        }
        problems = List.copyOf(found);
        checkPending = false;
        return true;
    }

    /** Save was tried with problems known: they show at every field now, touched or not. */
    public void revealProblems() {
        showAllProblems = true;
    }

    /** The service refused a save: its problems show at every field, touched or not. */
    public void refused(List<SettingProblem> found) {
        checkGeneration++;
        checkPending = false;
        problems = List.copyOf(found);
        showAllProblems = true;
    }

    public boolean saving() {
        return saving;
    }

    public void saving(boolean now) {
        saving = now;
    }

    public boolean testing() {
        return testing;
    }

    public void testing(boolean now) {
        testing = now;
    }
}

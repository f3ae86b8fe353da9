package org.samklang.core.api;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.SettingProblem;

/**
 * The plugins the desk has and the instances configured of them, for the Settings view: list the types with their
 * forms, list the instances with their settings and state, check values, create, update, duplicate, enable or
 * disable and remove instances, and test a connection with values not saved yet.
 * <p>
 * <b>Where things are kept.</b> Every instance is a factory configuration in OSGi Configuration Admin (its type's
 * factory PID, named by the instance id), which the plugin's component turns into a running instance; IT may also
 * provision instances as {@code .cfg} / {@code .config} files in the data directory's {@code plugins.d} folder.
 * Secrets are kept only in Eclipse secure storage, never in a configuration, a file, the store or the log. A change
 * applies at once: the core stops the instance and starts it again with the new settings, without a restart.
 * <p>
 * <b>Threading.</b> Every method may be called from any thread and returns at once; the work (Configuration Admin,
 * secure storage, a plugin's own code) runs on a core thread, so <em>never wait for a future on the UI thread</em>:
 * continue on it with the UI's own executor. Futures complete on a core thread. Changes are applied one at a time, in
 * the order they were asked for.
 * <p>
 * <b>Errors.</b> A change that is refused or cannot be kept completes exceptionally with a
 * {@link PluginSettingsException} (itself, not wrapped) naming each problem; nothing was changed then. A plugin that
 * throws or does not answer within its time never fails the futures of this service: a type's form that cannot be
 * read leaves the type out of {@link #types} (logged), a Test connection that fails or hangs is a failed
 * {@link ConnectionTestResult} saying so. Any other exceptional completion is a bug of the desk.
 * <p>
 * <b>Locale.</b> Labels, descriptions and problems are worded in the locale given (English where a plugin lacks it).
 */
public interface PluginSettingsService {

    /** {@return every plugin type installed now, by display name, its form labelled in {@code locale}} */
    CompletableFuture<List<PluginTypeView>> types(Locale locale);

    /**
     * {@return every configured instance, by display name: those whose plugin is missing too ({@code NOT_INSTALLED}),
     * so their settings can still be seen and removed}
     */
    CompletableFuture<List<PluginInstanceView>> instances();

    /**
     * {@return what {@link #create} would refuse in {@code edit}, empty when it would save} For checking a form as
     * the user types; it changes nothing.
     */
    CompletableFuture<List<SettingProblem>> checkCreate(PluginInstanceEdit edit, Locale locale);

    /** {@return what {@link #update} would refuse in {@code edit}, empty when it would save}; it changes nothing */
    CompletableFuture<List<SettingProblem>> checkUpdate(PluginInstanceEdit edit, Locale locale);

    /**
     * Creates an instance: its secrets go to secure storage, the rest to Configuration Admin, and the plugin host
     * starts it (when enabled). Completes with the instance as listed right after saving (usually
     * {@code STARTING}); {@link #subscribe} tells when it runs. Refused (nothing saved) when a value is invalid, a
     * required one is missing, the id is malformed or taken, or the type is not installed.
     */
    CompletableFuture<PluginInstanceView> create(PluginInstanceEdit edit, Locale locale);

    /**
     * Saves new settings for an existing instance (same id and type); the host restarts it with them at once.
     * Secrets left out of {@code edit.values()} keep their stored value; an empty one is cleared. Refused as
     * {@link #create} is; an instance provisioned from a file gets the change written back to that file.
     */
    CompletableFuture<PluginInstanceView> update(PluginInstanceEdit edit, Locale locale);

    /**
     * Copies an instance, secrets included, under a new id and name. The copy is created <em>disabled</em>, so two
     * instances never fetch from the same mailbox or account before the user changed the copy's settings.
     */
    CompletableFuture<PluginInstanceView> duplicate(String instanceId, String newInstanceId, String newDisplayName,
            Locale locale);

    /** Switches an instance on (started) or off (stopped, its settings kept). */
    CompletableFuture<PluginInstanceView> setEnabled(String instanceId, boolean enabled, Locale locale);

    /**
     * Removes an instance: the host stops it and withdraws its status and reply choices; its settings, secrets and
     * saved state are deleted. Conversations it carried stay; replies still waiting for it stay in the outbox and go
     * out if an instance with the same id is added again. For a provisioned instance the file is deleted too.
     */
    CompletableFuture<Void> remove(String instanceId, Locale locale);

    /**
     * Asks the type's plugin to try {@code edit}'s values against its remote without saving anything. Secrets left
     * out are taken from the stored instance with {@code edit.instanceId()}, if it exists. Values the form refuses
     * are not sent to the plugin: the result then names the first problem. Completes (never exceptionally) with
     * the plugin's answer, or a failed result when it threw or gave none within 30 seconds.
     */
    CompletableFuture<ConnectionTestResult> testConnection(PluginInstanceEdit edit, Locale locale);

    /**
     * Calls {@code listener} on a core thread whenever a type appears or goes, or an instance is added, changed,
     * removed or changes state; read {@link #instances()} or {@link #types} again then. It must not block. Closing
     * the handle stops it.
     */
    AutoCloseable subscribe(Runnable listener);
}

package org.samklang.ui.internal.settings.model;

import java.util.Map;
import org.samklang.core.api.model.PluginInstanceView;

/**
 * A presenter on a fake service and a recording screen, with two mailbox-and-CRM instances configured: the mailbox
 * {@code email.support} running with a stored password, the CRM {@code crm.main} running.
 */
final class SettingsBench {

    static final String SECRET = "hunter2-stored-secret";

    final FakeSettingsService service = new FakeSettingsService();
    final RecordingSettingsScreen screen = new RecordingSettingsScreen();
    final Steps steps = new Steps();
    final SettingsPresenter presenter = new SettingsPresenter(Plugins.ENGLISH, steps, steps, steps, () -> 0L);

    SettingsBench() {
        service.add(Plugins.mailbox());
        service.add(Plugins.crm());
        service.put(Plugins.MAILBOX, "email.support", "Support mailbox", Plugins.mailboxValues("imap.example.com"),
                PluginInstanceView.State.RUNNING);
        service.storeSecret("email.support", "password", SECRET);
        service.put(Plugins.CRM, "crm.main", "Main CRM", Map.of("url", "https://crm.example.com/api"),
                PluginInstanceView.State.RUNNING);
        presenter.attach(screen);
    }

    /** Binds the service and lets the first listing arrive. */
    SettingsBench connected() {
        presenter.bindService(service);
        steps.settle();
        return this;
    }

    void settle() {
        steps.settle();
    }

    /** Selects the row of an instance and lets its check answer. */
    void open(String instanceId) {
        presenter.select(NodeKey.instance(instanceId));
        steps.settle();
    }

    void type(String key, String text) {
        presenter.valueEdited(key, text);
        steps.settle();
    }

    FieldModel field(String key) {
        return screen.form.field(key).orElseThrow(() -> new AssertionError("no field " + key));
    }
}

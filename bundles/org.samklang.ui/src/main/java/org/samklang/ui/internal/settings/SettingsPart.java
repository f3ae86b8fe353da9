package org.samklang.ui.internal.settings;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.ui.internal.handlers.ShowKeysHandler;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.UiThread;
import org.samklang.ui.internal.settings.model.SettingsPresenter;
import org.samklang.ui.internal.settings.model.SettingsTexts;

/**
 * The Settings part: the plugins and their instances on the left, the selected instance's form on the right. Thin:
 * the {@link SettingsPresenter} decides, {@link SettingsView} shows. Both services are optional and dynamic: without
 * the settings service the part says it is connecting; without the status service the tree leaves out the health
 * of running instances' remotes.
 */
public class SettingsPart {

    static final String SAVE_COMMAND = "org.samklang.command.settings.save";
    static final String ADD_COMMAND = "org.samklang.command.settings.add";
    static final String TEST_COMMAND = "org.samklang.command.settings.test";

    @Inject
    UISynchronize sync;

    @Inject
    MApplication application;

    private final UiMessages messages = UiMessages.current();
    private volatile PluginSettingsService settingsService;
    private volatile ConnectorStatusService statusService;
    private UiThread threads;
    /** Where the settings service is called: its own thread, so a call that blocks holds up neither the UI nor the timers. */
    private ExecutorService calls;
    private SettingsPresenter presenter;
    private SettingsView view;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "settings");
        calls = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "samklang-settings-calls");
            thread.setDaemon(true);
            return thread;
        });
        presenter = new SettingsPresenter(new SettingsTexts(messages), threads::ui, calls, threads,
                UiThread::nowMillis);
        view = new SettingsView(parent, messages, presenter, commandId -> ShowKeysHandler.keysOf(application,
                commandId).orElse(""));
        presenter.attach(view);
        servicesChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindSettings(@Service PluginSettingsService service) {
        settingsService = service;
        later();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindStatus(@Service ConnectorStatusService service) {
        statusService = service;
        later();
    }

    @Focus
    void focus() {
        if (view != null) {
            view.setFocus();
        }
    }

    /** Shows an instance's settings (a click on its status item). */
    public void reveal(String instanceId) {
        if (presenter != null) {
            presenter.reveal(instanceId);
        }
    }

    /** Saves the form shown (Ctrl+S). */
    public void save() {
        if (presenter != null) {
            presenter.save();
        }
    }

    /** Opens the form of a new instance (Ctrl+N). */
    public void add() {
        if (presenter != null) {
            presenter.add();
        }
    }

    /** Tests the connection with the form's values (Ctrl+T). */
    public void test() {
        if (presenter != null) {
            presenter.test();
        }
    }

    @PreDestroy
    void dispose() {
        if (presenter != null) {
            presenter.dispose();
        }
        if (threads != null) {
            threads.shutdown();
        }
        if (calls != null) {
            calls.shutdownNow();
        }
    }

    private void later() {
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    private void servicesChanged() {
        if (presenter == null || view.isDisposed()) {
            return;
        }
        presenter.bindService(settingsService);
        presenter.bindStatus(statusService);
    }
}

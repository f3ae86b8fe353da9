package org.samklang.ui.internal.startup;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.model.StoreHealth;

/**
 * Application addon: when the store turns out to be unusable after the window opened (the application shows the
 * same dialog before the window when it learns in time), it shows {@link StoreProblemDialog} over the window and then
 * closes the workbench; the application exits with the store's exit code. Without it the window would wait for
 * services that never come and say "Connecting to the engine…" forever.
 */
public class StoreProblemWatcher {

    @Inject
    UISynchronize sync;

    @Inject
    MApplication application;

    private AutoCloseable subscription;
    private boolean shown;

    @Inject
    @Optional
    void bindStore(@Service StoreHealthService service) {
        close();
        if (service != null) {
            subscription = service.subscribe(health -> {
                if (health.state() == StoreHealth.State.UNUSABLE) {
                    sync.asyncExec(() -> show(health));
                }
            });
        }
    }

    private void show(StoreHealth health) {
        if (shown) {
            return;
        }
        shown = true;
        StoreProblemDialog.openUnusable(Display.getCurrent(), mainShell(), health);
        // The workbench puts itself in the context once it exists, after the addons were made.
        IWorkbench workbench = application.getContext().get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }

    private Shell mainShell() {
        MWindow window = application.getSelectedElement() != null
                ? application.getSelectedElement()
                : application.getChildren().stream().findFirst().orElse(null);
        return window != null && window.getWidget() instanceof Shell shell ? shell : null;
    }

    @PreDestroy
    void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // The service is going away with the desk; nothing to stop.
            }
            subscription = null;
        }
    }
}

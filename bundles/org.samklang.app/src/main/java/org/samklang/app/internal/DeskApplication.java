package org.samklang.app.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.ui.internal.startup.StoreProblemDialog;

/**
 * Samklang's application: makes sure this desk can work before its window opens, then runs the e4 workbench.
 * <p>
 * Eclipse's own application checks the workspace lock and, for a second desk on the same data folder, shows a
 * generic "Workspace Cannot Be Locked" box and exits 0. This one looks first: a data folder in use, or a store the
 * desk could not open (damaged, newer, unreadable, disk full), gets the one Samklang dialog that says what to do,
 * and a non-zero exit the start script reports ({@link DeskExit}). The store's outcome is not awaited: waiting for it
 * measured 0.4-0.8 s added to every start on a busy machine. A store already known to be unusable gets the dialog
 * before any window; one that fails later is shown over the window by the UI's {@code StoreProblemWatcher}, which
 * then closes the workbench, and the exit code is decided here all the same.
 * The Equinox launcher exits the process with the Integer this returns.
 */
public final class DeskApplication implements IApplication {

    private static final System.Logger LOG = System.getLogger(DeskApplication.class.getName());
    private static final String E4_APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";

    private volatile IApplication workbench;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Location instance = Platform.getInstanceLocation();
        if (inUse(instance)) {
            String folder = dataFolderOf(instance);
            System.err.println("samklang: another Samklang is using the data folder " + folder);
            StoreProblemDialog.openDataFolderInUse(Display.getDefault(), folder);
            return DeskExit.DATA_FOLDER_IN_USE;
        }
        try (StoreWatch store = StoreWatch.open(FrameworkUtil.getBundle(DeskApplication.class).getBundleContext())) {
            Optional<StoreHealth> early = store.current();
            if (early.isPresent() && early.get().state() == StoreHealth.State.UNUSABLE) {
                System.err.println("samklang: " + early.get().detail());
                StoreProblemDialog.openUnusable(Display.getDefault(), null, early.get());
                return DeskExit.of(early.get()).orElseThrow();
            }
            workbench = e4Application();
            Object result = workbench.start(context);
            return store.current().flatMap(DeskExit::of).<Object>map(code -> code).orElse(result);
        }
    }

    @Override
    public void stop() {
        IApplication running = workbench;
        if (running != null) {
            running.stop();
        }
    }

    /**
     * Whether another process holds the workspace lock. Only asked, never taken: the e4 application takes it
     * itself, and a lock held by this process would make it refuse.
     */
    private static boolean inUse(Location instance) {
        if (instance == null || !instance.isSet() || instance.isReadOnly()) {
            return false;
        }
        try {
            return instance.isLocked();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not check the lock of " + instance.getURL() + ": " + e.getMessage());
            return false;
        }
    }

    /** The data folder the start script chose: the workspace's parent (the script passes {@code -data DATA/workspace}). */
    private static String dataFolderOf(Location instance) {
        String data = System.getProperty("samklang.data");
        if (data != null && !data.isBlank()) {
            return data;
        }
        return instance.getURL().getPath();
    }

    /** The e4 workbench application, made through its extension as the launcher would make it. */
    private static IApplication e4Application() throws CoreException {
        for (IConfigurationElement application : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime", "applications", E4_APPLICATION)) {
            for (IConfigurationElement run : application.getChildren("run")) {
                return (IApplication) run.createExecutableExtension("class");
            }
        }
        throw new IllegalStateException("the e4 workbench application " + E4_APPLICATION + " is not installed");
    }
}

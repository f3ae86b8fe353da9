package org.samklang.app.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

/**
 * Writes what each region of the window shows, once the workbench has started, when the system property
 * {@value #REPORT_PROPERTY} names a file.
 * <p>
 * The product smoke test and the startup benchmark read this report: it is how a test outside the process
 * learns that every region rendered and what it displays. It polls until every region has content (or a
 * deadline passes) because sandbox data arrives asynchronously after the window opens.
 */
public class RenderReport {

    static final String REPORT_PROPERTY = "samklang.renderReport";
    static final String EXIT_PROPERTY = "samklang.exitAfterReport";
    private static final long DEADLINE_MILLIS = 20_000;
    private static final int POLL_MILLIS = 100;

    @Inject
    MApplication application;

    @Inject
    EModelService modelService;

    private IWorkbench workbench;
    private long startedAt;

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
            IWorkbench workbench) {
        String target = System.getProperty(REPORT_PROPERTY);
        if (target == null) {
            return;
        }
        this.workbench = workbench;
        startedAt = System.currentTimeMillis();
        Display.getCurrent().asyncExec(() -> poll(Path.of(target)));
    }

    private void poll(Path target) {
        List<RegionState> regions = collect();
        boolean complete = regions.stream().allMatch(RegionState::hasContent);
        boolean late = System.currentTimeMillis() - startedAt > DEADLINE_MILLIS;
        if (!complete && !late) {
            Display.getCurrent().timerExec(POLL_MILLIS, () -> poll(target));
            return;
        }
        write(target, regions, complete);
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            workbench.close();
        }
    }

    private List<RegionState> collect() {
        List<RegionState> regions = new ArrayList<>();
        // Only the parts of the perspective on screen: the other perspectives' parts are not rendered until shown.
        var window = application.getSelectedElement() != null
                ? application.getSelectedElement()
                : application.getChildren().get(0);
        var perspective = modelService.getActivePerspective(window);
        for (MPart part : modelService.findElements(perspective != null ? perspective : window, null, MPart.class)) {
            regions.add(RegionState.of(part.getElementId(), part.getWidget()));
        }
        for (MToolControl control : modelService.findElements(application, null, MToolControl.class)) {
            if (!control.isVisible() || (control.getParent() != null && !control.getParent().isVisible())) {
                continue; // hidden on purpose, as the store banner is while the store saves
            }
            Object widget = control.getWidget();
            regions.add(RegionState.of(control.getElementId(), widget instanceof Control c ? c : null));
        }
        return regions;
    }

    private void write(Path target, List<RegionState> regions, boolean complete) {
        StringBuilder out = new StringBuilder();
        out.append("complete=").append(complete).append('\n');
        out.append("uptimeMillis=").append(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime())
                .append('\n');
        for (RegionState region : regions) {
            out.append(region.line()).append('\n');
        }
        try {
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.writeString(partial, out, StandardCharsets.UTF_8);
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("samklang: could not write the render report " + target + ": " + e.getMessage());
        }
    }
}

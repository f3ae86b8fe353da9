package org.samklang.app.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * The test probe: lets UI tests and benchmarks outside the process read what the window shows. Off unless the
 * system property {@value #PROBE_PROPERTY} names a directory; when off it does nothing at all.
 * <p>
 * Protocol: a client writes {@code NAME.req} into the directory (write elsewhere, then rename). The probe answers
 * on the UI thread with {@code NAME.json} (written to a temporary name, then renamed), and deletes the request. A
 * request file holds one word: {@code dump} (what is on screen: window title, active perspective, focus owner,
 * every visible part's widget tree with texts, table rows and states, every other open window such as a dialog,
 * plus the event-loop lateness so far) or
 * {@code reset-latency} (forget the lateness samples, then dump). Input never comes through here: tests type with
 * real X events.
 */
public class UiProbe {

    static final String PROBE_PROPERTY = "samklang.probe";
    private static final String REQUEST = ".req";
    /** Checks now and then even without a file event, in case one was missed. */
    private static final long WAKE_MILLIS = 1_000;

    @Inject
    MApplication application;

    @Inject
    EModelService modelService;

    private Display display;
    private LoopLatency latency;
    private volatile long lastKeyDownMillis;
    private long dumps;

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        String dir = System.getProperty(PROBE_PROPERTY);
        if (dir == null || dir.isBlank() || display != null) {
            return;
        }
        display = Display.getCurrent();
        latency = new LoopLatency(display);
        latency.start();
        display.addFilter(SWT.KeyDown, e -> lastKeyDownMillis = System.currentTimeMillis());
        Path directory = Path.of(dir);
        Thread watcher = new Thread(() -> watch(directory), "samklang-probe");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Picks up requests as the directory announces them (inotify on Linux), so an idle probe costs nothing. */
    private void watch(Path directory) {
        try (WatchService watcher = directory.getFileSystem().newWatchService()) {
            Files.createDirectories(directory);
            directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            Files.writeString(directory.resolve("probe.ready"), Long.toString(ProcessHandle.current().pid()));
            while (!display.isDisposed()) {
                for (Path request : pending(directory)) {
                    String verb = Files.readString(request, StandardCharsets.UTF_8).strip();
                    Files.deleteIfExists(request);
                    String name = request.getFileName().toString();
                    Path answer = directory.resolve(name.substring(0, name.length() - REQUEST.length()) + ".json");
                    display.asyncExec(() -> answer(verb, answer));
                }
                WatchKey key = watcher.poll(WAKE_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("samklang: the test probe stopped: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> pending(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(REQUEST)).sorted().toList();
        }
    }

    private void answer(String verb, Path answer) {
        if ("reset-latency".equals(verb)) {
            latency.reset();
        }
        String text = dump();
        try {
            Path partial = answer.resolveSibling(answer.getFileName() + ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, answer, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("samklang: the test probe could not write " + answer + ": " + e.getMessage());
        }
    }

    private String dump() {
        JsonWriter json = new JsonWriter();
        json.beginObject();
        json.field("seq", ++dumps);
        json.field("takenAtMillis", System.currentTimeMillis());
        json.field("lastKeyDownAtMillis", lastKeyDownMillis);
        MWindow window = mainWindow();
        Shell shell = window != null && window.getWidget() instanceof Shell s && !s.isDisposed() ? s : null;
        json.field("windowTitle", shell == null ? null : shell.getText());
        json.field("windowActive", shell != null && display.getActiveShell() == shell);
        json.key("windowBounds");
        WidgetDump.writeRectangle(json, shell == null ? null : shell.getBounds());
        json.key("screen");
        WidgetDump.writeRectangle(json, display.getPrimaryMonitor().getClientArea());
        MPerspective perspective = window == null ? null : modelService.getActivePerspective(window);
        json.field("perspective", perspective == null ? null : perspective.getElementId());
        Control focus = display.getFocusControl();
        json.key("focus");
        writeFocus(json, focus);
        json.key("parts");
        json.beginArray();
        if (perspective != null) {
            for (MPart part : modelService.findElements(perspective, null, MPart.class)) {
                writeRegion(json, part.getElementId(), part.getLabel(), part.getWidget(), focus);
            }
        }
        if (window != null) {
            for (MToolControl control : modelService.findElements(window, null, MToolControl.class)) {
                writeRegion(json, control.getElementId(), null, control.getWidget(), focus);
            }
        }
        json.endArray();
        json.key("dialogs");
        json.beginArray();
        for (Shell other : display.getShells()) {
            if (other != shell && !other.isDisposed() && other.isVisible()) {
                json.beginObject();
                json.field("title", other.getText());
                json.key("widget");
                new WidgetDump(json, focus).write(other);
                json.endObject();
            }
        }
        json.endArray();
        json.key("eventLoop");
        latency.writeJson(json);
        json.endObject();
        return json.toString();
    }

    private MWindow mainWindow() {
        MWindow selected = application.getSelectedElement();
        return selected != null ? selected : application.getChildren().stream().findFirst().orElse(null);
    }

    private static void writeFocus(JsonWriter json, Control focus) {
        if (focus == null || focus.isDisposed()) {
            json.value(null);
            return;
        }
        json.beginObject();
        json.field("type", WidgetDump.typeOf(focus));
        json.field("part", partOf(focus));
        if (focus instanceof org.eclipse.swt.widgets.Text text) {
            json.field("text", text.getText());
        } else if (focus instanceof org.eclipse.swt.widgets.Button button) {
            json.field("text", button.getText());
        }
        json.endObject();
    }

    /** The id of the part (or tool control) whose widget contains the control, found through the model's data. */
    private static String partOf(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c.getData("modelElement") instanceof org.eclipse.e4.ui.model.application.ui.MUIElement element
                    && (element instanceof MPart || element instanceof MToolControl)) {
                return element.getElementId();
            }
        }
        return null;
    }

    private static void writeRegion(JsonWriter json, String id, String label, Object widget, Control focus) {
        if (!(widget instanceof Control control) || control.isDisposed() || !control.isVisible()) {
            return;
        }
        json.beginObject();
        json.field("id", id);
        json.field("label", label);
        json.key("widget");
        new WidgetDump(json, focus).write(control);
        json.endObject();
    }
}

package org.samklang.ui.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The desktop's own small preferences (theme, notification sound), kept in {@code desktop.properties} in the user's
 * data directory. The workbench state is discarded with every new build of the product; these choices are not.
 * <p>
 * Thread-safe. Reading and writing touch a tiny file and may block briefly. A missing, unreadable or hand-edited
 * file never fails the desktop: unknown values fall back to the defaults and the problem is logged once per write.
 */
public final class DeskPreferences {

    /** The system property the start script sets to the user's data directory. */
    public static final String DATA_PROPERTY = "samklang.data";
    /** The two themes; ids match the theme registrations of the application bundle. */
    public static final String LIGHT_THEME = "org.samklang.app.theme.light";
    public static final String DARK_THEME = "org.samklang.app.theme.dark";

    private static final String FILE = "desktop.properties";
    private static final String THEME = "theme";
    private static final String SOUND = "notification.sound";
    private static final System.Logger LOG = System.getLogger(DeskPreferences.class.getName());

    private final Optional<Path> file;
    private final Properties values = new Properties();

    /** @param directory where the file lives; empty keeps the choices in memory only (tests, no data directory) */
    public DeskPreferences(Optional<Path> directory) {
        this.file = directory.map(d -> d.resolve(FILE));
        file.filter(Files::isRegularFile).ifPresent(this::read);
    }

    /** {@return the desktop's one instance, in the data directory the start script named (in memory without one)} */
    public static DeskPreferences shared() {
        return Shared.INSTANCE;
    }

    /** Loaded on first use, so a test or a part that never asks never touches the file. */
    private static final class Shared {

        static final DeskPreferences INSTANCE = new DeskPreferences(dataDirectory());

        private static Optional<Path> dataDirectory() {
            String data = System.getProperty(DATA_PROPERTY, "").strip();
            try {
                return data.isEmpty() ? Optional.empty() : Optional.of(Path.of(data));
            } catch (java.nio.file.InvalidPathException e) {
                LOG.log(System.Logger.Level.WARNING, "data directory " + data + " is not a path; preferences kept "
                        + "in memory", e);
                return Optional.empty();
            }
        }
    }

    /** {@return the chosen theme id, the light theme unless the dark one was chosen} */
    public synchronized String theme() {
        return DARK_THEME.equals(values.getProperty(THEME)) ? DARK_THEME : LIGHT_THEME;
    }

    /** Remembers the theme; anything but the dark theme's id means light. */
    public synchronized void setTheme(String themeId) {
        values.setProperty(THEME, DARK_THEME.equals(themeId) ? DARK_THEME : LIGHT_THEME);
        write();
    }

    /** {@return whether new work beeps; on unless turned off} */
    public synchronized boolean soundOn() {
        return !"false".equalsIgnoreCase(values.getProperty(SOUND, "true").strip());
    }

    /** Remembers whether new work beeps. */
    public synchronized void setSoundOn(boolean on) {
        values.setProperty(SOUND, Boolean.toString(on));
        write();
    }

    private void read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "desktop preferences in " + path + " unreadable; using defaults", e);
            values.clear();
        }
    }

    /** Writes a temporary file and moves it into place, so a crash never leaves half a file. */
    private void write() {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Samklang desktop preferences");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save desktop preferences to " + target, e);
        }
    }
}

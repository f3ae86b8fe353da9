package org.samklang.core.internal.runtime;

import java.nio.file.Path;

import org.samklang.core.internal.plugins.EquinoxSecretStore;
import org.samklang.core.internal.plugins.SecretStore;

/** Where the desk keeps its data, and where its secrets and their key are. */
final class DataDirectory {

    /** The system property naming the data directory (the start script sets it from {@code SAMKLANG_DATA}). */
    static final String PROPERTY = "samklang.data";
    /** The system property naming the secure storage's key file (tests point it into their own directory). */
    static final String KEY_FILE_PROPERTY = "samklang.secureStorage.keyFile";
    /** The encrypted secure storage, in the data directory. */
    static final String SECURE_STORAGE = "secure-storage";

    private DataDirectory() {
    }

    /** {@return the data directory: the property, else {@code $XDG_DATA_HOME/samklang}, else ~/.local/share} */
    static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return base("XDG_DATA_HOME", ".local", "share").resolve("samklang");
    }

    /**
     * {@return the secret store of the desk on {@code data}} The key lives outside the data directory
     * ({@code $XDG_CONFIG_HOME/samklang/secure-storage.key}), so a copy or backup of the data alone reveals no
     * secret.
     */
    static SecretStore secretStore(Path data) {
        String configured = System.getProperty(KEY_FILE_PROPERTY);
        Path keyFile = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : base("XDG_CONFIG_HOME", ".config").resolve("samklang").resolve("secure-storage.key");
        return new EquinoxSecretStore(data.resolve(SECURE_STORAGE), keyFile);
    }

    private static Path base(String variable, String... underHome) {
        String xdg = System.getenv(variable);
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), underHome);
    }
}

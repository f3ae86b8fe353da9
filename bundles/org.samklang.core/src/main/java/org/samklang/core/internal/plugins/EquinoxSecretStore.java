package org.samklang.core.internal.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Plugin instances' secrets in Eclipse secure storage ({@code org.eclipse.equinox.security}): one encrypted file in
 * the data directory, under {@code /samklang/plugins/<instance id>}, encrypted with the {@link MasterPassword} kept
 * outside it. Opened on first use only, so a desk whose plugins have no secrets never loads it. Thread-safe (one
 * lock; the storage is small).
 */
public final class EquinoxSecretStore implements SecretStore {

    private static final System.Logger LOG = System.getLogger(EquinoxSecretStore.class.getName());
    private static final String ROOT = "samklang/plugins";

    private final Path storageFile;
    private final Path keyFile;
    private ISecurePreferences storage;

    /**
     * @param storageFile the encrypted storage, e.g. {@code <data>/secure-storage}
     * @param keyFile     the master password's file, outside the data directory
     */
    public EquinoxSecretStore(Path storageFile, Path keyFile) {
        this.storageFile = storageFile;
        this.keyFile = keyFile;
    }

    @Override
    public synchronized Optional<String> read(String instanceId, String key) {
        if (storage == null && !Files.exists(storageFile)) {
            return Optional.empty();
        }
        ISecurePreferences node = node(instanceId, false);
        try {
            return node == null ? Optional.empty() : Optional.ofNullable(node.get(key, null));
        } catch (StorageException e) {
            throw new SecretStoreException("the secret '" + key + "' of " + instanceId + " cannot be decrypted: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Set<String> keys(String instanceId) {
        if (storage == null && !Files.exists(storageFile)) {
            return Set.of();
        }
        ISecurePreferences node = node(instanceId, false);
        return node == null ? Set.of() : Set.of(node.keys());
    }

    @Override
    public synchronized void write(String instanceId, Map<String, String> changes) {
        if (changes.isEmpty()) {
            return;
        }
        ISecurePreferences node = node(instanceId, true);
        Map<String, String> before = new HashMap<>();
        try {
            for (String key : changes.keySet()) {
                before.put(key, node.get(key, null));
            }
            for (Map.Entry<String, String> change : changes.entrySet()) {
                if (change.getValue().isEmpty()) {
                    node.remove(change.getKey());
                } else {
                    node.put(change.getKey(), change.getValue(), true);
                }
            }
            storage.flush();
            ownerOnly(storageFile);
        } catch (StorageException | IOException e) {
            restore(node, before);
            throw new SecretStoreException("secure storage " + storageFile + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void forget(String instanceId) {
        if (storage == null && !Files.exists(storageFile)) {
            return;
        }
        ISecurePreferences node = node(instanceId, false);
        if (node != null) {
            node.removeNode();
            try {
                storage.flush();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "secure storage {0}: the secrets of removed instance {1} could"
                        + " not be deleted: {2}", storageFile, instanceId, e.getMessage());
            }
        }
    }

    /** The file is encrypted; still, nobody but the user has a reason to read it. */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Puts the secrets back as they were in memory, so a failed write leaves nothing half-changed. */
    private void restore(ISecurePreferences node, Map<String, String> before) {
        before.forEach((key, value) -> {
            try {
                if (value == null) {
                    node.remove(key);
                } else {
                    node.put(key, value, true);
                }
            } catch (StorageException e) {
                node.remove(key);
            }
        });
    }

    private ISecurePreferences node(String instanceId, boolean create) {
        ISecurePreferences root = open();
        String path = ROOT + "/" + EncodingUtils.encodeSlashes(instanceId);
        if (!create && !root.nodeExists(path)) {
            return null;
        }
        return root.node(path);
    }

    private ISecurePreferences open() {
        if (storage != null) {
            return storage;
        }
        try {
            Files.createDirectories(storageFile.toAbsolutePath().getParent());
            Map<String, Object> options = new HashMap<>();
            options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(MasterPassword.readOrCreate(keyFile)));
            options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
            storage = SecurePreferencesFactory.open(storageFile.toUri().toURL(), options);
            if (storage == null) {
                throw new SecretStoreException("secure storage " + storageFile + " could not be opened", null);
            }
            return storage;
        } catch (MalformedURLException e) {
            throw new SecretStoreException("secure storage " + storageFile + " has no usable location", e);
        } catch (IOException e) {
            throw new SecretStoreException("secure storage " + storageFile + " could not be opened: "
                    + e.getMessage(), e);
        }
    }
}

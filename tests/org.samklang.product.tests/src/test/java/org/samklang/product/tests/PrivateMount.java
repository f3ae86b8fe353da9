package org.samklang.product.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command prefixes that give the product a disk of its own: a mount namespace (and, without root, a user namespace in
 * which the test's user is root), so a small tmpfs or a read-only bind mount needs neither root nor cleanup: it goes
 * away with the process. The product is reached through {@code /proc/<pid>/root} meanwhile.
 */
final class PrivateMount {

    private PrivateMount() {
    }

    /** Runs the rest of the command with a tmpfs of {@code megabytes} mounted on {@code directory}. */
    static List<String> smallDisk(Path directory, int megabytes) {
        return wrap("mount -t tmpfs -o size=" + megabytes + "m samklang-test \"$1\"", directory);
    }

    /** Runs the rest of the command with {@code directory} read-only. */
    static List<String> readOnly(Path directory) {
        return wrap("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\"", directory);
    }

    private static List<String> wrap(String mount, Path directory) {
        List<String> command = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount",
                "--propagation", "private", "sh", "-c", mount + " && shift && exec \"$@\"", "sh"));
        command.add(directory.toAbsolutePath().toString());
        return command;
    }
}

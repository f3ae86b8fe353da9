package org.samklang.product.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real X input through xdotool on the test display: key presses, typed text and clicks reach the product through
 * the X server, GTK and SWT exactly as a user's would.
 */
final class Input {

    private Input() {
    }

    /** Presses keys in order, e.g. {@code key("ctrl+k")}, {@code key("Tab", "Tab")}. */
    static void key(String... keys) {
        List<String> command = new ArrayList<>(List.of("key", "--clearmodifiers"));
        command.addAll(List.of(keys));
        xdotool(command);
    }

    /** Types text key by key, as a person at a keyboard (with a short gap between keys). */
    static void type(String text) {
        xdotool(List.of("type", "--delay", "12", text));
    }

    /** Moves the pointer to a screen position and clicks the left button there. */
    static void click(int[] at) {
        xdotool(List.of("mousemove", "--sync", Integer.toString(at[0]), Integer.toString(at[1]), "click", "1"));
    }

    private static void xdotool(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("xdotool " + arguments + " failed: " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("xdotool is missing (sudo apt-get install -y xdotool): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

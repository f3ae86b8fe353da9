package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskPreferencesTest {

    @TempDir
    Path data;

    @Test
    void givenNoFile_thenLightThemeAndSoundOn() {
        DeskPreferences preferences = new DeskPreferences(Optional.of(data));

        assertEquals(DeskPreferences.LIGHT_THEME, preferences.theme());
        assertTrue(preferences.soundOn());
    }

    @Test
    void choicesSurviveARestart() {
        DeskPreferences before = new DeskPreferences(Optional.of(data));
        before.setTheme(DeskPreferences.DARK_THEME);
        before.setSoundOn(false);

        DeskPreferences after = new DeskPreferences(Optional.of(data));

        assertEquals(DeskPreferences.DARK_THEME, after.theme());
        assertFalse(after.soundOn());
    }

    @Test
    void aHandEditedFileWithNonsenseFallsBackToTheDefaults() throws Exception {
        Files.writeString(data.resolve("desktop.properties"), "theme=purple\nnotification.sound=maybe\n\\u00zz",
                StandardCharsets.ISO_8859_1);

        DeskPreferences preferences = new DeskPreferences(Optional.of(data));

        assertEquals(DeskPreferences.LIGHT_THEME, preferences.theme());
        assertTrue(preferences.soundOn());
    }

    @Test
    void withoutADataDirectoryChoicesLiveInMemory() {
        DeskPreferences preferences = new DeskPreferences(Optional.empty());
        preferences.setTheme(DeskPreferences.DARK_THEME);

        assertEquals(DeskPreferences.DARK_THEME, preferences.theme());
    }

    @Test
    void anUnwritableDirectoryIsLoggedNotThrown() throws Exception {
        Path file = data.resolve("not-a-directory");
        Files.writeString(file, "x");
        DeskPreferences preferences = new DeskPreferences(Optional.of(file));

        preferences.setSoundOn(false);

        assertFalse(preferences.soundOn(), "the choice holds for this session");
    }
}

package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.StoreHealth;

class StoreTextsTest {

    private static final String FILE = "/home/agent/.local/share/samklang/store/samklang.db";

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final UiMessages swedish = UiMessages.forLocale(Locale.forLanguageTag("sv"));
    private final TimeTexts times = new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), english);
    private final StoreTexts texts = new StoreTexts(english, times);

    @Test
    void aStoreThatSavesShowsNothing() {
        StoreHealth saving = StoreHealth.saving(FILE, TestData.NOW);
        assertEquals(Optional.empty(), texts.badge(saving));
        assertEquals(Optional.empty(), texts.banner(saving));
        assertEquals(Optional.empty(), texts.problem(saving));
        assertEquals(Optional.empty(), texts.badge(StoreHealth.opening(TestData.NOW)));
    }

    @Test
    void aFullDiskGetsABannerWithSinceWhenWhatItMeansAndWhatToDo_andARedStoreBadge() {
        StoreHealth full = cannotSave(Reason.DISK_FULL, 42);

        StoreTexts.Banner banner = texts.banner(full).orElseThrow();
        assertEquals("Samklang cannot save: the disk is full (since 08:58).", banner.headline());
        assertTrue(banner.body().startsWith("New messages wait with their channels"), banner.body());
        assertTrue(banner.body().contains("Free space on the disk that holds " + FILE), banner.body());
        assertTrue(banner.tooltip().startsWith("42 changes refused so far"), banner.tooltip());
        ConnectorBadge badge = texts.badge(full).orElseThrow();
        assertEquals("Store", badge.name());
        assertEquals(Tone.ERROR, badge.tone());
        assertEquals("cannot save: disk full", badge.note());
        assertEquals(Optional.empty(), texts.problem(full), "the desk still runs: a banner, not the dialog");
    }

    @Test
    void aWriteErrorHasItsOwnHeadline_inSwedishToo() {
        StoreHealth failing = cannotSave(Reason.IO_ERROR, 0);
        assertEquals("Samklang cannot save: its store cannot be written (since 08:58).",
                texts.banner(failing).orElseThrow().headline());
        StoreTexts svenska = new StoreTexts(swedish, new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC),
                swedish));
        assertEquals("Samklang kan inte spara: lagret går inte att skriva (sedan 08:58).",
                svenska.banner(failing).orElseThrow().headline());
    }

    @Test
    void aDamagedStoreSaysWhatHappenedAndWhatToDo() {
        StoreTexts.Problem problem = texts.problem(unusable(Reason.CORRUPT, FILE)).orElseThrow();
        assertEquals("Samklang cannot open its store", problem.title());
        assertTrue(problem.what().contains("damaged"), problem.what());
        assertTrue(problem.todo().contains("Restore the file from a backup, or move it away"), problem.todo());
        assertEquals(FILE, problem.location());
        assertEquals("The store is damaged (engine's words).", problem.details());
    }

    @Test
    void eachReasonTheStoreCannotBeOpenedForHasItsOwnAdvice() {
        assertTrue(texts.problem(unusable(Reason.NEWER_SCHEMA, FILE)).orElseThrow().todo()
                .contains("newer Samklang"));
        assertTrue(texts.problem(unusable(Reason.IO_ERROR, FILE)).orElseThrow().todo().contains("writable"));
        assertTrue(texts.problem(unusable(Reason.DISK_FULL, FILE)).orElseThrow().todo().contains("Free some space"));
        StoreTexts.Problem locked = texts.problem(unusable(Reason.LOCKED, "/home/agent/samklang")).orElseThrow();
        assertEquals("Samklang is already running", locked.title());
        assertTrue(locked.todo().contains("close it"), locked.todo());
    }

    @Test
    void aSecondDeskIsToldWhichFolderIsInUse() {
        StoreTexts.Problem problem = texts.dataFolderInUse("/home/agent/samklang");
        assertEquals("Samklang is already running", problem.title());
        assertEquals("/home/agent/samklang", problem.location());
        assertEquals("", problem.details());
    }

    private static StoreHealth cannotSave(Reason reason, long refused) {
        return new StoreHealth(StoreHealth.State.CANNOT_SAVE, Optional.of(reason), FILE, "The disk is full.",
                TestData.NOW.minusSeconds(120), refused);
    }

    private static StoreHealth unusable(Reason reason, String location) {
        return new StoreHealth(StoreHealth.State.UNUSABLE, Optional.of(reason), location,
                "The store is damaged (engine's words).", TestData.NOW, 0);
    }
}

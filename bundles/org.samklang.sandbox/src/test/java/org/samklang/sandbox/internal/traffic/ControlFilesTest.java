package org.samklang.sandbox.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.spi.CallEvent;
import org.samklang.sandbox.internal.ManualClock;

class ControlFilesTest {

    @TempDir
    Path directory;

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final List<CallEvent.Ringing> rung = new ArrayList<>();

    private ControlFiles control() {
        return new ControlFiles(directory, rung::add, clock);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aRingFile_ringsTheDeskNowWithThatCaller_andIsDeleted() throws IOException {
        Path file = write("001.cmd", "ring +46701234567\n");

        int done = control().poll();

        assertEquals(1, done);
        assertEquals(1, rung.size());
        CallEvent.Ringing ringing = rung.get(0);
        assertEquals("+46701234567", ringing.caller().text());
        assertEquals(clock.instant(), ringing.at());
        assertEquals(SandboxTraffic.QUEUE_LINE, ringing.calledNumber());
        assertFalse(Files.exists(file));
    }

    @Test
    void severalFiles_runInNameOrder_withDistinctCallIds() throws IOException {
        write("b.cmd", "ring +4581234567");
        write("a.cmd", "  ring +46701234567  \n\n");

        control().poll();

        assertEquals(List.of("+46701234567", "+4581234567"), rung.stream().map(r -> r.caller().text()).toList());
        assertEquals(2, rung.stream().map(CallEvent.Ringing::callId).distinct().count());
    }

    @Test
    void badLines_areRejected_renamedAndNeverRunAgain() throws IOException {
        write("1.cmd", "ring 0701234567");
        write("2.cmd", "dial +46701234567");
        write("3.cmd", "ring +46701234567\nring +46701234568");
        write("4.cmd", "");
        write("5.cmd", "ring +46701234567" + " ".repeat(2_000));
        ControlFiles control = control();

        int done = control.poll();
        int again = control.poll();

        assertEquals(0, done + again);
        assertTrue(rung.isEmpty());
        for (int i = 1; i <= 5; i++) {
            assertTrue(Files.exists(directory.resolve(i + ".rejected")), i + ".rejected");
            assertFalse(Files.exists(directory.resolve(i + ".cmd")));
        }
    }

    @Test
    void otherFiles_andAMissingDirectory_areLeftAlone() throws IOException {
        Path draft = write("002.tmp", "ring +46701234567");
        ControlFiles elsewhere = new ControlFiles(directory.resolve("later"), rung::add, clock);

        assertEquals(0, control().poll());
        assertEquals(0, elsewhere.poll());
        assertTrue(Files.exists(draft));
        assertTrue(Files.isDirectory(directory.resolve("later")), "created, so a test can drop files in");
    }

    @Test
    void withoutTheSwitch_noFolderIsRead_evenWhereCommandsWait() throws IOException {
        write("001.cmd", "ring +46701234567\n");
        String before = System.getProperty(ControlFiles.PROPERTY);
        System.clearProperty(ControlFiles.PROPERTY);
        try {
            assertTrue(ControlFiles.fromSystemProperty(rung::add, null, clock).isEmpty());
            System.setProperty(ControlFiles.PROPERTY, " ");
            assertTrue(ControlFiles.fromSystemProperty(rung::add, null, clock).isEmpty());
        } finally {
            if (before == null) {
                System.clearProperty(ControlFiles.PROPERTY);
            } else {
                System.setProperty(ControlFiles.PROPERTY, before);
            }
        }
        assertTrue(rung.isEmpty());
        assertTrue(Files.exists(directory.resolve("001.cmd")));
    }
}

package org.samklang.core.internal.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.AgentIdentity;
import org.samklang.core.internal.directory.DirectoryBook;

/** Who is signed in: the configured identity wins over a plugin's, is kept on disk, and lists the agent. */
class DeskSignInTest {

    private static final AgentIdentity MAJA = new AgentIdentity("Maja Svensson", "maja.svensson", "20-17",
            "Maja@Nordvik.se", List.of("sv", "en"));

    @TempDir
    Path data;

    private final List<String> announced = new ArrayList<>();
    private final DirectoryBook people = new DirectoryBook(merged -> {
    });

    @Test
    void givenNothingConfiguredNorProvided_thenTheDeskAsksAndNobodyIsSignedIn() {
        DeskSignIn signIn = new DeskSignIn(new IdentityFile(data), announced::add);
        signIn.attach(people);

        assertTrue(signIn.needsAsking());
        assertEquals(List.of(), announced);
    }

    @Test
    void givenAPluginsIdentity_thenItIsSignedInWithoutAsking() {
        DeskSignIn signIn = new DeskSignIn(new IdentityFile(data), announced::add);
        signIn.provided("emp-0016");
        signIn.attach(people);

        assertFalse(signIn.needsAsking());
        assertEquals(List.of("emp-0016"), announced);
        assertEquals(Optional.empty(), signIn.identity());
    }

    @Test
    void givenASavedIdentity_whenTheDeskStartsAgain_thenItWinsOverThePluginsAndListsTheAgent() {
        DeskSignIn first = new DeskSignIn(new IdentityFile(data), id -> {
        });
        first.attach(new DirectoryBook(merged -> {
        }));
        first.save(MAJA);

        DeskSignIn again = new DeskSignIn(new IdentityFile(data), announced::add);
        again.provided("emp-0016");
        again.attach(people);

        assertEquals(Optional.of(MAJA), again.identity());
        assertEquals(List.of("maja.svensson"), announced);
        assertEquals("2017", people.merged().getFirst().person().extension());
        assertEquals("Maja Svensson", people.merged().getFirst().person().displayName());
    }

    @Test
    void givenAPluginsIdentity_whenTheAgentSavesTheirOwn_thenTheyAreSignedInAtOnce() {
        DeskSignIn signIn = new DeskSignIn(new IdentityFile(data), announced::add);
        signIn.provided("emp-0016");
        signIn.attach(people);

        signIn.save(MAJA);
        signIn.provided(null);

        assertEquals(List.of("emp-0016", "maja.svensson"), announced);
        assertEquals(Optional.of("maja.svensson"), signIn.personId());
    }

    @Test
    void givenADamagedFile_thenTheDeskAsksAndSavingKeepsTheDamagedOneAside() throws Exception {
        Path file = data.resolve(IdentityFile.FILE_NAME);
        Files.writeString(file, "name=Maja\nagentId=has spaces\nlanguages=sv\n", StandardCharsets.UTF_8);
        DeskSignIn signIn = new DeskSignIn(new IdentityFile(data), announced::add);
        assertTrue(signIn.needsAsking());

        signIn.save(MAJA);

        assertEquals(Optional.of(MAJA), new IdentityFile(data).read());
        assertEquals("name=Maja\nagentId=has spaces\nlanguages=sv\n",
                Files.readString(data.resolve(IdentityFile.DAMAGED_NAME), StandardCharsets.UTF_8));
    }

    @Test
    void givenADataDirectoryThatCannotBeWritten_whenSaving_thenItSaysSoAndNothingChanges() throws Exception {
        Path notADirectory = data.resolve("file");
        Files.writeString(notADirectory, "x");
        DeskSignIn signIn = new DeskSignIn(new IdentityFile(notADirectory), announced::add);
        signIn.attach(people);

        assertThrows(UncheckedIOException.class, () -> signIn.save(MAJA));

        assertTrue(signIn.needsAsking());
        assertEquals(List.of(), announced);
        assertEquals(List.of(), people.merged());
    }
}

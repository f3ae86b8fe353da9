package org.samklang.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.samklang.core.api.model.ConfigurationProblem;
import org.samklang.core.api.model.ConfigurationProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.api.model.Person;
import org.samklang.core.internal.routing.OverflowRule;
import org.samklang.core.internal.routing.QueueDefinition;

/** Routing configuration as data: what an administrator writes in routing.json and what the desk makes of it. */
class RoutingConfigReaderTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private final RoutingConfigReader reader = new RoutingConfigReader(ZONE);

    @Test
    void noFileMeansTheDefaultQueues(@TempDir Path dir) throws Exception {
        DeskRouting routing = reader.read(dir.resolve(RoutingConfigReader.FILE_NAME));

        assertEquals(List.of("voice", "email", "chat", "social"), routing.queues().stream().map(QueueDefinition::id)
                .toList());
        assertEquals("voice", routing.queueFor("phone.sandbox", MediaType.VOICE));
    }

    @Test
    void queuesCapacityAgentsAndChannelsAreReadWithComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(RoutingConfigReader.FILE_NAME);
        Files.writeString(file, """
                // Sales and support share the phones; a comment is allowed.
                {
                  "capacity": {"chat": 3, "email": 5},
                  "offerTimeout": {"voice": "20s"},
                  "agents": {"departments": ["Support"], "blendEligibleEvery": 0},
                  "queues": [
                    {"id": "support", "name": "Support", "media": "voice", "priority": 7,
                     "serviceLevel": {"percent": 90, "within": "30s"}, "skills": {"swedish": 3},
                     "overflow": [{"after": "2m", "to": "queue", "target": "sales"},
                                  {"after": "PT10M", "to": "voicemail"}]},
                    {"id": "sales", "media": "VOICE"},
                    {"id": "mail", "media": "email"},
                  ],
                  "channels": {"phone.sales": "sales"}
                }
                """);

        DeskRouting routing = reader.read(file);

        QueueDefinition support = routing.queues().get(0);
        assertEquals(7, support.priority());
        assertEquals(90, support.target().percent());
        assertEquals(Duration.ofSeconds(30), support.target().threshold());
        assertEquals("swedish", support.requiredSkills().get(0).skill());
        assertEquals(List.of(OverflowRule.toQueue(Duration.ofMinutes(2), "sales"),
                OverflowRule.toVoicemail(Duration.ofMinutes(10))), support.overflowRules());
        assertEquals("sales", routing.queues().get(1).name(), "the id names a queue without a name");
        assertEquals(3, routing.settings().defaultCapacity().get(MediaType.CHAT));
        assertEquals(1, routing.settings().defaultCapacity().get(MediaType.VOICE), "absent settings keep defaults");
        assertEquals(Duration.ofSeconds(20), routing.settings().offerTimeout().get(MediaType.VOICE));
        assertEquals("sales", routing.queueFor("phone.sales", MediaType.VOICE));
        assertEquals("support", routing.queueFor("phone.main", MediaType.VOICE), "first queue of the media type");
        assertEquals("support", routing.queueFor("chat.web", MediaType.CHAT), "never without a queue");
        Person karin = Person.of("karin", "Karin", "support", "201");
        assertTrue(routing.agents().isAgent(karin), "departments match without regard to case");
        assertEquals(false, routing.agents().profileOf(karin, 0).blendEligible());
    }

    @Test
    void aMisspeltSettingIsNamedWithWhereItIs() {
        RoutingConfigException e = assertThrows(RoutingConfigException.class, () -> reader.parse("""
                {"queues": [{"id": "a", "media": "voice", "overflow": [{"after": "1m", "too": "voicemail"}]}]}
                """));

        assertTrue(e.getMessage().startsWith("queues[0].overflow[0] unknown setting 'too'"), e.getMessage());
    }

    @Test
    void wrongValuesAreRefusedWithTheFieldAndWhatWasExpected() {
        assertProblem("{\"capacity\": {\"fax\": 1}}", "capacity.fax must be one of voice, email, chat, social");
        assertProblem("{\"capacity\": {\"chat\": -1}}", "capacity.chat must be a whole number from 0 to 100");
        assertProblem("{\"offerTimeout\": {\"chat\": \"soon\"}}", "offerTimeout.chat must be a positive duration");
        assertProblem("{\"queues\": []}", "queues must name at least one queue");
        assertProblem("{\"queues\": [{\"id\": \"a\", \"media\": \"voice\", \"priority\": 12}]}",
                "queues[0].priority must be a whole number from 1 to 9");
        assertProblem("{\"queues\": [{\"id\": \"a\", \"media\": \"voice\"}, {\"id\": \"a\", \"media\": \"chat\"}]}",
                "queue id 'a' is used twice");
        assertProblem("{\"queues\": [{\"id\": \"a\", \"media\": \"voice\", \"overflow\": [{\"after\": \"1m\","
                + " \"to\": \"queue\", \"target\": \"nowhere\"}]}]}", "queue a overflows to unknown queue 'nowhere'");
        assertProblem("{\"channels\": {\"phone.x\": \"nowhere\"}}", "channel phone.x goes to unknown queue 'nowhere'");
        assertProblem("{\"queues\": [{\"id\": \"a\", \"media\": \"voice\", \"overflow\": [{\"after\": \"1m\","
                + " \"to\": \"partner\"}]}]}", "queues[0].overflow[0].target must be a non-empty text");
    }

    @Test
    void eachProblemCarriesACodeTheSettingAndItsDataForTheDesktop() {
        assertCode("{\"capacity\": {\"fax\": 1}}", Kind.NOT_MEDIA, "capacity.fax", "fax");
        assertCode("{\"capacity\": {\"chat\": -1}}", Kind.NOT_WHOLE_NUMBER, "capacity.chat", "0", "100");
        assertCode("{\"offerTimeout\": {\"chat\": \"soon\"}}", Kind.NOT_DURATION, "offerTimeout.chat", "soon");
        assertCode("{\"queues\": []}", Kind.NO_QUEUES, "queues");
        assertCode("{\"queuez\": []}", Kind.UNKNOWN_SETTING, "", "queuez",
                "agents, capacity, channels, offerTimeout, queues");
        assertCode("{\"queues\": [{\"id\": \"a\", \"media\": \"voice\", \"overflow\": [{\"after\": \"1m\","
                + " \"to\": \"fax\"}]}]}", Kind.NOT_OVERFLOW_TARGET, "queues[0].overflow[0].to", "fax");
        assertCode("{\n  \"capacity\": {\"chat\": 3,,}\n}", Kind.NOT_JSON, "", "2", "26");
        assertCode("", Kind.EMPTY, "");
        assertCode("[1, 2]", Kind.NOT_OBJECT, "");
        assertCode("{\"channels\": {\"phone.x\": \"nowhere\"}}", Kind.RULE_BROKEN, "",
                "channel phone.x goes to unknown queue 'nowhere'");
    }

    @Test
    void theDefaultQueuesCarryNoEnglishNameTheDesktopNamesThem() {
        List<String> names = DeskRouting.defaults(java.time.ZoneOffset.UTC).queues().stream()
                .map(QueueDefinition::name).toList();

        assertEquals(List.of("", "", "", ""), names);
    }

    @Test
    void brokenJsonSaysWhere() {
        assertProblem("{\n  \"capacity\": {\"chat\": 3,,}\n}", "is not valid JSON at line 2");
        assertProblem("", "is empty");
        assertProblem("[1, 2]", "the file must be an object");
    }

    @Test
    void aFileThatIsNotAFileIsAClearError(@TempDir Path dir) throws Exception {
        Path file = Files.createDirectory(dir.resolve(RoutingConfigReader.FILE_NAME));

        RoutingConfigException e = assertThrows(RoutingConfigException.class, () -> reader.read(file));

        assertTrue(e.getMessage().startsWith("cannot read"), e.getMessage());
        assertEquals(ConfigurationProblem.Kind.UNREADABLE, e.problem().kind());
    }

    @Test
    void overflowKindsMapToTheRoutingRules() throws Exception {
        DeskRouting routing = reader.parse("""
                {"queues": [{"id": "p", "media": "voice", "overflow": [
                  {"after": "90s", "to": "partner", "target": "acme"}, {"after": "3m", "to": "callback"}]}]}
                """);

        List<OverflowState.Kind> kinds = routing.queues().get(0).overflowRules().stream().map(OverflowRule::kind)
                .toList();
        assertEquals(List.of(OverflowState.Kind.PARTNER, OverflowState.Kind.CALLBACK), kinds);
    }

    private void assertCode(String json, Kind kind, String setting, String... values) {
        RoutingConfigException e = assertThrows(RoutingConfigException.class, () -> reader.parse(json));
        assertEquals(ConfigurationProblem.of(kind, setting, values), e.problem(), e.getMessage());
    }

    private void assertProblem(String json, String expectedStart) {
        RoutingConfigException e = assertThrows(RoutingConfigException.class, () -> reader.parse(json));
        assertTrue(e.getMessage().startsWith(expectedStart), () -> "expected '" + expectedStart + "...' but got: "
                + e.getMessage());
    }
}

package org.samklang.core.internal.conversation;

import org.samklang.core.api.ChannelLimitException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.spi.ChannelCapabilities;

/** Replies with attachments: only staged files, only on channels that declare they carry them, within the size. */
class ReplyAttachmentsTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();
    private final FakeConnector mail = new FakeConnector(Inbound.MAIL, MediaType.EMAIL);

    @TempDir
    Path home;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAStagedFileWithinTheLimit_whenReplyingByEmail_thenThePluginGetsTheStagedReference() throws IOException {
        mail.setCapabilities(mailCarrying(1_000));
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();
        AttachmentRef receipt = stage("kvitto.pdf", 1_000);

        Message reply = fixture.engine.sendReply(conversation, reply("r1").withAttachments(List.of(receipt)))
                .join();
        fixture.engine.outbox().runDue(fixture.clock.instant());

        assertEquals(List.of(receipt), reply.attachments());
        assertEquals(List.of(receipt), mail.attempts().get(0).attachments());
        assertEquals(List.of(receipt), fixture.engine.message(reply.id()).orElseThrow().attachments());
    }

    @Test
    void givenAChannelWithoutAttachments_whenReplyingWithOne_thenRefusedNamingTheFileBeforeAnythingIsStored()
            throws IOException {
        FakeConnector sms = new FakeConnector(Inbound.SMS, MediaType.CHAT);
        sms.setCapabilities(new ChannelCapabilities(160, false, 0, true, Optional.empty(), false, false, false));
        fixture.engine.connectors().add(sms);
        ConversationId conversation = question();
        AttachmentRef photo = stage("foto.jpg", 10);
        long sequence = fixture.engine.lastSequence();

        ChannelLimitException refused = refusal(conversation, reply("r2").onChannel(Inbound.SMS)
                .withRecipient(Address.tel("+46701234567"))
                .withAttachments(List.of(photo)));

        assertTrue(refused.getMessage().contains(Inbound.SMS + " cannot carry attachments"), refused.getMessage());
        assertTrue(refused.getMessage().contains("foto.jpg"), refused.getMessage());
        assertEquals(sequence, fixture.engine.lastSequence(), "nothing journalled");
        assertEquals(0, fixture.engine.outbox().runDue(fixture.clock.instant()), "nothing queued");
    }

    @Test
    void givenAnAttachmentOverTheChannelsLimit_whenReplying_thenRefusedWithTheFileAndTheLimit() throws IOException {
        mail.setCapabilities(mailCarrying(999));
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();
        AttachmentRef big = stage("stor.pdf", 1_000);

        ChannelLimitException refused = refusal(conversation, reply("r3").withAttachments(List.of(big)));

        assertTrue(refused.getMessage().contains("stor.pdf") && refused.getMessage().contains("at most 999 bytes"),
                refused.getMessage());
        assertEquals(0, fixture.engine.outbox().runDue(fixture.clock.instant()));
        assertEquals(List.of(), mail.attempts());
    }

    @Test
    void givenAReferenceOutsideTheStagingArea_whenReplying_thenRefusedSoNoPluginReadsAnArbitraryPath()
            throws IOException {
        mail.setCapabilities(mailCarrying(10_000));
        fixture.engine.connectors().add(mail);
        ConversationId conversation = question();
        Path secret = Files.writeString(home.resolve("id_rsa"), "-----BEGIN KEY-----");
        AttachmentRef foreign = new AttachmentRef("id_rsa", "text/plain", Files.size(secret),
                secret.toUri().toString());
        String staged = stage("ok.txt", 5).uri();
        AttachmentRef traversal = new AttachmentRef("passwd", "text/plain", 5,
                staged.substring(0, staged.lastIndexOf('/')) + "/../../../../../../etc/passwd");

        for (AttachmentRef hostile : List.of(foreign, traversal)) {
            IllegalArgumentException refused = refusal(conversation, reply("r-" + hostile.name())
                    .withAttachments(List.of(hostile)), IllegalArgumentException.class);
            assertTrue(refused.getMessage().contains("not a file attached on this desk"), refused.getMessage());
        }
        assertEquals(0, fixture.engine.outbox().runDue(fixture.clock.instant()));
        assertEquals(List.of(), mail.attempts());
    }

    private ChannelLimitException refusal(ConversationId conversation, ReplyDraft draft) {
        return refusal(conversation, draft, ChannelLimitException.class);
    }

    private <T extends RuntimeException> T refusal(ConversationId conversation, ReplyDraft draft, Class<T> type) {
        CompletionException error = assertThrows(CompletionException.class,
                () -> fixture.engine.sendReply(conversation, draft).join());
        return assertInstanceOf(type, error.getCause());
    }

    private AttachmentRef stage(String name, int size) throws IOException {
        Path file = Files.write(home.resolve(name), new byte[size]);
        // Different sizes give different content, so every staged file is its own.
        return fixture.engine.attachments().stage(file);
    }

    private static ReplyDraft reply(String key) {
        return ReplyDraft.text(key, "Se bifogad fil.");
    }

    private static ChannelCapabilities mailCarrying(long maxBytes) {
        return new ChannelCapabilities(ChannelCapabilities.UNLIMITED, true, maxBytes, true, Optional.empty(), false,
                false, false);
    }

    private ConversationId question() {
        return fixture.ingest(Inbound.email("<q1@kund.se>", "anna@kund.se", "Fråga", t0, null)).conversationId()
                .orElseThrow();
    }
}

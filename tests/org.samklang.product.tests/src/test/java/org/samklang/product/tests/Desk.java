package org.samklang.product.tests;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agent does at the desk, step by step, with the keyboard (and a click where a person would click), each
 * step waiting until the screen shows its effect. Shared by the scenario tests and the UI benchmark.
 */
final class Desk {

    static final Duration STEP = Duration.ofSeconds(20);
    static final Duration DATA = Duration.ofSeconds(90);
    private static final Pattern PHONE = Pattern.compile("\\+\\d{8,15}");

    private final LiveProduct product;

    Desk(LiveProduct product) {
        this.product = product;
    }

    static Screen.Widget list(Screen screen) {
        return screen.part(Ids.CONVERSATIONS).all("Table").stream().findFirst()
                .orElse(new Screen.Widget(java.util.Map.of()));
    }

    static Screen.Widget channelChoice(Screen screen) {
        return screen.part(Ids.CONVERSATIONS).all("Combo").stream().findFirst()
                .orElse(new Screen.Widget(java.util.Map.of()));
    }

    /** Waits until the conversation list shows rows loaded from the store (not placeholders). */
    Screen awaitConversations() {
        return product.waitFor("conversations in the list", DATA,
                s -> list(s).itemCount() > 0 && list(s).rows().stream().anyMatch(r -> r.get(2).length() > 1));
    }

    /** Ctrl+K, then Tab to the channel choice and arrow through it until it reads {@code channel}. */
    Screen chooseChannel(String channel) {
        Input.key("ctrl+k");
        product.waitFor("the search field focused (Ctrl+K)", STEP,
                s -> "Text".equals(s.focus().type()) && Ids.CONVERSATIONS.equals(s.focusPart()));
        Screen screen = product.dump();
        for (int tabs = 0; tabs < 6 && !"Combo".equals(screen.focus().type()); tabs++) {
            Input.key("Tab");
            screen = product.dump();
        }
        if (!"Combo".equals(screen.focus().type())) {
            throw new AssertionError("Tab never reached the channel choice; focus " + screen.focus().node());
        }
        Input.key("Home");
        screen = product.dump();
        for (int downs = 0; downs < 6 && !channelChoice(screen).text().contains(channel); downs++) {
            Input.key("Down");
            screen = product.dump();
        }
        if (!channelChoice(screen).text().contains(channel)) {
            throw new AssertionError(
                    "the channel choice never showed " + channel + ": " + channelChoice(screen).text());
        }
        return screen;
    }

    /**
     * Waits until every visible row is of the channel's glyph, then moves into the list with Ctrl+K and Down,
     * steps down to the row and opens it with Enter.
     */
    Screen openRow(String glyph, int index) {
        product.waitFor("rows with " + glyph + " only", DATA, s -> list(s).itemCount() > index
                && list(s).rows().stream().allMatch(r -> r.get(1).equals(glyph) && r.get(2).length() > 1));
        Input.key("ctrl+k");
        Input.key("Down");
        for (int i = 0; i < index; i++) {
            Input.key("Down");
        }
        product.waitFor("row " + index + " highlighted", STEP, s -> list(s).string("selectionIndex")
                .equals(index + ".0"));
        Input.key("Return");
        return product.waitFor("the conversation open in the thread", STEP,
                s -> s.part(Ids.THREAD).first(w -> w.type().equals("Text") && w.string("hint").contains("reply"))
                        .isPresent());
    }

    /** {@return the first +E.164 number in a text} */
    static Optional<String> phoneIn(List<String> texts) {
        for (String text : texts) {
            Matcher m = PHONE.matcher(text);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}

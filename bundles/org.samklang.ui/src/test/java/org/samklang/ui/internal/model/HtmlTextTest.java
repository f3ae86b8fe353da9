package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void givenParagraphsListsAndLinks_whenRendered_thenTheStructureStaysAndLinksShowTheirTarget() {
        String html = "<html><head><title>T</title><style>p{color:red}</style></head><body>"
                + "<p>Hej Anna,</p><p>Din order:</p><ul><li>Stol</li><li>Bord</li></ul>"
                + "<ol><li>Betala</li><li>Hämta</li></ol>"
                + "<p>Se <a href=\"https://shop.example.se/order/10452\">din order</a> eller "
                + "<a href=\"https://shop.example.se\">shop.example.se</a>.<br>Mvh<br>Erik</p></body></html>";

        String text = HtmlText.render(html).text();

        assertEquals("Hej Anna,\n\nDin order:\n\n• Stol\n• Bord\n\n1. Betala\n2. Hämta\n\n"
                + "Se din order (https://shop.example.se/order/10452) eller shop.example.se.\nMvh\nErik", text);
    }

    @Test
    void givenScriptsStylesAndEventHandlers_whenRendered_thenNoneOfThemIsLeft() {
        String html = "<p onclick=\"steal()\" style=\"width: expression(alert(1))\">Hej</p>"
                + "<script>alert('x')</script><style>body{background:url(javascript:alert(1))}</style>"
                + "<img src=\"https://tracker.example/pixel.gif\" onerror=\"alert(2)\">"
                + "<a href=\"javascript:alert(3)\">Klicka här</a><iframe src=\"https://evil.example\">ram</iframe>"
                + "<form action=\"https://evil.example\"><input value=\"lösen\"></form>";

        String text = HtmlText.render(html).text();

        assertFalse(text.contains("alert"), text);
        assertFalse(text.contains("steal"), text);
        assertFalse(text.contains("expression"), text);
        assertFalse(text.contains("javascript"), text);
        assertFalse(text.contains("tracker.example"), "no remote image is referenced: " + text);
        assertFalse(text.contains("evil.example"), text);
        assertTrue(text.startsWith("Hej"), text);
        assertTrue(text.contains("[image]"), text);
        assertTrue(text.contains("Klicka här"), "the link text stays, without its target: " + text);
    }

    @Test
    void givenABlockquote_whenRendered_thenItsLinesAreQuotedSoTheyCanBeFolded() {
        String html = "<p>Tack!</p><div>On Tue, Anna wrote:</div><blockquote><p>Var är min order?</p>"
                + "<p>Mvh Anna</p></blockquote>";

        String text = HtmlText.render(html).text();

        assertTrue(text.contains("> Var är min order?\n>\n> Mvh Anna"), text);
        assertEquals("Tack!", QuotedText.split(text).fresh());
    }

    @Test
    void givenAHugeBody_whenRendered_thenItIsCutBeforeParsingAndTheCutIsReported() {
        String html = "<p>" + "spam ".repeat(1 << 18) + "</p>";

        HtmlText.Rendered rendered = HtmlText.render(html);

        assertTrue(rendered.cut());
        assertTrue(rendered.text().length() <= HtmlText.MAX_HTML_CHARS);
    }

    @Test
    void givenBidiOverridesZeroWidthCharactersEmojiAndMixedScripts_whenRendered_thenOnlyTheHidingCharactersGo() {
        String html = "<p>invoice\u202Efdp.exe \u200Bpay 👩\u200D💻 مرحبا Ωμέγα 漢字</p>";

        String text = HtmlText.render(html).text();

        assertEquals("invoicefdp.exe pay 👩\u200D💻 مرحبا Ωμέγα 漢字", text);
    }
}

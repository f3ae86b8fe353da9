package org.samklang.ui.internal.model;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML e-mail body into plain text that keeps its structure: paragraphs and line breaks, bulleted and
 * numbered lists, block quotes as "&gt; " lines (so {@link QuotedText} can fold them), links as "text (URL)",
 * images as "[image: alt]".
 * <p>
 * The HTML is hostile. It is first cleaned by jsoup's {@link Cleaner} with an allow-list of structural tags: scripts,
 * styles, forms, frames, event-handler and style attributes (CSS expressions) go; links keep only http, https,
 * mailto and tel targets (a {@code javascript:} link becomes its bare text); images keep only their alt text, so
 * nothing remote is ever loaded. The result is text, shown in a plain text widget, never HTML. Bodies longer than
 * {@link #MAX_HTML_CHARS} are cut before parsing so one message cannot stall the desktop. Pure and thread-safe.
 */
public final class HtmlText {

    /** Longest HTML parsed, in characters; the rest is cut (and the cut is reported). */
    public static final int MAX_HTML_CHARS = 256 * 1024;

    private static final Safelist STRUCTURE = Safelist.none()
            .addTags("p", "br", "div", "span", "ul", "ol", "li", "blockquote", "b", "strong", "i", "em", "u", "h1",
                    "h2", "h3", "h4", "h5", "h6", "pre", "code", "table", "thead", "tbody", "tr", "td", "th", "hr",
                    "a", "img", "dl", "dt", "dd", "font", "center", "section", "article", "header", "footer")
            .addAttributes("a", "href").addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addAttributes("img", "alt");

    /** The text, and whether the HTML was cut before parsing. */
    public record Rendered(String text, boolean cut) {
    }

    private HtmlText() {
    }

    /** {@return {@code html} as structured, cleaned plain text} */
    public static Rendered render(String html) {
        String source = html == null ? "" : html;
        boolean cut = source.length() > MAX_HTML_CHARS;
        Document dirty = Jsoup.parse(cut ? DisplayText.prefix(source, MAX_HTML_CHARS) : source);
        Document clean = new Cleaner(STRUCTURE).clean(dirty);
        TextWriter writer = new TextWriter();
        NodeTraversor.traverse(writer, clean.body());
        return new Rendered(DisplayText.clean(writer.text()), cut);
    }

    /** Walks the cleaned tree and writes lines, keeping quote depth and list numbering. */
    private static final class TextWriter implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private final java.util.ArrayDeque<int[]> lists = new java.util.ArrayDeque<>();
        private int quoteDepth;
        private int preDepth;
        private boolean lineStart = true;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                write(preDepth > 0 ? text.getWholeText() : text.text());
            } else if (node instanceof Element element) {
                open(element);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                close(element);
            }
        }

        String text() {
            return out.toString();
        }

        private void open(Element element) {
            switch (element.normalName()) {
                case "br" -> newLine();
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "dl", "section", "article" -> block();
                case "tr", "dt", "dd", "center", "header", "footer" -> newLine();
                case "pre" -> {
                    block();
                    preDepth++;
                }
                case "blockquote" -> {
                    block();
                    quoteDepth++;
                }
                case "ul" -> openList(false);
                case "ol" -> openList(true);
                case "li" -> listItem();
                case "hr" -> {
                    newLine();
                    write("――――――――");
                    newLine();
                }
                case "img" -> {
                    boolean glued = !lineStart && !Character.isWhitespace(out.charAt(out.length() - 1));
                    String alt = element.attr("alt");
                    write((glued ? " " : "") + (alt.isBlank() ? "[image]" : "[image: " + alt + "]"));
                }
                case "td", "th" -> {
                    if (element.elementSiblingIndex() > 0) {
                        write(" | ");
                    }
                }
                default -> {
                    // Inline elements (b, i, span, a, ...) add no structure of their own.
                }
            }
        }

        private void close(Element element) {
            switch (element.normalName()) {
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "dl", "section", "article" -> block();
                case "pre" -> {
                    preDepth--;
                    block();
                }
                case "blockquote" -> {
                    quoteDepth--;
                    block();
                }
                case "ul", "ol" -> {
                    lists.pop();
                    if (lists.isEmpty()) {
                        block();
                    }
                }
                case "a" -> linkTarget(element);
                default -> {
                    // Nothing to close.
                }
            }
        }

        private void openList(boolean numbered) {
            newLine();
            lists.push(new int[]{numbered ? 1 : 0});
        }

        private void listItem() {
            newLine();
            int[] list = lists.peek();
            String indent = "  ".repeat(Math.max(0, lists.size() - 1));
            if (list != null && list[0] > 0) {
                write(indent + list[0]++ + ". ");
            } else {
                write(indent + "• ");
            }
        }

        /** Shows where a link goes, unless its text already says it. */
        private void linkTarget(Element link) {
            String href = link.attr("href").strip();
            if (href.isEmpty()) {
                return;
            }
            String text = link.text().strip();
            String bare = href.replaceFirst("^(mailto:|tel:|https?://)", "").replaceFirst("/$", "");
            if (!text.equals(href) && !text.equals(bare)) {
                write(text.isEmpty() ? href : " (" + href + ")");
            }
        }

        private void write(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    newLine();
                    continue;
                }
                if (lineStart) {
                    if (c == ' ' && preDepth == 0) {
                        continue;
                    }
                    out.append("> ".repeat(quoteDepth));
                    lineStart = false;
                }
                out.append(c);
            }
        }

        private void newLine() {
            if (!lineStart) {
                out.append('\n');
                lineStart = true;
            }
        }

        /** Ends the line and leaves one blank line (inside a quote, a bare "&gt;" line). */
        private void block() {
            newLine();
            int end = out.length();
            boolean blankAlready = end == 0 || (end >= 2 && out.charAt(end - 2) == '\n')
                    || out.toString().endsWith(">\n");
            if (!blankAlready) {
                out.append(quoteDepth > 0 ? ">".repeat(quoteDepth) : "").append('\n');
            }
        }
    }
}

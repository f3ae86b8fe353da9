package org.samklang.product.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One probe dump: what the window showed at one moment, as a user would read it. Regions are the parts of the
 * active perspective and the window's tool controls, each a tree of visible widgets.
 */
record Screen(Map<String, Object> root, String raw) {

    static Screen parse(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        return new Screen(root, json);
    }

    long takenAtMillis() {
        return ((Double) root.get("takenAtMillis")).longValue();
    }

    long lastKeyDownAtMillis() {
        return ((Double) root.get("lastKeyDownAtMillis")).longValue();
    }

    String perspective() {
        return (String) root.get("perspective");
    }

    String windowTitle() {
        return (String) root.get("windowTitle");
    }

    /** {@return the main window's [x, y, width, height] on the screen} */
    int[] windowBounds() {
        return Widget.rectangle(root.get("windowBounds"));
    }

    /** {@return the primary monitor's work area [x, y, width, height]} */
    int[] screenArea() {
        return Widget.rectangle(root.get("screen"));
    }

    /** {@return the focused widget's type and part, e.g. "Text in org.samklang.ui.part.thread"} */
    Widget focus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) root.get("focus");
        return focus == null ? new Widget(Map.of()) : new Widget(focus);
    }

    String focusPart() {
        return focus().string("part");
    }

    /** The event-loop lateness figure in milliseconds: "p50Millis", "p99Millis", "maxMillis", "samples". */
    double eventLoop(String figure) {
        @SuppressWarnings("unchecked")
        Map<String, Object> loop = (Map<String, Object>) root.get("eventLoop");
        return (Double) loop.get(figure);
    }

    /** {@return the region's widget tree, if the region is on screen} */
    Optional<Widget> region(String id) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) root.get("parts");
        return parts.stream().filter(p -> id.equals(p.get("id"))).findFirst().map(p -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> widget = (Map<String, Object>) p.get("widget");
            return new Widget(widget);
        });
    }

    /** {@return the open windows besides the main one (dialogs), by title, each with its widget tree} */
    Map<String, Widget> dialogs() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dialogs = (List<Map<String, Object>>) root.getOrDefault("dialogs", List.of());
        Map<String, Widget> byTitle = new java.util.LinkedHashMap<>();
        for (Map<String, Object> dialog : dialogs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> widget = (Map<String, Object>) dialog.get("widget");
            byTitle.put((String) dialog.get("title"), new Widget(widget));
        }
        return byTitle;
    }

    /** {@return the region's widget tree} or an empty one when it is not on screen */
    Widget part(String id) {
        return region(id).orElse(new Widget(Map.of()));
    }

    /** One visible widget and its visible children. */
    record Widget(Map<String, Object> node) {

        String type() {
            return string("type");
        }

        String text() {
            return string("text");
        }

        boolean enabled() {
            return !Boolean.FALSE.equals(node.get("enabled"));
        }

        boolean selected() {
            return Boolean.TRUE.equals(node.get("selected"));
        }

        String string(String key) {
            Object value = node.get(key);
            return value == null ? "" : value.toString();
        }

        int itemCount() {
            Object count = node.get("itemCount");
            return count == null ? 0 : ((Double) count).intValue();
        }

        /** {@return the visible rows' cell texts; the first cell is the row index} */
        @SuppressWarnings("unchecked")
        List<List<String>> rows() {
            Object rows = node.get("rows");
            return rows == null ? List.of() : (List<List<String>>) rows;
        }

        /** {@return [x, y, width, height] in screen coordinates} */
        int[] bounds() {
            return rectangle(node.get("bounds"));
        }

        /** {@return a table's column widths in pixels, left to right} */
        List<Integer> columnWidths() {
            @SuppressWarnings("unchecked")
            List<Double> widths = (List<Double>) node.get("columnWidths");
            return widths == null ? List.of() : widths.stream().map(Double::intValue).toList();
        }

        static int[] rectangle(Object value) {
            @SuppressWarnings("unchecked")
            List<Double> b = (List<Double>) value;
            return b == null
                    ? new int[4]
                    : new int[]{b.get(0).intValue(), b.get(1).intValue(), b.get(2).intValue(), b.get(3).intValue()};
        }

        /** {@return the centre of the widget in screen coordinates, where a click lands} */
        int[] centre() {
            @SuppressWarnings("unchecked")
            List<Double> b = (List<Double>) node.get("bounds");
            return new int[]{(int) (b.get(0) + b.get(2) / 2), (int) (b.get(1) + b.get(3) / 2)};
        }

        @SuppressWarnings("unchecked")
        List<Widget> children() {
            Object children = node.get("children");
            return children == null
                    ? List.of()
                    : ((List<Map<String, Object>>) children).stream().map(Widget::new).toList();
        }

        /** {@return this widget and every visible descendant, depth first} */
        List<Widget> all() {
            List<Widget> out = new ArrayList<>();
            collect(this, out);
            return out;
        }

        List<Widget> all(String type) {
            return all().stream().filter(w -> w.type().equals(type)).toList();
        }

        Optional<Widget> first(Predicate<Widget> test) {
            return all().stream().filter(test).findFirst();
        }

        /** {@return every text a user reads here: labels, buttons, fields, visible table cells} */
        List<String> texts() {
            List<String> out = new ArrayList<>();
            for (Widget w : all()) {
                if (!w.text().isEmpty()) {
                    out.add(w.text());
                }
                for (List<String> row : w.rows()) {
                    out.addAll(row.subList(1, row.size()));
                }
            }
            return out;
        }

        /** {@return whether any text here contains the fragment} */
        boolean shows(String fragment) {
            return texts().stream().anyMatch(t -> t.contains(fragment));
        }

        private static void collect(Widget widget, List<Widget> out) {
            out.add(widget);
            widget.children().forEach(child -> collect(child, out));
        }
    }
}

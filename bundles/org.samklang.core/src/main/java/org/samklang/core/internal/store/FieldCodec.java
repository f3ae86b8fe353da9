package org.samklang.core.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs lists and maps of strings into one TEXT column as length-prefixed items ({@code 5:hello3:abc}).
 * <p>
 * Length prefixes instead of separators mean no character of hostile input (newlines, colons, quotes) can break the
 * encoding, and no JSON library is needed for a few columns nobody queries into.
 */
public final class FieldCodec {

    private FieldCodec() {
    }

    public static String encodeList(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            out.append(item.length()).append(':').append(item);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException if {@code encoded} was not made by {@link #encodeList(List)} */
    public static List<String> decodeList(String encoded) {
        List<String> items = new ArrayList<>();
        int position = 0;
        while (position < encoded.length()) {
            int colon = encoded.indexOf(':', position);
            if (colon < 0) {
                throw new IllegalArgumentException("damaged list field at " + position);
            }
            int length = parseLength(encoded, position, colon);
            int end = colon + 1 + length;
            if (end > encoded.length()) {
                throw new IllegalArgumentException("damaged list field: item runs past the end");
            }
            items.add(encoded.substring(colon + 1, end));
            position = end;
        }
        return items;
    }

    public static String encodeMap(Map<String, String> map) {
        List<String> flat = new ArrayList<>(map.size() * 2);
        map.forEach((key, value) -> {
            flat.add(key);
            flat.add(value);
        });
        return encodeList(flat);
    }

    public static Map<String, String> decodeMap(String encoded) {
        List<String> flat = decodeList(encoded);
        if (flat.size() % 2 != 0) {
            throw new IllegalArgumentException("damaged map field: odd number of items");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            map.put(flat.get(i), flat.get(i + 1));
        }
        return map;
    }

    private static int parseLength(String encoded, int from, int to) {
        try {
            int length = Integer.parseInt(encoded, from, to, 10);
            if (length < 0) {
                throw new IllegalArgumentException("damaged list field: negative length");
            }
            return length;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("damaged list field: bad length at " + from, e);
        }
    }
}

package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CodecTest {

    @Test
    void givenHostileStrings_whenEncodedAsAList_thenTheyDecodeUnchanged() {
        List<String> items = List.of("", "12:34", "3:abc", "line\nbreak", "\"quoted\"", "åäö 😀", ":");

        assertEquals(items, FieldCodec.decodeList(FieldCodec.encodeList(items)));
    }

    @Test
    void givenAMap_whenEncoded_thenItDecodesWithTheSameEntriesInOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Message-ID", "<m1@kund.se>");
        headers.put("X-Empty", "");
        headers.put("Subject", "Re: 5:five");

        assertEquals(headers, FieldCodec.decodeMap(FieldCodec.encodeMap(headers)));
    }

    @Test
    void givenDamagedText_whenDecoded_thenItIsRejectedClearly() {
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.decodeList("5:abc"));
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.decodeList("x:abc"));
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.decodeMap("1:a"));
    }

    @Test
    void givenACursor_whenEncoded_thenItDecodesOnlyForItsOwnList() {
        KeysetCursor cursor = new KeysetCursor('t', 1_763_000_000_000L, 42);

        assertEquals(cursor, KeysetCursor.decode(cursor.encode(), 't'));
        assertThrows(IllegalArgumentException.class, () -> KeysetCursor.decode(cursor.encode(), 'c'));
        assertThrows(IllegalArgumentException.class, () -> KeysetCursor.decode("t..", 't'));
        assertThrows(IllegalArgumentException.class, () -> KeysetCursor.decode("'; DROP TABLE message", 't'));
    }
}

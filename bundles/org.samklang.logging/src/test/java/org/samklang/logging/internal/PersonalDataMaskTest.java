package org.samklang.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses and numbers as customers and systems write them are masked; the rest of a log line is left alone. */
class PersonalDataMaskTest {

    private final PersonalDataMask mask = new PersonalDataMask();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            anna.svensson@example.se                              | [e-mail]
            from Anna Svensson <anna.svensson@example.se>         | from Anna Svensson <[e-mail]>
            mailto:anna@example.se                                | mailto:[e-mail]
            ANNA+orders@Sub.Example.CO.UK replied                 | [e-mail] replied
            åsa.öberg@företag.se                                  | [e-mail]
            o'brien@example.ie wrote                              | [e-mail] wrote
            GET /search?q=anna%40example.se&page=2                | GET /search?q=[e-mail]&page=2
            inbound email.sandbox/anna_s-1@mail.example.com       | inbound email.sandbox/[e-mail]
            sip:+46701234567@pbx.example.se                       | sip:[e-mail]
            """)
    void maskEMailAddresses(String line, String expected) {
        assertEquals(expected, mask.mask(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            caller +46 70 123 45 67 rang                          | caller [phone …67] rang
            +46701234567                                          | [phone …67]
            070-123 45 67                                         | [phone …67]
            0701234567                                            | [phone …67]
            call 070 123 45 67 back                               | call [phone …67] back
            08-123 456 78                                         | [phone …78]
            (08) 123 456 78                                       | [phone …78]
            0046 70 123 45 67                                     | [phone …67]
            tel:+46701234567                                      | tel:[phone …67]
            Norway +47 912 34 567                                 | Norway [phone …67]
            Finland +358 40 1234567                               | Finland [phone …67]
            London +44 20 7946 0958                               | London [phone …58]
            a typo +46 70 123 45 6                                | a typo [phone …56]
            """)
    void maskPhoneNumbers(String line, String expected) {
        assertEquals(expected, mask.mask(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07 15:48:12.953 store opened", "list-load waited 1234 ms, loaded in 56 ms",
            "inbound phone.sandbox/call-70-328363/answered@1796651270258 normalised", "PBX event for emp-0019 ignored",
            "list-filter All rows=104472", "migrated to schema version 4", "at o.s.c.Writer.run(Writer.java:123)",
            "conversation 3f2a9c1e-8b7d-4e2f-9a6b-1c2d3e4f5a6b", "sqlite-jdbc 3.54.1.0", "no address given"})
    void leaveDiagnosticsAlone(String line) {
        assertEquals(line, mask.mask(line));
    }

    @org.junit.jupiter.api.Test
    void maskInsideAStackTrace() {
        String trace = "java.lang.IllegalStateException: no customer for anna@example.se or +46 70 123 45 67\n"
                + "\tat org.samklang.core.internal.identity.Lookup.find(Lookup.java:42)\n";

        String masked = mask.mask(trace);

        assertEquals("java.lang.IllegalStateException: no customer for [e-mail] or [phone …67]\n"
                + "\tat org.samklang.core.internal.identity.Lookup.find(Lookup.java:42)\n", masked);
        assertFalse(masked.contains("anna"));
    }
}

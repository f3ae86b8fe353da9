package org.samklang.sandbox.internal.crm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.samklang.core.api.model.CustomerRecord;
import org.samklang.sandbox.internal.SandboxMessages;

/**
 * The sandbox CRM keeps its records in Swedish, as a Nordic CRM would; a lookup gets the field labels and the
 * segment in the language it asks for (English and Swedish; other languages get English). Values are data and stay
 * as stored. Thread-safe.
 */
final class CrmLabels {

    /** The CRM's own labels and segments, by the message key of their translation. */
    private static final Map<String, String> KEYS = Map.of("Land", "crm.field.country", "Ort", "crm.field.city",
            "Språk", "crm.field.language", "Kund sedan", "crm.field.customerSince", "Organisationsnummer",
            "crm.field.organisationNumber", "Anteckning", "crm.field.note", "Privat", "crm.segment.private",
            "Företag", "crm.segment.business", "Storkund", "crm.segment.keyAccount");

    private CrmLabels() {
    }

    /** {@return the record with its labels and segment in {@code locale}} */
    static CustomerRecord in(CustomerRecord record, Locale locale) {
        Locale language = "sv".equals(locale.getLanguage()) ? Locale.of("sv") : Locale.ENGLISH;
        Map<String, String> fields = new LinkedHashMap<>();
        record.fields().forEach((label, value) -> fields.put(translate(label, language), value));
        return new CustomerRecord(record.externalId(), record.name(), record.firstName(), record.lastName(),
                record.company(), translate(record.segment(), language), record.vip(), record.addresses(), fields,
                record.link());
    }

    private static String translate(String text, Locale language) {
        String key = KEYS.get(text);
        return key == null ? text : SandboxMessages.text(language, key);
    }
}

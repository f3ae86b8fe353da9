package org.samklang.sandbox.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Checks numbers with libphonenumber, the library the core normalises with, so "valid" in these tests means what it
 * means to the screen pop.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** {@return the region (SE, NO...) of a valid mobile number, or null if it is not one} */
    public static String mobileRegion(String e164) {
        try {
            PhoneNumber number = PHONES.parse(e164, "ZZ");
            PhoneNumberType type = PHONES.getNumberType(number);
            boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            return PHONES.isValidNumber(number) && mobile ? PHONES.getRegionCodeForNumber(number) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** {@return the E.164 form of a number as a Swedish phone system shows it, e.g. "070-123 45 67"} */
    public static String e164(String text) {
        try {
            return PHONES.format(PHONES.parse(text, "SE"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}

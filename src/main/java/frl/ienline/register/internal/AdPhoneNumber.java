package frl.ienline.register.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;

/**
 * The phone number a business will use in its advertisements, in E.164 ({@code +31612345678}). Input
 * in any usual Dutch or international notation is normalised with libphonenumber (default region NL).
 */
public record AdPhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public AdPhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("Not a phone number in E.164 form");
        }
    }

    /** Normalises {@code 06-12345678}, {@code +31 6 1234 5678}, {@code 0031612345678}, … or rejects it. */
    public static AdPhoneNumber of(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            throw new IllegalArgumentException("A phone number is required");
        }
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(raw.strip(), "NL");
            if (!PHONES.isValidNumber(parsed)) {
                throw new IllegalArgumentException("Not a valid phone number");
            }
            return new AdPhoneNumber(PHONES.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not a valid phone number");
        }
    }

    /** For people: {@code +31 6 12345678}. */
    public String display() {
        try {
            return PHONES.format(PHONES.parse(e164, "NL"), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}

package frl.ienline.supervision.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import frl.ienline.adintel.AdSightings;
import frl.ienline.shared.InputRejected;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a phone number typed by an inspector into the keyed blind index ad intelligence uses, so a phone
 * met at a control can be matched with the phones in ads (displacement) without storing the number.
 * Without ad intelligence deployed it falls back to an HMAC with supervision's own key.
 */
@Component
public class PhoneIndex {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final ObjectProvider<AdSightings> sightings;
    private final SupervisionKeys keys;

    PhoneIndex(ObjectProvider<AdSightings> sightings, SupervisionKeys keys) {
        this.sightings = sightings;
        this.keys = keys;
    }

    /** The E.164 form of a Dutch or international number as written, if it is one. */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(raw.strip(), "NL");
            return UTIL.isPossibleNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The blind index of an optional phone number; a number that cannot be read is refused. */
    public String indexOrNull(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String e164 = toE164(raw).orElseThrow(() -> InputRejected.of(field, "supervision.error.phone"));
        return index(e164);
    }

    public String index(String e164) {
        AdSightings adintel = sightings.getIfAvailable();
        if (adintel != null) {
            return adintel.indexOfPhone(e164);
        }
        return keys.index().of("supervision-phone", e164); // without ad intelligence: the module's own key
    }
}

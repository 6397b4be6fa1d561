package frl.ienline.register.internal;

import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.RateLimit;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.platform.Verdict;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.TooManyRequests;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limits of the public register and its API (M14, D5; ADR 0013). Every client gets so many requests
 * a minute. The phone check ("is this the registered ad number of licence L?") is an oracle on a person's
 * phone, so it is also limited per phone (how many <em>different</em> licences one phone may be checked
 * against a day) and per licence (how many different phones a day), and every check is written to the
 * access log under a keyed hash of the phone, never the number itself.
 */
@Component
public class PublicLookups {

    static final String OBJECT = "licence-ad-phone";
    static final String PURPOSE = "public-phone-check";

    private final ClientKeys keys;
    private final AccessRecorder access;
    private final VerificationSnapshot snapshot;
    private final RateLimit perClient;
    private final RateLimit pairs;
    private final RateLimit licencesPerPhone;
    private final RateLimit phonesPerLicence;

    PublicLookups(ThrottleStore store, ClientKeys keys, AccessRecorder access, VerificationSnapshot snapshot,
            @Value("${ienline.register.verification.requests-per-minute:300}") int perMinute,
            @Value("${ienline.register.verification.licences-per-phone-per-day:3}") int licencesPerPhone,
            @Value("${ienline.register.verification.phones-per-licence-per-day:20}") int phonesPerLicence) {
        this.keys = keys;
        this.access = access;
        this.snapshot = snapshot;
        this.perClient = store.rateLimit("verify-client", perMinute, Duration.ofMinutes(1));
        this.pairs = store.rateLimit("verify-pair", 1, Duration.ofDays(1));
        this.licencesPerPhone = store.rateLimit("verify-phone", licencesPerPhone, Duration.ofDays(1));
        this.phonesPerLicence = store.rateLimit("verify-licence", phonesPerLicence, Duration.ofDays(1));
    }

    /** One request of this client to the public register or its API (429 when its budget is spent). */
    public void request(String client) {
        perClient.acquire(client).orThrow();
    }

    /**
     * Whether {@code e164} is the registered ad number of the licence. Asking again for the same pair costs
     * nothing; a new pair counts against the phone and against the licence (429 when either is spent).
     */
    public boolean adPhone(String licenceNumber, String e164) {
        String phone = keys.hashed("verify-phone", e164);
        Verdict pair = pairs.acquire(keys.hashed("verify-pair", licenceNumber + "|" + e164));
        if (pair.allowed()) {
            Verdict byPhone = licencesPerPhone.acquire(phone);
            Verdict byLicence = byPhone.allowed() ? phonesPerLicence.acquire(keys.hashed("verify-licence", licenceNumber))
                    : byPhone;
            if (!byLicence.allowed()) {
                pairs.refund(pair);
                licencesPerPhone.refund(byPhone);
                access.record(Action.SEARCH, OBJECT, licenceNumber, phone, PURPOSE, Result.DENIED);
                throw new TooManyRequests(byLicence.retryAfter());
            }
        }
        boolean matches = snapshot.matchesAdPhone(licenceNumber, e164);
        access.record(Action.SEARCH, OBJECT, licenceNumber, phone, PURPOSE, Result.ALLOWED);
        return matches;
    }
}

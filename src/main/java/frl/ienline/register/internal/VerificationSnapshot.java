package frl.ienline.register.internal;

import frl.ienline.register.LicenceRegisterChanged;
import frl.ienline.register.LicenceStatus;
import frl.ienline.register.LicenceVerification;
import frl.ienline.shared.MunicipalityCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public side of the register, in memory: every licence's number, business, validity and stored state,
 * and a keyed hash (HMAC-SHA-256, key made at start and never stored) of its ad phone number instead of
 * the number. Rebuilt when {@link LicenceRegisterChanged} commits and every ten minutes; the status of a day is computed
 * per question from the clock, so expiry and the end of a suspension need no rebuild.
 */
@Component
public class VerificationSnapshot implements LicenceVerification {

    /** One licence as the public may see it. {@code premises} is null for kinds without premises. */
    public record Entry(String number, LicenceKind kind, MunicipalityCode municipality, String businessName,
            Address premises, LocalDate validFrom, LocalDate validUntil, LicenceState state, LocalDate suspendedUntil,
            byte[] adPhoneMac) {

        public LicenceStatus statusOn(LocalDate today) {
            return Licence.statusOf(state, suspendedUntil, validUntil, today);
        }
    }

    private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("\\+[1-9]\\d{6,14}");

    private final Licences licences;
    private final Clock clock;
    private final Mac prototype;
    private volatile Map<String, Entry> byNumber = Map.of();

    VerificationSnapshot(Licences licences, Clock clock) {
        this.licences = licences;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            this.prototype = Mac.getInstance("HmacSHA256");
            this.prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelay = 600_000, fixedDelay = 600_000)
    public void refresh() {
        Map<String, Entry> fresh = new HashMap<>();
        for (Licences.PublicRow row : licences.publicRows()) {
            fresh.put(row.number(), new Entry(row.number(), row.kind(), row.municipality(), row.businessName(),
                    row.kind().hasPremises() ? row.premises() : null, row.validFrom(), row.validUntil(), row.state(),
                    row.suspendedUntil(), mac(row.adPhoneE164())));
        }
        byNumber = Map.copyOf(fresh);
    }

    /**
     * Rebuilds when a change of the register has committed (at once when it was published without a transaction),
     * so the public register never shows a grant or a suspension that was rolled back. A plain listener that
     * registers its own after-commit step, not a transactional event listener: those are tracked in the event
     * publication registry, whose bookkeeping needs a second connection per committing thread — with the pool
     * full of committing requests that deadlocks. The step runs before every other after-commit step
     * ({@link Ordered#HIGHEST_PRECEDENCE}), so ad intelligence re-checks its ads against the new snapshot.
     */
    @EventListener
    void on(LicenceRegisterChanged changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh();
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }
        });
    }

    @Override
    public LicenceStatus status(String licenceNumber) {
        Entry entry = licenceNumber == null ? null : byNumber.get(licenceNumber);
        return entry == null ? LicenceStatus.UNKNOWN : entry.statusOn(LocalDate.now(clock));
    }

    @Override
    public boolean matchesAdPhone(String licenceNumber, String phoneE164) {
        Entry entry = licenceNumber == null ? null : byNumber.get(licenceNumber);
        if (entry == null || phoneE164 == null) {
            return false;
        }
        String e164 = phoneE164;
        if (!E164.matcher(phoneE164).matches()) { // not canonical yet: normalise (slower)
            try {
                e164 = AdPhoneNumber.of(phoneE164).e164();
            } catch (IllegalArgumentException notAPhoneNumber) {
                return false;
            }
        }
        return MessageDigest.isEqual(mac(e164), entry.adPhoneMac());
    }

    public Entry entry(String licenceNumber) {
        return licenceNumber == null ? null : byNumber.get(licenceNumber);
    }

    /** Licences valid or suspended today, by municipality and name (the public register). */
    public List<Entry> inForce() {
        LocalDate today = LocalDate.now(clock);
        return byNumber.values().stream()
                .filter(e -> e.statusOn(today) == LicenceStatus.VALID || e.statusOn(today) == LicenceStatus.SUSPENDED)
                .sorted(Comparator.comparing((Entry e) -> e.municipality().value())
                        .thenComparing(Entry::businessName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A clone of the initialised prototype per call: cheaper than a provider lookup, safe across threads. */
    private byte[] mac(String e164) {
        try {
            return ((Mac) prototype.clone()).doFinal(e164.getBytes(StandardCharsets.US_ASCII));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The HMAC implementation cannot be cloned", e);
        }
    }
}

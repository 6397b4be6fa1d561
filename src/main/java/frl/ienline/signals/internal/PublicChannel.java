package frl.ienline.signals.internal;

import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.RateLimit;
import frl.ienline.platform.ThrottleStore;
import java.time.Duration;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the anonymous report channel open (M9, D6; ADR 0013). Each client (an IPv6 /64 counts as one)
 * has its own budgets, one for new reports and one for additions; there is no global cap that a few
 * dozen addresses could exhaust for everyone. Only accepted reports are counted globally, and when they
 * pass the flood threshold the triage staff see a notice (and the log a warning) while the form stays open.
 * Nothing here holds an address: the keys come from {@link ClientKeys}.
 */
@Component
public class PublicChannel {

    private static final Logger log = LoggerFactory.getLogger(PublicChannel.class);
    private static final String ALL = "all";

    private final ClientKeys keys;
    private final RateLimit submissionsPerClient;
    private final RateLimit additionsPerClient;
    private final RateLimit additionsPerReference;
    private final RateLimit accepted;
    private final int floodThreshold;

    PublicChannel(ThrottleStore store, ClientKeys keys,
            @Value("${ienline.signals.public.per-client-per-hour:5}") int submissions,
            @Value("${ienline.signals.public.additions-per-client-per-hour:10}") int additions,
            @Value("${ienline.signals.public.additions-per-reference-per-day:10}") int perReference,
            @Value("${ienline.signals.public.flood-per-hour:200}") int floodThreshold) {
        this.keys = keys;
        this.submissionsPerClient = store.rateLimit("signals-submission-client", submissions, Duration.ofHours(1));
        this.additionsPerClient = store.rateLimit("signals-addition-client", additions, Duration.ofHours(1));
        this.additionsPerReference = store.rateLimit("signals-addition-reference", perReference, Duration.ofDays(1));
        this.accepted = store.rateLimit("signals-accepted", Integer.MAX_VALUE, Duration.ofHours(1));
        this.floodThreshold = floodThreshold;
    }

    /** One new report from this client (429 when its budget is spent). */
    public void submission(String client) {
        submissionsPerClient.acquire(client).orThrow();
    }

    /** One addition from this client (429 when its budget is spent). */
    public void addition(String client) {
        additionsPerClient.acquire(client).orThrow();
    }

    /** One addition to this reference, from anyone (429 when the reference has had enough today). */
    public void additionTo(String reference) {
        additionsPerReference.acquire(keys.hashed("signals-addition-reference", reference.strip().toUpperCase(
                java.util.Locale.ROOT))).orThrow();
    }

    /** A report was accepted: counts towards the flood notice, never towards a refusal. */
    public void accepted() {
        int count = accepted.add(ALL);
        if (count == floodThreshold) {
            log.warn("The anonymous report form accepted {} reports within an hour: possible flooding; the form stays open",
                    count);
        }
    }

    /** The accepted reports of the last hour when they reach the flood threshold: the triage notice. */
    public OptionalInt flood() {
        int count = accepted.count(ALL);
        return count >= floodThreshold ? OptionalInt.of(count) : OptionalInt.empty();
    }
}

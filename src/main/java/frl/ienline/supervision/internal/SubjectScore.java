package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score of a lead about a subject, from all its evidence, explained per reason: the worst licence status of
 * its ads (a revoked or suspended licence a reason of its own), how many ads and municipalities, each indicator
 * once, new in town, network, an earlier intervention, and how recent the newest sighting is. An ad's reasons
 * weigh by its age: full within 30 days, half within 90, a quarter after that.
 */
public final class SubjectScore {

    static final int PER_EXTRA_AD = 5;
    static final int MAX_ADS = 25;
    static final int PER_EXTRA_MUNICIPALITY = 10;
    static final int MAX_MUNICIPALITIES = 30;
    static final int REVOKED = 60;
    static final int SUSPENDED = 55;
    static final int RECENT = 10;

    private SubjectScore() {
    }

    /** How much an ad last seen at {@code seen} still counts at {@code now}. */
    static double weight(Instant seen, Instant now) {
        long days = Duration.between(seen, now).toDays();
        return days <= 30 ? 1.0 : days <= 90 ? 0.5 : 0.25;
    }

    private static int weighed(int points, double weight) {
        return (int) Math.round(points * weight);
    }

    static int licencePoints(LeadEvidence ad) {
        if ("REVOKED".equals(ad.licenceStatus())) {
            return REVOKED;
        }
        if ("SUSPENDED".equals(ad.licenceStatus())) {
            return SUSPENDED;
        }
        return switch (ad.licenceCheck()) {
            case INVALID_LICENCE -> 50;
            case NO_LICENCE_NUMBER -> 40;
            case LICENCE_MISMATCH -> 30;
            default -> 0;
        };
    }

    static String licenceCode(LeadEvidence ad) {
        if ("REVOKED".equals(ad.licenceStatus())) {
            return "REVOKED_LICENCE";
        }
        if ("SUSPENDED".equals(ad.licenceStatus())) {
            return "SUSPENDED_LICENCE";
        }
        return ad.licenceCheck().name();
    }

    /**
     * @param network             the subject is an ad network
     * @param earlierIntervention the subject's network or phones are in a case with a finished control or a step
     */
    public static LeadScore of(Collection<LeadEvidence> ads, boolean network, boolean earlierIntervention,
            Instant now) {
        List<ScoreReason> reasons = new ArrayList<>();
        ads.stream().filter(ad -> licencePoints(ad) > 0)
                .max(Comparator.comparingDouble((LeadEvidence ad) -> licencePoints(ad) * weight(ad.lastSeenAt(), now)))
                .ifPresent(ad -> reasons.add(new ScoreReason(licenceCode(ad), null,
                        weighed(licencePoints(ad), weight(ad.lastSeenAt(), now)))));
        if (ads.size() > 1) {
            reasons.add(new ScoreReason("ADS", "N" + ads.size(),
                    Math.min(MAX_ADS, PER_EXTRA_AD * (ads.size() - 1))));
        }
        long municipalities = ads.stream().map(LeadEvidence::municipality).distinct().count();
        if (municipalities > 1) {
            reasons.add(new ScoreReason("MUNICIPALITIES", "N" + municipalities,
                    (int) Math.min(MAX_MUNICIPALITIES, PER_EXTRA_MUNICIPALITY * (municipalities - 1))));
        }
        Map<String, Double> indicators = new TreeMap<>();
        for (LeadEvidence ad : ads) {
            double w = weight(ad.lastSeenAt(), now);
            ad.indicatorCodes().stream().filter(code -> code.matches("[A-Z][A-Z0-9_]*"))
                    .forEach(code -> indicators.merge(code, w, Math::max));
        }
        indicators.forEach((code, w) -> reasons.add(new ScoreReason("INDICATOR", code,
                weighed(LeadScore.HEAVY_INDICATORS.getOrDefault(code, LeadScore.OTHER_INDICATOR), w))));
        ads.stream().filter(LeadEvidence::newInTown).mapToDouble(ad -> weight(ad.lastSeenAt(), now)).max()
                .ifPresent(w -> reasons.add(new ScoreReason("NEW_IN_TOWN", null, weighed(20, w))));
        if (network) {
            reasons.add(new ScoreReason("NETWORK", null, 10));
        }
        if (earlierIntervention) {
            reasons.add(new ScoreReason("SEEN_IN_CASE", null, 25));
        }
        ads.stream().map(LeadEvidence::lastSeenAt).max(Comparator.naturalOrder())
                .filter(newest -> Duration.between(newest, now).toDays() <= 7)
                .ifPresent(newest -> reasons.add(new ScoreReason("RECENT", null, RECENT)));
        return LeadScore.of(reasons.stream().filter(r -> r.points() > 0).toList());
    }

    /** True when a subject is worth a lead: an ad without a valid licence of its own, new in town, or a high score. */
    public static boolean worthALead(Collection<LeadEvidence> ads, LeadScore score) {
        int risk = score.reasons().stream().filter(r -> !r.code().equals("ADS") && !r.code().equals("RECENT"))
                .mapToInt(ScoreReason::points).sum(); // being busy and recent is no risk in itself
        return ads.stream().anyMatch(ad -> ad.licenceCheck().isLead() || ad.newInTown()) || risk >= LeadScore.HIGH;
    }

    /** The worst licence check of the evidence: the one that weighs most. */
    static AdLicenceCheck worstCheck(Collection<LeadEvidence> ads) {
        return ads.stream().max(Comparator.comparingInt(SubjectScore::licencePoints)).map(LeadEvidence::licenceCheck)
                .orElse(AdLicenceCheck.LICENSED);
    }
}

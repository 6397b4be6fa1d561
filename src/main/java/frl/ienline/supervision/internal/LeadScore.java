package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The explainable score of a lead: a sum of reasons, each with its points. Risk selection after domain
 * brief §4: no valid licence, red-flag indicators (very young, unsafe services, always available …),
 * new in town, part of a network, seen before in a case, and the weight of an outside report.
 */
public record LeadScore(int total, List<ScoreReason> reasons) {

    /** Ad indicators (adintel's codes) that weigh more: possible minors, unsafe services, signs of control. */
    static final Map<String, Integer> HEAVY_INDICATORS = Map.of(
            "CLAIMED_AGE_UNDER_MINIMUM", 30, "VERY_YOUNG", 25, "UNSAFE_SERVICES", 15, "THIRD_PERSON", 15,
            "SEVERAL_WORKERS", 15, "AVAILABLE_24_7", 10, "TOURING", 10);
    static final int OTHER_INDICATOR = 8;
    /** Ads in Fryslân that score at least this much are leads even with a valid licence. */
    public static final int HIGH = 30;

    public LeadScore {
        reasons = List.copyOf(reasons);
    }

    public static LeadScore of(List<ScoreReason> reasons) {
        return new LeadScore(reasons.stream().mapToInt(ScoreReason::points).sum(), reasons);
    }

    /** The score of an ad sighting; {@code seenInCase} when its network or a phone is already in a case. */
    public static LeadScore ofAd(AdLicenceCheck check, Collection<String> indicators, boolean newInTown,
            boolean inNetwork, boolean seenInCase) {
        List<ScoreReason> reasons = new ArrayList<>();
        switch (check) {
            case NO_LICENCE_NUMBER -> reasons.add(new ScoreReason("NO_LICENCE_NUMBER", null, 40));
            case INVALID_LICENCE -> reasons.add(new ScoreReason("INVALID_LICENCE", null, 50));
            case LICENCE_MISMATCH -> reasons.add(new ScoreReason("LICENCE_MISMATCH", null, 30));
            default -> { }
        }
        indicators.stream().sorted().forEach(code -> {
            String detail = code.matches("[A-Z][A-Z0-9_]*") ? code : null;
            if (detail != null) {
                reasons.add(new ScoreReason("INDICATOR", detail, HEAVY_INDICATORS.getOrDefault(code, OTHER_INDICATOR)));
            }
        });
        if (newInTown) {
            reasons.add(new ScoreReason("NEW_IN_TOWN", null, 20));
        }
        if (inNetwork) {
            reasons.add(new ScoreReason("NETWORK", null, 10));
        }
        if (seenInCase) {
            reasons.add(new ScoreReason("SEEN_IN_CASE", null, 25));
        }
        return of(reasons);
    }

    /** The score of a lead from outside: the source itself carries weight. */
    public static LeadScore ofExternal(LeadSource source) {
        return of(List.of(switch (source) {
            case SIGNAL -> new ScoreReason("SOURCE_SIGNAL", null, 60);
            case MUNICIPALITY_REQUEST -> new ScoreReason("SOURCE_MUNICIPALITY_REQUEST", null, 45);
            case TIP -> new ScoreReason("SOURCE_TIP", null, 35);
            case AD -> throw new IllegalArgumentException("An ad lead is scored from its sighting");
        }));
    }

    /** True when an ad is worth a lead: no valid licence of its own, a high score, or new in town. */
    public static boolean worthALead(AdLicenceCheck check, LeadScore score, boolean newInTown) {
        return check.isLead() || newInTown || score.total() >= HIGH;
    }
}

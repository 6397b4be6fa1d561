package frl.ienline.reporting.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.register.LicensingFact;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.SignalFact;
import frl.ienline.supervision.SupervisionFact;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A believable history of five years for 18 municipalities, as the modules' facts would have published it:
 * applications (with a slow municipality), licences, ads with networks that move, the team's leads, controls
 * and ladder steps (in the team's municipalities from the day they joined; one municipality deviating from the
 * ladder more often), displacement alerts, signals, and the care compartment's regional figures. Made-up and
 * deterministic (a fixed seed); it goes through the same translation and journal as the live facts.
 */
public final class DemoHistory {

    /** Rough sizes of the municipalities (inhabitants in thousands): more happens in Leeuwarden than on Vlieland. */
    static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("GM0080", 125), Map.entry("GM1900", 90),
            Map.entry("GM0090", 56), Map.entry("GM1940", 52), Map.entry("GM0074", 51), Map.entry("GM1949", 47),
            Map.entry("GM1970", 45), Map.entry("GM0737", 32), Map.entry("GM0086", 30), Map.entry("GM0059", 28),
            Map.entry("GM0085", 26), Map.entry("GM0098", 26), Map.entry("GM1891", 19), Map.entry("GM0072", 16),
            Map.entry("GM0093", 5), Map.entry("GM0060", 4), Map.entry("GM0096", 1), Map.entry("GM0088", 1));

    static final String SLOW = "GM1900";
    static final String DEVIATING = "GM0072";
    static final String[] AD_INDICATORS = {"NEW_IN_TOWN", "SHORT_STAY", "AVAILABLE_24_7", "UNSAFE_SERVICES",
        "VERY_YOUNG", "SEVERAL_WORKERS", "THIRD_PERSON", "TOURING", "LANGUAGE_BARRIER"};
    static final String[] FINDINGS = {"BROUGHT_OR_PICKED_UP", "NO_ACCESS_TO_OWN_ID", "DEBT_TO_ORGANISER",
        "SLEEPS_AT_WORKPLACE", "MOVES_BETWEEN_TOWNS", "DOES_NOT_SPEAK_AD_LANGUAGE", "FEARFUL_OR_CONTROLLED"};
    static final String[] STEPS = {"WARNING", "INTENT", "PENALTY_ORDER", "COLLECTION"};
    static final String[] GROUPS = {"CONTROL_BY_OTHERS", "DOCUMENTS", "MONEY_AND_DEBTS", "HOUSING_AND_TRANSPORT",
        "WORKING_CONDITIONS", "HEALTH_AND_FEAR", "AGE"};

    /** What was made: facts of the modules, ad sightings, and care figures per period. */
    public record History(List<Object> facts, List<AdSighting> sightings, Map<ReportPeriod, long[]> care) {
    }

    private final Random random;
    private final ZoneId zone;
    private final Region region;
    private final int scale;
    private final List<String> codes;
    private final int totalWeight;

    /**
     * @param scale how many times the believable volume (1 for the demo, more for the benchmark)
     */
    public DemoHistory(long seed, Clock clock, Region region, int scale) {
        this.random = new Random(seed);
        this.zone = clock.getZone();
        this.region = region;
        this.scale = scale;
        this.codes = region.codes();
        this.totalWeight = codes.stream().mapToInt(c -> WEIGHTS.getOrDefault(c, 10)).sum();
    }

    public History generate(LocalDate from, LocalDate until) {
        List<Object> facts = new ArrayList<>();
        List<AdSighting> sightings = new ArrayList<>();
        Map<ReportPeriod, long[]> care = new java.util.TreeMap<>();
        int networks = 0;
        long members = 60;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            for (int i = 0; i < times(40.0 / 365); i++) {
                licensing(facts, day, place());
            }
            for (int i = 0; i < times(1200.0 / 365); i++) {
                String m = place();
                String network = random.nextDouble() < 0.3 ? "demo-net-" + (random.nextInt(40 + networks / 20)) : null;
                networks++;
                sightings.add(ad(day, m, network));
            }
            ReportPeriod quarter = ReportPeriod.containing(day);
            for (String m : codes) {
                if (region.inTeam(m, quarter)) {
                    supervision(facts, day, m);
                }
            }
            for (int i = 0; i < times(120.0 / 365); i++) {
                signal(facts, day, random.nextDouble() < 0.05 ? null : place());
            }
        }
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            for (ReportPeriod q : ReportPeriod.year(year).quarters()) {
                if (q.start().isBefore(until)) {
                    members += 8 + random.nextInt(10);
                    care.put(q, new long[] {25 + random.nextInt(12), 180 + random.nextInt(90), 300 + random.nextInt(150),
                        4 + random.nextInt(5), members});
                }
            }
        }
        return new History(facts, sightings, care);
    }

    private void licensing(List<Object> facts, LocalDate day, String m) {
        MunicipalityCode code = MunicipalityCode.of(m);
        UUID id = uuid();
        String kind = random.nextDouble() < 0.6 ? "PB" : random.nextDouble() < 0.8 ? "EB" : "OE";
        String channel = random.nextDouble() < 0.7 ? "ONLINE" : "PAPER";
        facts.add(new LicensingFact.ApplicationReceived(id, code, kind, channel, day));
        if (random.nextDouble() < 0.3) {
            facts.add(new LicensingFact.DecisionTermSuspended(id, code, kind, random.nextDouble() < 0.7 ? "REPAIR" : "BIBOB",
                    day.plusDays(5 + random.nextInt(10))));
        }
        if (random.nextDouble() < 0.05) {
            facts.add(new LicensingFact.ApplicationWithdrawn(id, code, kind, day.plusDays(10 + random.nextInt(20))));
            return;
        }
        int days = (int) Math.max(10, Math.round(44 + random.nextGaussian() * 10 + (m.equals(SLOW) ? 25 : 0)));
        LocalDate decided = day.plusDays(days + (random.nextDouble() < 0.3 ? 20 : 0));
        double r = random.nextDouble();
        String outcome = r < 0.65 ? "GRANTED" : r < 0.82 ? "GRANTED_WITH_CONDITIONS" : r < 0.95 ? "REFUSED" : "NOT_CONSIDERED";
        facts.add(new LicensingFact.ApplicationDecided(id, code, kind, outcome, day, decided, days, 56, days > 56));
        if (outcome.startsWith("GRANTED")) {
            UUID licence = uuid();
            LocalDate until = decided.plusYears(kind.equals("EB") ? 1 : 3).minusDays(1);
            facts.add(new LicensingFact.LicenceGranted(licence, code, kind, decided, until));
            if (random.nextDouble() < 0.08) {
                LocalDate on = decided.plusDays(60 + random.nextInt(200));
                if (on.isBefore(until)) {
                    facts.add(new LicensingFact.LicenceStateChanged(licence, code, kind,
                            random.nextBoolean() ? "REVOKED" : "LAPSED", on, until));
                }
            }
        }
    }

    private AdSighting ad(LocalDate day, String m, String network) {
        double r = random.nextDouble();
        AdLicenceCheck check = r < 0.3 ? AdLicenceCheck.LICENSED : r < 0.8 ? AdLicenceCheck.NO_LICENCE_NUMBER
                : r < 0.9 ? AdLicenceCheck.INVALID_LICENCE : AdLicenceCheck.LICENCE_MISMATCH;
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            String code = AD_INDICATORS[random.nextInt(AD_INDICATORS.length)];
            if (!indicators.contains(code)) {
                indicators.add(code);
            }
        }
        String id = "demo-ad-" + uuid();
        String cluster = random.nextDouble() < 0.4 ? "demo-cluster-" + random.nextInt(400) : null;
        return new AdSighting(id, id + "-1", MunicipalityCode.of(m), at(day), check, indicators, network, cluster,
                Set.of(), false);
    }

    private void supervision(List<Object> facts, LocalDate day, String m) {
        MunicipalityCode code = MunicipalityCode.of(m);
        double weight = (double) WEIGHTS.getOrDefault(m, 10) / totalWeight;
        for (int i = 0; i < times(800.0 / 365 * weight); i++) {
            UUID lead = uuid();
            Instant raised = at(day);
            String source = random.nextDouble() < 0.75 ? "AD" : random.nextDouble() < 0.6 ? "TIP" : "SIGNAL";
            facts.add(new SupervisionFact.LeadRaised(lead, code, source, raised));
            boolean toCase = random.nextDouble() < 0.6;
            facts.add(new SupervisionFact.LeadTriaged(lead, code, toCase ? "IN_CASE" : "DISMISSED",
                    toCase ? null : "INSUFFICIENT_INFORMATION", raised.plusSeconds(86_400L * (1 + random.nextInt(5)))));
            if (toCase && random.nextDouble() < 0.75) {
                Instant control = raised.plusSeconds(86_400L * (4 + random.nextInt(20)));
                List<String> findings = random.nextDouble() < 0.2
                        ? List.of(FINDINGS[random.nextInt(FINDINGS.length)]) : List.of();
                double o = random.nextDouble();
                String outcome = o < 0.35 ? "NO_VIOLATION" : o < 0.6 ? "INSTRUCTED_TO_STOP" : o < 0.85 ? "WARNING"
                        : !findings.isEmpty() ? "SIGNAL" : "ENFORCEMENT_REPORT";
                UUID caseId = uuid();
                facts.add(new SupervisionFact.ControlReported(uuid(), caseId, code,
                        random.nextDouble() < 0.7 ? "DECOY_APPOINTMENT" : "HOME_OR_HOTEL_VISIT", outcome, findings,
                        control, raised));
                if (!outcome.equals("NO_VIOLATION") && random.nextDouble() < 0.7) {
                    double s = random.nextDouble();
                    int rung = s < 0.6 ? 0 : s < 0.85 ? 1 : s < 0.97 ? 2 : 3;
                    boolean deviates = random.nextDouble() < (m.equals(DEVIATING) ? 0.35 : 0.03);
                    String step = STEPS[rung];
                    String proposed = deviates ? STEPS[(rung + 1) % STEPS.length] : step;
                    facts.add(new SupervisionFact.EnforcementStepDecided(uuid(), caseId, code, "UNLICENSED", step,
                            proposed, deviates ? "SERIOUS_ABUSE" : null, true, LocalDate.ofInstant(control, zone).plusDays(3)));
                }
            }
        }
        if (random.nextDouble() < 0.004 * WEIGHTS.getOrDefault(m, 10) / 10.0 * scale) {
            String from = codes.get(random.nextInt(codes.size()));
            if (!from.equals(m)) {
                facts.add(new SupervisionFact.DisplacementAlerted(uuid(), MunicipalityCode.of(from), code,
                        random.nextBoolean() ? "NETWORK" : "PHONE", at(day)));
            }
        }
    }

    private void signal(List<Object> facts, LocalDate day, String m) {
        MunicipalityCode code = m == null ? null : MunicipalityCode.of(m);
        UUID id = uuid();
        double s = random.nextDouble();
        String source = m == null || s < 0.15 ? "PUBLIC" : s < 0.4 ? "CONTROL" : "STAFF";
        List<String> groups = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            String group = GROUPS[random.nextInt(GROUPS.length)];
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        groups.sort(null);
        facts.add(new SignalFact.SignalRegistered(id, code, source, groups, day));
        if (random.nextDouble() < 0.7) {
            String[] routes = {"POLICE_AVIM", "COMENSHA", "CARE_COORDINATOR", "RIEC", "MUNICIPALITY"};
            facts.add(new SignalFact.SignalReferred(id, uuid(), code, routes[random.nextInt(routes.length)],
                    day.plusDays(2 + random.nextInt(10))));
        }
        double o = random.nextDouble();
        String outcome = o < 0.35 ? "SUBSTANTIATED" : o < 0.75 ? "NOT_SUBSTANTIATED" : o < 0.95 ? "NO_FURTHER_ACTION" : "MERGED";
        facts.add(new SignalFact.SignalClosed(id, code, source, outcome, day.plusDays(20 + random.nextInt(60))));
    }

    /** A municipality, more often where more people live. */
    private String place() {
        int pick = random.nextInt(totalWeight);
        for (String code : codes) {
            pick -= WEIGHTS.getOrDefault(code, 10);
            if (pick < 0) {
                return code;
            }
        }
        return codes.getLast();
    }

    /** How many times something with {@code rate} a day happens today (Poisson, times the scale). */
    private int times(double rate) {
        double lambda = rate * scale;
        int k = 0;
        double p = Math.exp(-lambda);
        double sum = p;
        double u = random.nextDouble();
        while (u > sum && k < 1000) {
            k++;
            p *= lambda / k;
            sum += p;
        }
        return k;
    }

    private Instant at(LocalDate day) {
        return day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(zone).toInstant();
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}

package frl.ienline.reporting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every measure reporting keeps, defined once: its name in the API and the exports, what it counts, from
 * which published fact, and whether it may be published as open data. Names and descriptions for people are
 * in the bundle ({@code reporting.measure.<name>} and {@code reporting.measure.<name>.description}); the list
 * with sources is docs/measures.md (kept equal by {@code MeasuresDocumentTest}).
 *
 * <p>Kinds: a {@link Kind#FLOW} is summed over the days of a period; a {@link Kind#STOCK} is the sum of all
 * changes up to the period's end (what stands at that moment); a {@link Kind#DURATION} keeps how many cases
 * took how many days (the breakdown is the number of days), so medians can be computed; {@link Kind#CARE} is
 * a regional figure of the care compartment, captured per period from {@code SupportFigures}.
 */
public enum Measure {

    APPLICATIONS_RECEIVED("aanvragen_ontvangen", Area.LICENSING, Kind.FLOW, "LicensingFact.ApplicationReceived", true),
    APPLICATIONS_DECIDED("aanvragen_besloten", Area.LICENSING, Kind.FLOW, "LicensingFact.ApplicationDecided", true),
    DECISIONS_LATE("besluiten_na_termijn", Area.LICENSING, Kind.FLOW, "LicensingFact.ApplicationDecided", false),
    DECISION_DAYS("beslisduur", Area.LICENSING, Kind.DURATION, "LicensingFact.ApplicationDecided", false),
    TERM_SUSPENSIONS("beslistermijn_opgeschort", Area.LICENSING, Kind.FLOW, "LicensingFact.DecisionTermSuspended",
            false),
    APPLICATIONS_WITHDRAWN("aanvragen_ingetrokken", Area.LICENSING, Kind.FLOW, "LicensingFact.ApplicationWithdrawn",
            false),
    LICENCES_GRANTED("vergunningen_verleend", Area.LICENSING, Kind.FLOW, "LicensingFact.LicenceGranted", true),
    LICENCES_IN_FORCE("vergunningen_van_kracht", Area.LICENSING, Kind.STOCK,
            "LicensingFact.LicenceGranted, LicensingFact.LicenceStateChanged", true),
    LICENCE_STATE_CHANGES("vergunningen_statuswijzigingen", Area.LICENSING, Kind.FLOW,
            "LicensingFact.LicenceStateChanged", false),

    ADS_NEW("advertenties_nieuw", Area.ADS, Kind.FLOW, "AdsImported + AdSightings", true),
    AD_INDICATORS("advertenties_signalen", Area.ADS, Kind.FLOW, "AdsImported + AdSightings", false),
    NETWORKS_NEW("netwerken_nieuw", Area.ADS, Kind.FLOW, "AdsImported + AdSightings", false),
    CLUSTERS_NEW("clusters_nieuw", Area.ADS, Kind.FLOW, "AdsImported + AdSightings", false),
    NETWORK_MOVES("netwerken_verplaatst", Area.ADS, Kind.FLOW, "AdsImported + AdSightings", false),

    LEADS_RAISED("meldingen_werklijst", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.LeadRaised", false),
    LEADS_TRIAGED("meldingen_beoordeeld", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.LeadTriaged", false),
    CONTROLS("controles", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.ControlReported", true),
    CONTROL_OUTCOMES("controle_uitkomsten", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.ControlReported", false),
    CONTROL_FINDINGS("controle_bevindingen", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.ControlReported", false),
    LEAD_TO_CONTROL_DAYS("melding_tot_controle", Area.SUPERVISION, Kind.DURATION, "SupervisionFact.ControlReported",
            false),
    ENFORCEMENT_STEPS("handhavingsstappen", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.EnforcementStepDecided",
            true),
    LADDER_DEVIATIONS("afwijkingen_ladder", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.EnforcementStepDecided",
            false),
    DISPLACEMENT_ALERTS("verplaatsingsalerts", Area.SUPERVISION, Kind.FLOW, "SupervisionFact.DisplacementAlerted",
            false),

    SIGNALS_REGISTERED("signalen_geregistreerd", Area.SIGNALS, Kind.FLOW, "SignalFact.SignalRegistered", true),
    SIGNAL_INDICATOR_GROUPS("signalen_indicatorgroepen", Area.SIGNALS, Kind.FLOW, "SignalFact.SignalRegistered",
            false),
    SIGNALS_REFERRED("signalen_doorverwezen", Area.SIGNALS, Kind.FLOW, "SignalFact.SignalReferred", false),
    SIGNALS_CLOSED("signalen_afgesloten", Area.SIGNALS, Kind.FLOW, "SignalFact.SignalClosed", false),

    CARE_REPORTS("zorg_meldingen", Area.CARE, Kind.CARE, "SupportFigures.reports", false),
    CARE_ALERTS("zorg_waarschuwingen", Area.CARE, Kind.CARE, "SupportFigures.alerts", false),
    CARE_CHECKS("zorg_checks", Area.CARE, Kind.CARE, "SupportFigures.checks", false),
    CARE_MEETUPS("zorg_bijeenkomsten", Area.CARE, Kind.CARE, "SupportFigures.meetups", false),
    CARE_MEMBERS("zorg_leden", Area.CARE, Kind.CARE, "SupportFigures.members", false);

    /** Which part of the work a measure is about; supervision figures are the regional team's. */
    public enum Area { LICENSING, ADS, SUPERVISION, SIGNALS, CARE }

    public enum Kind { FLOW, STOCK, DURATION, CARE }

    private final String code;
    private final Area area;
    private final Kind kind;
    private final String source;
    private final boolean openData;

    Measure(String code, Area area, Kind kind, String source, boolean openData) {
        this.code = code;
        this.area = area;
        this.kind = kind;
        this.source = source;
        this.openData = openData;
    }

    /** The name in the API, the exports and the store, e.g. {@code aanvragen_ontvangen}. */
    public String code() {
        return code;
    }

    public Area area() {
        return area;
    }

    public Kind kind() {
        return kind;
    }

    /** The published fact(s) it is counted from. */
    public String source() {
        return source;
    }

    /** Fit for the public open-data API (a count, not about tactics or victims). */
    public boolean openData() {
        return openData;
    }

    /** Days, for a duration; otherwise a number of things. */
    public boolean isDuration() {
        return kind == Kind.DURATION;
    }

    /** The supervision team's work: shown for the team's municipalities only, and marked as the team's. */
    public boolean isTeams() {
        return area == Area.SUPERVISION;
    }

    public String messageKey() {
        return "reporting.measure." + code;
    }

    public static Optional<Measure> byCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }

    /** The measures that can be chosen on the dashboards and coloured on the map: counts kept per day. */
    public static List<Measure> counted() {
        return Arrays.stream(values()).filter(m -> m.kind == Kind.FLOW || m.kind == Kind.STOCK).toList();
    }

    public static List<Measure> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(m -> m.kind == kind).toList();
    }
}

package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.CompetentAuthority;
import frl.ienline.rulebook.DeviationReason;
import frl.ienline.rulebook.DismissalReason;
import frl.ienline.rulebook.EnforcementLadder;
import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.FourEyes;
import frl.ienline.rulebook.LetterRules;
import frl.ienline.rulebook.LegalBasis;
import frl.ienline.rulebook.LicenceCap;
import frl.ienline.rulebook.LicenceCondition;
import frl.ienline.rulebook.LicenceKind;
import frl.ienline.rulebook.LicenceNumberFormat;
import frl.ienline.rulebook.Licensing;
import frl.ienline.rulebook.LocalizedText;
import frl.ienline.rulebook.MinimumAges;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Offender;
import frl.ienline.rulebook.Participation;
import frl.ienline.rulebook.PenaltyAmount;
import frl.ienline.rulebook.ProcedureTerms;
import frl.ienline.rulebook.ReportingRules;
import frl.ienline.rulebook.Retention;
import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.SupervisionTeam;
import frl.ienline.rulebook.Track;
import frl.ienline.rulebook.internal.VersionChecks.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns the parsed tree of one version file into a {@link RulebookVersion}: every field typed, unknown
 * fields rejected, cross-references checked, and all problems reported together with their field paths.
 */
final class VersionReader {

    private final List<Problem> problems = new ArrayList<>();

    /** The version, or {@code null} when {@link #problems()} is not empty. */
    RulebookVersion read(JsonNode tree) {
        Node root = Node.root(tree, problems);
        if (root == null) {
            return null;
        }
        String id = root.text("id");
        LocalDate effectiveFrom = root.date("effectiveFrom", true);
        LocalizedText title = root.localized("title", true);
        List<Municipality> municipalities = root.list("municipalities", true, this::municipality);
        SupervisionTeam team = supervisionTeam(root.object("supervisionTeam", true));
        Licensing licensing = licensing(root.object("licensing", true));
        List<LicenceKind> kinds = root.list("licenceKinds", true, this::licenceKind);
        ProcedureTerms procedure = procedure(root.object("procedure", true));
        Node enforcement = root.object("enforcement", true);
        List<DeviationReason> deviationReasons = enforcement == null ? List.of()
                : withoutNulls(enforcement.list("deviationReasons", false, this::deviationReason));
        List<EnforcementStep> steps = enforcementSteps(enforcement);
        List<Retention> retention = root.list("retention", true, this::retention);
        List<LegalBasis> legalBases = root.list("legalBases", true, this::legalBasis);
        List<DismissalReason> dismissalReasons = root.list("dismissalReasons", true, this::dismissalReason);
        Node reportingNode = root.object("reporting", false);
        ReportingRules reporting = reportingNode == null ? ReportingRules.DEFAULT : reporting(reportingNode);
        FourEyes fourEyes = fourEyes(root.object("fourEyes", false), steps);
        LetterRules letters = letters(root.object("letters", false));

        problems.addAll(VersionChecks.problems(id, municipalities, team, licensing, kinds, steps, retention,
                legalBases, dismissalReasons));
        return root.build(() -> new RulebookVersion(id, effectiveFrom, title, municipalities, team, licensing, kinds,
                procedure, new EnforcementLadder(steps, deviationReasons), retention, legalBases, dismissalReasons,
                reporting, fourEyes, letters));
    }

    /** Absent: {@code null}, which the version reads as "a second person for every action". */
    private FourEyes fourEyes(Node node, List<EnforcementStep> steps) {
        if (node == null) {
            return null;
        }
        boolean licenceDecision = node.bool("licenceDecision");
        boolean licenceMeasure = node.bool("licenceMeasure");
        List<String> stepCodes = node.texts("enforcementSteps");
        boolean controlReportLock = node.bool("controlReportLock");
        boolean policeShare = node.bool("policeShare");
        if (steps != null) {
            for (int i = 0; i < stepCodes.size(); i++) {
                String code = stepCodes.get(i);
                if (steps.stream().filter(Objects::nonNull).noneMatch(s -> s.code().equals(code))) {
                    node.problem("enforcementSteps[" + i + "]", "is not a step of the ladder: " + code);
                }
            }
        }
        return node.build(() -> new FourEyes(licenceDecision, licenceMeasure, Set.copyOf(stepCodes), controlReportLock,
                policeShare));
    }

    private LetterRules letters(Node node) {
        if (node == null) {
            return null;
        }
        LocalizedText signatory = node.localized("signatory", true);
        return node.build(() -> new LetterRules(signatory));
    }

    List<Problem> problems() {
        return problems;
    }

    private Municipality municipality(Node node) {
        var code = node.municipality("code");
        String name = node.text("name");
        List<String> otherNames = node.texts("otherNames");
        CompetentAuthority authority = node.enumValue("competentAuthority", CompetentAuthority.class, true);
        String email = node.text("notificationEmail");
        return node.build(() -> new Municipality(code, name, otherNames, authority, email));
    }

    private SupervisionTeam supervisionTeam(Node node) {
        if (node == null) {
            return null;
        }
        boolean example = node.bool("example");
        LocalizedText note = node.localized("note", example);
        List<Participation> participations = node.list("participations", true, this::participation);
        return node.build(() -> new SupervisionTeam(example, note, withoutNulls(participations)));
    }

    private Participation participation(Node node) {
        var municipality = node.municipality("municipality");
        LocalDate from = node.date("validFrom", true);
        LocalDate until = node.date("validUntil", false);
        return node.build(() -> new Participation(municipality, from, until));
    }

    private Licensing licensing(Node node) {
        if (node == null) {
            return null;
        }
        boolean soloExempt = node.bool("soloHomeWorkerExempt");
        boolean adNumber = node.bool("adMustShowLicenceNumber");
        LicenceNumberFormat format = numberFormat(node.object("numberFormat", true));
        return node.build(() -> new Licensing(soloExempt, adNumber, format));
    }

    private LicenceNumberFormat numberFormat(Node node) {
        if (node == null) {
            return null;
        }
        String template = node.text("template");
        Integer digits = node.integer("sequenceDigits", true, 1, 9);
        String regex = node.text("pattern");
        if (regex != null) {
            try {
                LicenceNumberFormat.compile(regex);
            } catch (IllegalArgumentException e) {
                node.problem("pattern", e.getMessage());
            }
        }
        return node.build(() -> new LicenceNumberFormat(template, regex, digits));
    }

    private LicenceKind licenceKind(Node node) {
        String code = node.text("code");
        LocalizedText name = node.localized("name", true);
        LocalizedText description = node.localized("description", true);
        boolean premises = node.bool("premises");
        Period decisionTerm = node.period("decisionTerm", true);
        Period extension = node.period("decisionTermExtension", true);
        Period validity = node.period("validity", true);
        Period renewal = node.period("renewalLeadTime", true);
        MinimumAges ages = minimumAges(node.object("minimumAges", true));
        List<LicenceCap> caps = node.list("caps", false, this::cap);
        List<LicenceCondition> conditions = node.list("conditions", true, this::condition);
        LocalizedText legalBasis = node.localized("legalBasis", false);
        BigDecimal fee = node.amount("fee", false);
        return node.build(() -> new LicenceKind(code, name, description, premises, decisionTerm, extension, validity,
                renewal, ages, withoutNulls(caps), withoutNulls(conditions), legalBasis, fee));
    }

    private MinimumAges minimumAges(Node node) {
        if (node == null) {
            return null;
        }
        Integer operator = node.integer("operator", true, 18, 99);
        Integer manager = node.integer("manager", true, 18, 99);
        Integer sexWorker = node.integer("sexWorker", true, 18, 99);
        return node.build(() -> new MinimumAges(operator, manager, sexWorker));
    }

    private LicenceCap cap(Node node) {
        var municipality = node.municipality("municipality");
        Integer maxLicences = node.integer("maxLicences", false, 0, 100_000);
        Integer maxWorkrooms = node.integer("maxWorkrooms", false, 0, 100_000);
        LocalizedText note = node.localized("note", false);
        if (maxLicences == null && maxWorkrooms == null) {
            node.problem(null, "needs maxLicences, maxWorkrooms or both");
        }
        return node.build(() -> new LicenceCap(municipality, maxLicences, maxWorkrooms, note));
    }

    private LicenceCondition condition(Node node) {
        String code = node.text("code");
        LocalizedText text = node.localized("text", true);
        if (code != null && !code.matches("[A-Z]{2}-\\d{2}")) {
            node.problem("code", "must look like PB-01, not " + code);
        }
        return node.build(() -> new LicenceCondition(code, text));
    }

    private ProcedureTerms procedure(Node node) {
        if (node == null) {
            return null;
        }
        boolean weekend = node.bool("weekendMovesDeadline");
        Period bibob = node.period("bibobAdviceTerm", true);
        Period bibobExtension = node.period("bibobAdviceExtension", true);
        boolean bibobSuspends = node.bool("bibobSuspendsDecisionTerm");
        boolean noLicenceWhenLate = node.bool("noLicenceWhenLate");
        Period objection = node.period("objectionPeriod", true);
        Period repair = node.period("repairTerm", true);
        Period lookBack = node.period("lookBack", true);
        Period endNotice = node.period("endOfExploitationNotice", true);
        return node.build(() -> new ProcedureTerms(weekend, bibob, bibobExtension, bibobSuspends, noLicenceWhenLate,
                objection, repair, lookBack, endNotice));
    }

    private List<EnforcementStep> enforcementSteps(Node node) {
        if (node == null) {
            return null;
        }
        List<EnforcementStep> steps = node.list("steps", true, this::enforcementStep);
        node.build(() -> Boolean.TRUE);
        return steps;
    }

    private EnforcementStep enforcementStep(Node node) {
        String code = node.text("code");
        Integer order = node.integer("order", true, 1, 99);
        Set<Track> tracks = node.enumSet("tracks", Track.class);
        LocalizedText name = node.localized("name", true);
        LocalizedText description = node.localized("description", true);
        Period viewTerm = node.period("viewTerm", false);
        Period gracePeriod = node.period("gracePeriod", false);
        List<PenaltyAmount> penalties = node.list("penalties", false, this::penalty);
        Period minimumDuration = node.period("minimumDuration", false);
        LocalizedText applies = node.localized("minimumDurationApplies", false);
        LocalizedText legalBasis = node.localized("legalBasis", false);
        return node.build(() -> new EnforcementStep(code, order, tracks, name, description, viewTerm, gracePeriod,
                withoutNulls(penalties), minimumDuration, applies, legalBasis));
    }

    private PenaltyAmount penalty(Node node) {
        Offender offender = node.enumValue("offender", Offender.class, true);
        BigDecimal amount = node.amount("amount", true);
        BigDecimal maximum = node.amount("maximum", true);
        return node.build(() -> new PenaltyAmount(offender, amount, maximum));
    }

    private Retention retention(Node node) {
        RetentionCategory category = node.enumValue("category", RetentionCategory.class, true);
        Period period = node.period("period", true);
        LocalizedText name = node.localized("name", true);
        LocalizedText startsAt = node.localized("startsAt", true);
        return node.build(() -> new Retention(category, period, name, startsAt));
    }

    private LegalBasis legalBasis(Node node) {
        String code = node.text("code");
        LocalizedText name = node.localized("name", true);
        String reference = node.text("reference");
        boolean consent = node.bool("requiresConsent");
        return node.build(() -> new LegalBasis(code, name, reference, consent));
    }

    private DeviationReason deviationReason(Node node) {
        String code = node.text("code");
        LocalizedText name = node.localized("name", true);
        return node.build(() -> new DeviationReason(code, name));
    }

    private DismissalReason dismissalReason(Node node) {
        String code = node.text("code");
        LocalizedText name = node.localized("name", true);
        boolean note = node.bool("requiresNote");
        return node.build(() -> new DismissalReason(code, name, note));
    }

    /** Optional since 2027.2; older versions use {@link ReportingRules#DEFAULT}. */
    private ReportingRules reporting(Node node) {
        Integer threshold = node.integer("smallNumberThreshold", true, 2, 100);
        ReportingRules.Uniformity uniformity = uniformity(node.object("uniformity", true));
        return node.build(() -> new ReportingRules(threshold, uniformity));
    }

    private ReportingRules.Uniformity uniformity(Node node) {
        if (node == null) {
            return null;
        }
        Integer decisionDays = node.integer("decisionDays", true, 1, 365);
        BigDecimal refusalShare = node.fraction("refusalShare", BigDecimal.ONE);
        BigDecimal ladderRung = node.fraction("ladderRung", BigDecimal.TEN);
        BigDecimal deviationShare = node.fraction("ladderDeviationShare", BigDecimal.ONE);
        BigDecimal controlsPerLead = node.fraction("controlsPerLead", BigDecimal.TEN);
        Integer leadToControlDays = node.integer("leadToControlDays", true, 1, 365);
        return node.build(() -> new ReportingRules.Uniformity(decisionDays, refusalShare, ladderRung, deviationShare,
                controlsPerLead, leadToControlDays));
    }

    private static <T> List<T> withoutNulls(List<T> items) {
        return items == null ? null : items.stream().filter(Objects::nonNull).toList();
    }
}

package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.DismissalReason;
import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.LegalBasis;
import frl.ienline.rulebook.LicenceCap;
import frl.ienline.rulebook.LicenceCondition;
import frl.ienline.rulebook.LicenceKind;
import frl.ienline.rulebook.LicenceNumberMatch;
import frl.ienline.rulebook.Licensing;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Participation;
import frl.ienline.rulebook.Retention;
import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.SupervisionTeam;
import frl.ienline.rulebook.Terms;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules that span more than one part of a rulebook version. Used by the loader (which reports each
 * problem with its field path) and by {@code RulebookVersion}'s constructor (which refuses invalid state).
 * Lists may contain {@code null} where the loader could not read an element; those are skipped, so the
 * paths keep pointing at the right element.
 */
public final class VersionChecks {

    /** A problem at a field path, e.g. {@code municipalities[3].code}. */
    public record Problem(String where, String what) {
    }

    private VersionChecks() {
    }

    public static List<Problem> problems(String id, List<Municipality> municipalities, SupervisionTeam team,
            Licensing licensing, List<LicenceKind> kinds, List<EnforcementStep> steps, List<Retention> retention,
            List<LegalBasis> legalBases, List<DismissalReason> dismissalReasons) {
        List<Problem> problems = new ArrayList<>();
        if (id == null || !id.matches("\\d{4}\\.\\d{1,3}")) {
            problems.add(new Problem("id", "must look like 2026.1 (year.number), not " + id));
        }
        Set<MunicipalityCode> known = municipalities == null ? Set.of() : municipalities.stream()
                .filter(m -> m != null).map(Municipality::code).collect(Collectors.toSet());
        if (municipalities != null) {
            if (municipalities.isEmpty()) {
                problems.add(new Problem("municipalities", "must list at least one municipality"));
            }
            unique(problems, "municipalities", municipalities, m -> m.code().value(), "code", "CBS code");
            unique(problems, "municipalities", municipalities, Municipality::name, "name", "name");
        }
        if (team != null) {
            checkTeam(problems, team, known);
        }
        if (kinds != null) {
            if (kinds.isEmpty()) {
                problems.add(new Problem("licenceKinds", "must list at least one licence kind"));
            }
            unique(problems, "licenceKinds", kinds, LicenceKind::code, "code", "code");
            checkKinds(problems, kinds, known);
        }
        if (licensing != null && kinds != null && municipalities != null) {
            checkNumberFormat(problems, licensing, kinds, municipalities);
        }
        if (steps != null) {
            unique(problems, "enforcement.steps", steps, EnforcementStep::code, "code", "code");
            unique(problems, "enforcement.steps", steps, s -> String.valueOf(s.order()), "order", "order");
        }
        if (retention != null) {
            checkRetention(problems, retention);
        }
        if (legalBases != null) {
            unique(problems, "legalBases", legalBases, LegalBasis::code, "code", "code");
        }
        if (dismissalReasons != null) {
            unique(problems, "dismissalReasons", dismissalReasons, DismissalReason::code, "code", "code");
        }
        return problems;
    }

    private static void checkTeam(List<Problem> problems, SupervisionTeam team, Set<MunicipalityCode> known) {
        List<Participation> participations = team.participations();
        for (int i = 0; i < participations.size(); i++) {
            Participation p = participations.get(i);
            if (p == null) {
                continue;
            }
            String path = "supervisionTeam.participations[" + i + "]";
            if (!known.contains(p.municipality())) {
                problems.add(new Problem(path + ".municipality", p.municipality()
                        + " is not one of the municipalities of this rulebook"));
            }
            for (int j = 0; j < i; j++) {
                Participation earlier = participations.get(j);
                if (earlier != null && earlier.municipality().equals(p.municipality()) && earlier.overlaps(p)) {
                    problems.add(new Problem(path, "overlaps the participation of " + p.municipality()
                            + " at supervisionTeam.participations[" + j + "]"));
                }
            }
        }
    }

    private static void checkKinds(List<Problem> problems, List<LicenceKind> kinds, Set<MunicipalityCode> known) {
        Map<String, String> conditionCodes = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            LicenceKind kind = kinds.get(i);
            if (kind == null) {
                continue;
            }
            String path = "licenceKinds[" + i + "]";
            List<LicenceCap> caps = kind.caps();
            for (int j = 0; j < caps.size(); j++) {
                if (caps.get(j) != null && !known.contains(caps.get(j).municipality())) {
                    problems.add(new Problem(path + ".caps[" + j + "].municipality", caps.get(j).municipality()
                            + " is not one of the municipalities of this rulebook"));
                }
            }
            unique(problems, path + ".caps", caps, c -> c.municipality().value(), "municipality", "municipality");
            List<LicenceCondition> conditions = kind.conditions();
            for (int j = 0; j < conditions.size(); j++) {
                LicenceCondition condition = conditions.get(j);
                if (condition == null) {
                    continue;
                }
                String conditionPath = path + ".conditions[" + j + "].code";
                if (!condition.code().startsWith(kind.code() + "-")) {
                    problems.add(new Problem(conditionPath, "must start with " + kind.code() + "-, not "
                            + condition.code()));
                }
                String earlier = conditionCodes.putIfAbsent(condition.code(), conditionPath);
                if (earlier != null) {
                    problems.add(new Problem(conditionPath, "duplicate condition code " + condition.code()
                            + " (also at " + earlier + ")"));
                }
            }
        }
    }

    /** Every number the template makes must be recognised by the pattern and read back the same. */
    private static void checkNumberFormat(List<Problem> problems, Licensing licensing, List<LicenceKind> kinds,
            List<Municipality> municipalities) {
        var format = licensing.numberFormat();
        for (Municipality municipality : municipalities) {
            for (LicenceKind kind : kinds) {
                if (municipality == null || kind == null) {
                    continue;
                }
                for (int sequence : new int[] {1, format.maxSequence()}) {
                    String number = format.format(municipality.code(), kind.code(), sequence);
                    Optional<LicenceNumberMatch> read = format.parse(number);
                    if (read.isEmpty() || !read.get().number().equals(number)) {
                        problems.add(new Problem("licensing.numberFormat.pattern", "does not recognise " + number
                                + ", made by the template"));
                        return;
                    }
                }
            }
        }
    }

    private static void checkRetention(List<Problem> problems, List<Retention> retention) {
        Map<RetentionCategory, Integer> seen = new EnumMap<>(RetentionCategory.class);
        for (int i = 0; i < retention.size(); i++) {
            Retention r = retention.get(i);
            if (r == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(r.category(), i);
            if (earlier != null) {
                problems.add(new Problem("retention[" + i + "].category", "duplicate category " + r.category()
                        + " (also at retention[" + earlier + "])"));
            }
        }
        boolean complete = true;
        for (RetentionCategory category : RetentionCategory.values()) {
            if (!category.optional() && !seen.containsKey(category) && retention.stream().noneMatch(r -> r == null)) {
                problems.add(new Problem("retention", "category " + category + " is missing"));
                complete = false;
            }
        }
        Integer substantiated = seen.get(RetentionCategory.SIGNAL_SUBSTANTIATED);
        Integer notSubstantiated = seen.get(RetentionCategory.SIGNAL_NOT_SUBSTANTIATED);
        if (complete && substantiated != null && notSubstantiated != null && Terms.BY_LENGTH.compare(
                retention.get(notSubstantiated).period(), retention.get(substantiated).period()) >= 0) {
            problems.add(new Problem("retention[" + notSubstantiated + "].period",
                    "signals that were not substantiated must be kept shorter than substantiated signals"));
        }
    }

    /** Reports every element whose key was already used by an earlier element. */
    private static <T> void unique(List<Problem> problems, String listPath, List<T> items, Function<T, String> key,
            String field, String label) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                continue;
            }
            String value = key.apply(item);
            Integer earlier = seen.putIfAbsent(value, i);
            if (earlier != null) {
                problems.add(new Problem(listPath + "[" + i + "]." + field, "duplicate " + label + " " + value
                        + " (also at " + listPath + "[" + earlier + "])"));
            }
        }
    }
}

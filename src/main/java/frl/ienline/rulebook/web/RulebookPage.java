package frl.ienline.rulebook.web;

import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.LicenceCap;
import frl.ienline.rulebook.LicenceKind;
import frl.ienline.rulebook.ProcedureTerms;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookDiff;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.web.PageModel.BasisRow;
import frl.ienline.rulebook.web.PageModel.ChangeRow;
import frl.ienline.rulebook.web.PageModel.DiffView;
import frl.ienline.rulebook.web.PageModel.Fact;
import frl.ienline.rulebook.web.PageModel.HistoryRow;
import frl.ienline.rulebook.web.PageModel.KindView;
import frl.ienline.rulebook.web.PageModel.MunicipalityRow;
import frl.ienline.rulebook.web.PageModel.NumberView;
import frl.ienline.rulebook.web.PageModel.Option;
import frl.ienline.rulebook.web.PageModel.Page;
import frl.ienline.rulebook.web.PageModel.ReasonRow;
import frl.ienline.rulebook.web.PageModel.RetentionRow;
import frl.ienline.rulebook.web.PageModel.StepView;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page of the rulebook: the version in effect, readably, and the difference between two
 * versions. The rulebook holds no personal data, so reading it is not written to the access log.
 */
@Controller
class RulebookPage {

    private static final Pattern ISO_PERIOD = Pattern.compile("P(\\d+[YMWD])+");

    private final Rulebook rulebook;
    private final MessageSource messages;
    private final Clock clock;
    private final List<frl.ienline.rulebook.VersionAdvice> advice;

    RulebookPage(Rulebook rulebook, MessageSource messages, Clock clock,
            List<frl.ienline.rulebook.VersionAdvice> advice) {
        this.rulebook = rulebook;
        this.messages = messages;
        this.clock = clock;
        this.advice = advice;
    }

    @GetMapping("/app/regelset")
    String show(@RequestParam(name = "van", required = false) String from,
            @RequestParam(name = "naar", required = false) String to, Locale locale, Model model) {
        Formats formats = new Formats(messages, locale, clock.getZone());
        RulebookVersion active = rulebook.active();
        model.addAttribute("page", page(active, formats, locale));
        model.addAttribute("diff", diff(active, from, to, formats, locale));
        model.addAttribute("advice", advice.stream().flatMap(source -> source.adviceOnRulebook().stream())
                .sorted(java.util.Comparator.comparing(frl.ienline.rulebook.VersionAdvice.Advice::recordedOn).reversed())
                .toList());
        return "rulebook/regelset";
    }

    private Page page(RulebookVersion v, Formats f, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        var team = v.supervisionTeam();
        var format = v.licensing().numberFormat();
        return new Page(v.id(), f.date(v.effectiveFrom()), v.title().in(locale), f.date(today),
                rulebook.history().stream().map(h -> new HistoryRow(h.id(), f.date(h.effectiveFrom()),
                        f.moment(h.recordedAt()), f.moment(h.firstActivatedAt()), h.contentSha256().substring(0, 12),
                        h.bundled(), h.id().equals(v.id()))).toList(),
                team.example(), team.note() == null ? null : team.note().in(locale), v.participatingOn(today).size(),
                v.municipalities().stream().map(m -> new MunicipalityRow(m.code().value(), m.name(),
                        f.message("rulebook.authority." + m.competentAuthority().name()), m.notificationEmail(),
                        m.notificationEmailIsExample(), v.participatesOn(m.code(), today))).toList(),
                v.licenceKinds().stream().map(k -> kind(v, k, f, locale)).toList(),
                new NumberView(format.template(), format.regex(),
                        format.format(MunicipalityCode.of("GM0080"), v.licenceKinds().getFirst().code(), 12)),
                procedure(v.procedure(), f),
                v.enforcement().steps().stream().map(s -> step(s, f, locale)).toList(),
                v.retention().stream().map(r -> new RetentionRow(r.category().name(), r.name().in(locale),
                        f.period(r.period()), r.startsAt().in(locale))).toList(),
                v.legalBases().stream().map(b -> new BasisRow(b.code(), b.name().in(locale), b.reference(),
                        f.yesNo(b.requiresConsent()))).toList(),
                v.dismissalReasons().stream().map(r -> new ReasonRow(r.code(), r.name().in(locale),
                        f.yesNo(r.requiresNote()))).toList());
    }

    private static KindView kind(RulebookVersion v, LicenceKind k, Formats f, Locale locale) {
        List<Fact> facts = List.of(
                new Fact(f.message("rulebook.kind.premises"), f.yesNo(k.premises())),
                new Fact(f.message("rulebook.kind.decisionTerm"), f.period(k.decisionTerm()) + " "
                        + f.message("rulebook.kind.plusExtension", f.period(k.decisionTermExtension()))),
                new Fact(f.message("rulebook.kind.validity"), f.period(k.validity())),
                new Fact(f.message("rulebook.kind.renewalLeadTime"), f.period(k.renewalLeadTime())),
                new Fact(f.message("rulebook.kind.minimumAges"), f.message("rulebook.kind.ages",
                        k.minimumAges().operator(), k.minimumAges().manager(), k.minimumAges().sexWorker())));
        List<String> caps = k.caps().stream().map(c -> cap(v, c, f, locale)).toList();
        return new KindView(k.code(), k.name().in(locale), k.description().in(locale), facts, caps,
                k.conditions().stream().map(c -> new Fact(c.code(), c.text().in(locale))).toList());
    }

    private static String cap(RulebookVersion v, LicenceCap c, Formats f, Locale locale) {
        String name = v.municipality(c.municipality()).map(m -> m.name()).orElse(c.municipality().value());
        List<String> limits = new ArrayList<>();
        if (c.maxLicences() != null) {
            limits.add(f.message("rulebook.kind.maxLicences", c.maxLicences()));
        }
        if (c.maxWorkrooms() != null) {
            limits.add(f.message("rulebook.kind.maxWorkrooms", c.maxWorkrooms()));
        }
        return name + ": " + String.join(", ", limits) + (c.note() == null ? "" : " — " + c.note().in(locale));
    }

    private static List<Fact> procedure(ProcedureTerms p, Formats f) {
        return List.of(
                new Fact(f.message("rulebook.procedure.counting"), f.message(p.weekendMovesDeadline()
                        ? "rulebook.procedure.counting.weekend" : "rulebook.procedure.counting.calendar")),
                new Fact(f.message("rulebook.procedure.bibob"), f.period(p.bibobAdviceTerm()) + " "
                        + f.message("rulebook.kind.plusExtension", f.period(p.bibobAdviceExtension()))),
                new Fact(f.message("rulebook.procedure.bibobSuspends"), f.yesNo(p.bibobSuspendsDecisionTerm())),
                new Fact(f.message("rulebook.procedure.noLicenceWhenLate"), f.yesNo(p.noLicenceWhenLate())),
                new Fact(f.message("rulebook.procedure.objection"), f.period(p.objectionPeriod())),
                new Fact(f.message("rulebook.procedure.repair"), f.period(p.repairTerm())),
                new Fact(f.message("rulebook.procedure.lookBack"), f.period(p.lookBack())),
                new Fact(f.message("rulebook.procedure.endNotice"), f.period(p.endOfExploitationNotice())));
    }

    private static StepView step(EnforcementStep s, Formats f, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        if (s.viewTerm() != null) {
            facts.add(new Fact(f.message("rulebook.ladder.viewTerm"), f.period(s.viewTerm())));
        }
        if (s.gracePeriod() != null) {
            facts.add(new Fact(f.message("rulebook.ladder.gracePeriod"), f.period(s.gracePeriod())));
        }
        s.penalties().forEach(p -> facts.add(new Fact(f.message("rulebook.ladder.penalty",
                f.message("rulebook.offender." + p.offender().name())),
                f.message("rulebook.ladder.amount", f.amount(p.amount()), f.amount(p.maximum())))));
        if (s.minimumDuration() != null) {
            facts.add(new Fact(f.message("rulebook.ladder.minimumDuration"), f.period(s.minimumDuration())
                    + (s.minimumDurationApplies() == null ? "" : " (" + s.minimumDurationApplies().in(locale) + ")")));
        }
        String tracks = s.sortedTracks().stream().map(t -> f.message("rulebook.track." + t.name()))
                .collect(Collectors.joining(", "));
        return new StepView(s.order(), s.code(), s.name().in(locale), s.description().in(locale), tracks, facts);
    }

    private DiffView diff(RulebookVersion active, String from, String to, Formats f, Locale locale) {
        List<RulebookVersion> versions = rulebook.versions();
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (from != null && rulebook.version(from).isEmpty()) {
            problems.add(new InputRejected.Problem("van", f.message("rulebook.diff.unknown", from)));
        }
        if (to != null && rulebook.version(to).isEmpty()) {
            problems.add(new InputRejected.Problem("naar", f.message("rulebook.diff.unknown", to)));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        String fromId = from != null ? from : active.id();
        String toId = to != null ? to : defaultOther(versions, active);
        List<Option> options = versions.stream().map(v -> new Option(v.id(), f.message("rulebook.diff.option", v.id(),
                f.date(v.effectiveFrom())))).toList();
        RulebookDiff diff = rulebook.diff(fromId, toId);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.stream.Stream.of(fromId, toId).flatMap(id -> rulebook.version(id).stream()).forEach(v -> {
                    v.municipalities().forEach(m -> names.putIfAbsent(m.code().value(), m.name()));
                    v.licenceKinds().forEach(k -> names.putIfAbsent(k.code(), k.name().in(locale)));
                    v.dismissalReasons().forEach(r -> names.putIfAbsent(r.code(), r.name().in(locale)));
                    v.legalBases().forEach(b -> names.putIfAbsent(b.code(), b.name().in(locale)));
                    v.enforcement().steps().forEach(st -> names.putIfAbsent(st.code(), st.name().in(locale)));
                });
        java.util.function.Function<String, String> field = name -> {
            String key = "rulebook.field." + name;
            String label = f.message(key);
            return label.equals(key) ? null : label;
        };
        List<ChangeRow> changes = diff.changes().stream().map(c -> new ChangeRow(
                f.message("rulebook.section." + c.section()), FieldPaths.human(c.path(), field, names),
                f.message("rulebook.diff.kind." + c.kind().name()),
                switch (c.kind()) {
                    case ADDED -> "diff-added";
                    case REMOVED -> "diff-removed";
                    case CHANGED -> "diff-changed";
                }, display(c.before(), f), display(c.after(), f))).toList();
        return new DiffView(options, fromId, toId, fromId.equals(toId), changes);
    }

    /** Terms in words next to their ISO form: {@code P16W} becomes {@code 16 weken (P16W)}. */
    private static String display(String value, Formats f) {
        if (value != null && ISO_PERIOD.matcher(value).matches()) {
            return f.period(Period.parse(value)) + " (" + value + ")";
        }
        return value;
    }

    /** The version after the active one, or else the one before it, or else the active one itself. */
    private static String defaultOther(List<RulebookVersion> versions, RulebookVersion active) {
        int index = versions.indexOf(active);
        if (index + 1 < versions.size()) {
            return versions.get(index + 1).id();
        }
        return index > 0 ? versions.get(index - 1).id() : active.id();
    }
}

package frl.ienline.support.web;

import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import frl.ienline.shared.SupportFigures;
import frl.ienline.support.internal.Alerts;
import frl.ienline.support.internal.CareContacts;
import frl.ienline.support.internal.CareContacts.ContactInput;
import frl.ienline.support.internal.CareContacts.ExitPhase;
import frl.ienline.support.internal.CareContacts.Referral;
import frl.ienline.support.internal.CareContacts.Topic;
import frl.ienline.support.internal.CareStaff;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import frl.ienline.support.internal.Meetups;
import frl.ienline.support.internal.Meetups.MeetupInput;
import frl.ienline.support.internal.MemberTips;
import frl.ienline.support.internal.Members;
import frl.ienline.support.internal.Objections;
import frl.ienline.support.internal.Objections.Decision;
import frl.ienline.support.internal.PortalContent;
import frl.ienline.support.internal.PortalFacts;
import frl.ienline.support.internal.PortalLanguages;
import frl.ienline.support.internal.SafetyReports;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import frl.ienline.support.internal.SafetyReports.Severity;
import frl.ienline.support.internal.SoundingBoard;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Care staff pages under {@code /app/ondersteuning}: moderation, verification, editing, community, contacts. */
@Controller
@RequestMapping(SupportWebConfiguration.STAFF)
class SupportStaffController {

    private final Members members;
    private final SafetyReports reports;
    private final Alerts alerts;
    private final Objections objections;
    private final PortalContent content;
    private final Meetups meetups;
    private final MemberTips tips;
    private final SoundingBoard board;
    private final CareContacts contacts;
    private final SupportFigures figures;
    private final PortalFacts facts;
    private final CareStaff staff;
    private final Clock clock;

    SupportStaffController(Members members, SafetyReports reports, Alerts alerts, Objections objections,
            PortalContent content, Meetups meetups, MemberTips tips, SoundingBoard board, CareContacts contacts,
            SupportFigures figures, PortalFacts facts, CareStaff staff, Clock clock) {
        this.members = members;
        this.reports = reports;
        this.alerts = alerts;
        this.objections = objections;
        this.content = content;
        this.meetups = meetups;
        this.tips = tips;
        this.board = board;
        this.contacts = contacts;
        this.figures = figures;
        this.facts = facts;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    String home(Model model) {
        var actor = staff.require("support-home");
        model.addAttribute("careWorker", actor.hasRole(Role.CARE_WORKER));
        model.addAttribute("coordinator", actor.hasRole(Role.SOUNDING_BOARD_COORDINATOR));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("figures", figures.counts(today.withDayOfMonth(1), today.plusDays(1)));
        return "support/staff/home";
    }

    // ---- members -----------------------------------------------------------------------------------

    @GetMapping("/leden")
    String members(Model model) {
        model.addAttribute("members", members.forVerification());
        return "support/staff/members";
    }

    @PostMapping("/leden/{id}/verifieren")
    String verify(@PathVariable UUID id) {
        members.verify(id);
        return SupportWebConfiguration.redirect("/leden?geverifieerd");
    }

    // ---- reports and alerts ------------------------------------------------------------------------

    @GetMapping("/meldingen")
    String reports(Model model) {
        model.addAttribute("reports", reports.queue());
        return "support/staff/reports";
    }

    @GetMapping("/meldingen/nieuw")
    String reportOnBehalfForm(Model model) {
        staff.requireCareWorker("incident-report"); // guarded like its POST (D13)
        model.addAttribute("errors", FormErrors.NONE);
        return reportOnBehalfPage(model, null);
    }

    private String reportOnBehalfPage(Model model, ReportInput input) {
        model.addAttribute("input", input);
        model.addAttribute("categories", Category.values());
        model.addAttribute("municipalities", facts.municipalities());
        model.addAttribute("today", LocalDate.now(clock));
        return "support/staff/report-new";
    }

    @PostMapping("/meldingen/nieuw")
    String reportOnBehalf(ReportForm form, Model model) {
        ReportInput input = form.input();
        return FormErrors.submit(model, () -> SupportWebConfiguration.redirect("/meldingen/" + reports.submitOnBehalf(input)),
                () -> reportOnBehalfPage(model, input));
    }

    @GetMapping("/meldingen/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.detail(id));
        model.addAttribute("municipalities", facts.municipalities());
        model.addAttribute("errors", FormErrors.NONE);
        return "support/staff/report";
    }

    @PostMapping("/meldingen/{id}/publiceren")
    String publish(@PathVariable UUID id, @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "") String summary,
            @RequestParam(required = false) Set<Kind> include, Model model) {
        return FormErrors.submit(model, () -> {
            reports.publish(id, region, severity, summary, include == null ? EnumSet.noneOf(Kind.class) : include);
            return SupportWebConfiguration.redirect("/waarschuwingen?gepubliceerd");
        }, () -> report(id, model));
    }

    @PostMapping("/meldingen/{id}/afwijzen")
    String rejectReport(@PathVariable UUID id) {
        reports.reject(id);
        return SupportWebConfiguration.redirect("/meldingen");
    }

    @GetMapping("/meldingen/{id}/politie")
    String forPolice(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.forPolice(id));
        model.addAttribute("municipalities", facts.municipalities());
        return "support/staff/report-police";
    }

    @GetMapping("/waarschuwingen")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.all());
        model.addAttribute("municipalities", facts.municipalities());
        return "support/staff/alerts";
    }

    @PostMapping("/waarschuwingen/{id}/intrekken")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason) {
        alerts.withdraw(id, reason);
        return SupportWebConfiguration.redirect("/waarschuwingen");
    }

    @GetMapping("/bezwaren")
    String objections(Model model) {
        model.addAttribute("objections", objections.all());
        return "support/staff/objections";
    }

    @PostMapping("/bezwaren/{id}/besluit")
    String decide(@PathVariable UUID id, @RequestParam(required = false) Decision decision,
            @RequestParam(defaultValue = "") String reason) {
        objections.decide(id, decision, reason);
        return SupportWebConfiguration.redirect("/bezwaren");
    }

    // ---- portal pages ------------------------------------------------------------------------------

    @GetMapping("/paginas")
    String pages(Model model) {
        model.addAttribute("coverage", content.coverage());
        model.addAttribute("languages", PortalLanguages.ALL);
        model.addAttribute("awaiting", content.awaitingReview());
        model.addAttribute("me", CurrentActor.require().id());
        return "support/staff/pages";
    }

    @GetMapping("/paginas/{slug}/{language}")
    String editPage(@PathVariable String slug, @PathVariable String language, Model model) {
        var history = content.history(slug, language);
        model.addAttribute("slug", slug);
        model.addAttribute("language", language);
        model.addAttribute("history", history);
        var base = history.stream().filter(v -> v.status() == PortalContent.Status.DRAFT).findFirst()
                .or(() -> history.stream().filter(v -> v.status() == PortalContent.Status.PUBLISHED).findFirst())
                .or(() -> content.history(slug, "nl").stream().filter(v -> v.status() == PortalContent.Status.PUBLISHED).findFirst());
        model.addAttribute("base", base.orElse(null));
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("me", CurrentActor.require().id());
        return "support/staff/page-edit";
    }

    @PostMapping("/paginas/{slug}/{language}")
    String saveDraft(@PathVariable String slug, @PathVariable String language, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean submit, Model model) {
        return FormErrors.submit(model, () -> {
            UUID id = content.saveDraft(slug, language, title, summary, body);
            if (submit) {
                content.submitForReview(id);
            }
            return SupportWebConfiguration.redirect("/paginas/" + slug + "/" + language);
        }, () -> editPage(slug, language, model));
    }

    @PostMapping("/paginas/versies/{id}/ter-review")
    String submitForReview(@PathVariable UUID id) {
        content.submitForReview(id);
        return SupportWebConfiguration.redirect("/paginas");
    }

    @PostMapping("/paginas/versies/{id}/goedkeuren")
    String approve(@PathVariable UUID id) {
        content.approve(id);
        return SupportWebConfiguration.redirect("/paginas");
    }

    @PostMapping("/paginas/versies/{id}/afwijzen")
    String rejectVersion(@PathVariable UUID id, @RequestParam(defaultValue = "") String note) {
        content.reject(id, note);
        return SupportWebConfiguration.redirect("/paginas");
    }

    // ---- meetups and tips --------------------------------------------------------------------------

    @GetMapping("/bijeenkomsten")
    String meetups(Model model) {
        model.addAttribute("meetups", meetups.all());
        model.addAttribute("kinds", Meetups.Kind.values());
        model.addAttribute("languages", PortalLanguages.ALL);
        model.addAttribute("errors", FormErrors.NONE);
        return "support/staff/meetups";
    }

    @PostMapping("/bijeenkomsten")
    String createMeetup(@RequestParam(required = false) Meetups.Kind kind, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description, @RequestParam(required = false) LocalDateTime startsAt,
            @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "false") boolean online,
            @RequestParam(defaultValue = "nl") String language, @RequestParam(required = false) Integer capacity, Model model) {
        return FormErrors.submit(model, () -> {
            meetups.create(new MeetupInput(kind, title, description,
                    startsAt == null ? null : startsAt.atZone(clock.getZone()).toInstant(), place, online, language, capacity));
            return SupportWebConfiguration.redirect("/bijeenkomsten");
        }, () -> meetups(model));
    }

    @PostMapping("/bijeenkomsten/{id}/annuleren")
    String cancelMeetup(@PathVariable UUID id) {
        meetups.cancel(id);
        return SupportWebConfiguration.redirect("/bijeenkomsten");
    }

    @GetMapping("/tips")
    String tips(Model model) {
        model.addAttribute("tips", tips.awaitingModeration());
        return "support/staff/tips";
    }

    @PostMapping("/tips/{id}")
    String moderateTip(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean publish) {
        tips.moderate(id, publish);
        return SupportWebConfiguration.redirect("/tips");
    }

    // ---- sounding board ----------------------------------------------------------------------------

    @GetMapping("/klankbord")
    String board(Model model) {
        model.addAttribute("boardMembers", board.members());
        model.addAttribute("meetings", board.meetings());
        model.addAttribute("consultations", board.consultations());
        model.addAttribute("rulebookVersion", facts.rulebookVersion());
        model.addAttribute("errors", FormErrors.NONE);
        return "support/staff/board";
    }

    @PostMapping("/klankbord/bijeenkomsten")
    String planMeeting(@RequestParam(required = false) LocalDate heldOn, @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String agenda, Model model) {
        return FormErrors.submit(model, () -> {
            board.planMeeting(heldOn, place, agenda);
            return SupportWebConfiguration.redirect("/klankbord");
        }, () -> board(model));
    }

    @PostMapping("/klankbord/bijeenkomsten/{id}/verslag")
    String minutes(@PathVariable UUID id, @RequestParam(defaultValue = "") String minutes) {
        board.recordMinutes(id, minutes);
        return SupportWebConfiguration.redirect("/klankbord");
    }

    @PostMapping("/klankbord/bijeenkomsten/{id}/vergoeding")
    String compensation(@PathVariable UUID id, @RequestParam UUID memberId, @RequestParam(defaultValue = "0") int amountCents) {
        board.recordCompensation(id, memberId, amountCents);
        return SupportWebConfiguration.redirect("/klankbord");
    }

    @PostMapping("/klankbord/raadplegingen")
    String openConsultation(@RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String rulebookVersionId, @RequestParam(defaultValue = "") String draftChange,
            @RequestParam(required = false) LocalDate closesOn, Model model) {
        return FormErrors.submit(model, () -> {
            board.openConsultation(title, rulebookVersionId, draftChange, closesOn);
            return SupportWebConfiguration.redirect("/klankbord");
        }, () -> board(model));
    }

    @GetMapping("/klankbord/raadplegingen/{id}")
    String consultation(@PathVariable UUID id, Model model) {
        model.addAttribute("consultation", board.consultations().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new frl.ienline.shared.NotFound("consultation")));
        model.addAttribute("responses", board.responses(id));
        return "support/staff/consultation";
    }

    @PostMapping("/klankbord/raadplegingen/{id}/advies")
    String recordAdvice(@PathVariable UUID id, @RequestParam(defaultValue = "") String advice) {
        board.recordAdvice(id, advice);
        return SupportWebConfiguration.redirect("/klankbord/raadplegingen/" + id);
    }

    // ---- care contacts -----------------------------------------------------------------------------

    @GetMapping("/contacten")
    String contacts(@RequestParam(required = false) String pseudonym, Model model) {
        model.addAttribute("contacts", contacts.list(pseudonym));
        model.addAttribute("pseudonym", pseudonym);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("referrals", Referral.values());
        model.addAttribute("phases", ExitPhase.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", FormErrors.NONE);
        return "support/staff/contacts";
    }

    @PostMapping("/contacten")
    String recordContact(@RequestParam(defaultValue = "") String contactPseudonym,
            @RequestParam(required = false) LocalDate contactOn, @RequestParam(required = false) Set<Topic> topics,
            @RequestParam(required = false) Set<Referral> referrals, @RequestParam(required = false) ExitPhase exitPhase,
            @RequestParam(required = false) String note, Model model) {
        return FormErrors.submit(model, () -> {
            contacts.record(new ContactInput(contactPseudonym, contactOn, topics == null ? Set.of() : topics,
                    referrals == null ? Set.of() : referrals, exitPhase, note));
            return SupportWebConfiguration.redirect("/contacten?pseudonym="
                    + java.net.URLEncoder.encode(contactPseudonym.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }, () -> contacts(null, model));
    }
}

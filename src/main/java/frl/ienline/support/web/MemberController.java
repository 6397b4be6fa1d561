package frl.ienline.support.web;

import frl.ienline.shared.InputRejected;
import frl.ienline.support.internal.Alerts;
import frl.ienline.support.internal.Meetups;
import frl.ienline.support.internal.MemberPrincipal;
import frl.ienline.support.internal.MemberTips;
import frl.ienline.support.internal.Members;
import frl.ienline.support.internal.PortalFacts;
import frl.ienline.support.internal.PortalLanguages;
import frl.ienline.support.internal.SafetyReports;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import frl.ienline.support.internal.SoundingBoard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's own part of the portal under {@code /portaal/mijn}: inbox, report, check, meetups, tips, account. */
@Controller
class MemberController {

    private final Members members;
    private final Alerts alerts;
    private final SafetyReports reports;
    private final Meetups meetups;
    private final MemberTips tips;
    private final SoundingBoard board;
    private final PortalFacts facts;
    private final java.time.Clock clock;

    MemberController(Members members, Alerts alerts, SafetyReports reports, Meetups meetups, MemberTips tips,
            SoundingBoard board, PortalFacts facts, java.time.Clock clock) {
        this.members = members;
        this.alerts = alerts;
        this.reports = reports;
        this.meetups = meetups;
        this.tips = tips;
        this.board = board;
        this.facts = facts;
        this.clock = clock;
    }

    @GetMapping("/portaal/mijn")
    String inbox(Model model) {
        UUID me = PortalModel.current().id();
        model.addAttribute("account", members.own(me));
        model.addAttribute("alerts", alerts.inbox(me));
        model.addAttribute("reminders", meetups.reminders(me));
        model.addAttribute("municipalities", facts.municipalities());
        return "support/member/inbox";
    }

    @GetMapping("/portaal/mijn/waarschuwingen/{id}")
    String alert(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.read(PortalModel.current().id(), id));
        model.addAttribute("municipalities", facts.municipalities());
        return "support/member/alert";
    }

    /** Reading an alert changes nothing; the member marks it read (L5). */
    @PostMapping("/portaal/mijn/waarschuwingen/{id}/gelezen")
    String markRead(@PathVariable UUID id) {
        alerts.markRead(PortalModel.current().id(), id);
        return "redirect:/portaal/mijn";
    }

    @GetMapping("/portaal/mijn/melden")
    String reportForm(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return reportPage(model, null);
    }

    @PostMapping("/portaal/mijn/melden")
    String report(ReportForm form, Model model) {
        ReportInput input = form.input();
        return FormErrors.submit(model, () -> {
            reports.submitByMember(PortalModel.current().id(), input);
            return "redirect:/portaal/mijn?gemeld";
        }, () -> reportPage(model, input));
    }

    private String reportPage(Model model, ReportInput input) {
        model.addAttribute("input", input);
        model.addAttribute("categories", Category.values());
        model.addAttribute("municipalities", facts.municipalities());
        model.addAttribute("today", LocalDate.now(clock));
        return "support/member/report";
    }

    @GetMapping("/portaal/mijn/check")
    String checkForm(Model model) {
        model.addAttribute("verified", members.isVerified(PortalModel.current().id()));
        model.addAttribute("errors", FormErrors.NONE);
        return "support/member/check";
    }

    @PostMapping("/portaal/mijn/check")
    String check(@RequestParam(defaultValue = "") String phone, Model model) {
        UUID me = PortalModel.current().id();
        model.addAttribute("verified", members.isVerified(me));
        model.addAttribute("errors", FormErrors.NONE);
        if (!members.isVerified(me)) {
            return "support/member/check";
        }
        try {
            model.addAttribute("answer", alerts.check(me, phone));
        } catch (InputRejected e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("phone", phone);
        }
        return "support/member/check";
    }

    @GetMapping("/portaal/mijn/bijeenkomsten")
    String meetups(Model model) {
        model.addAttribute("meetups", meetups.upcoming(PortalModel.current().id()));
        model.addAttribute("errors", FormErrors.NONE);
        return "support/member/meetups";
    }

    @PostMapping("/portaal/mijn/bijeenkomsten/{id}/aanmelden")
    String register(@PathVariable UUID id, Model model) {
        return FormErrors.submit(model, () -> {
            meetups.register(PortalModel.current().id(), id);
            return "redirect:/portaal/mijn/bijeenkomsten";
        }, () -> meetups(model));
    }

    @PostMapping("/portaal/mijn/bijeenkomsten/{id}/afmelden")
    String unregister(@PathVariable UUID id) {
        meetups.unregister(PortalModel.current().id(), id);
        return "redirect:/portaal/mijn/bijeenkomsten";
    }

    @GetMapping("/portaal/mijn/tips")
    String tipForm(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "support/member/tip";
    }

    @PostMapping("/portaal/mijn/tips")
    String tip(@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, Model model) {
        return FormErrors.submit(model, () -> {
            tips.submit(PortalModel.current().id(), language, title, body);
            return "redirect:/portaal/mijn?tip";
        }, () -> {
            model.addAttribute("tipLanguage", language);
            model.addAttribute("title", title);
            model.addAttribute("body", body);
            return "support/member/tip";
        });
    }

    @GetMapping("/portaal/mijn/klankbord")
    String board(Model model) {
        UUID me = PortalModel.current().id();
        boolean isMember = board.isMember(me);
        model.addAttribute("boardMember", isMember);
        model.addAttribute("consentText", SoundingBoard.CONSENT_TEXT);
        model.addAttribute("consultations", isMember ? board.consultationsFor(me) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", FormErrors.NONE);
        return "support/member/board";
    }

    @PostMapping("/portaal/mijn/klankbord/meedoen")
    String join(@RequestParam(defaultValue = "false") boolean consent, Model model) {
        return FormErrors.submit(model, () -> {
            board.join(PortalModel.current().id(), consent);
            return "redirect:/portaal/mijn/klankbord";
        }, () -> board(model));
    }

    @PostMapping("/portaal/mijn/klankbord/stoppen")
    String leave() {
        board.leave(PortalModel.current().id());
        return "redirect:/portaal/mijn/klankbord";
    }

    @PostMapping("/portaal/mijn/klankbord/raadplegingen/{id}")
    String advise(@PathVariable UUID id, @RequestParam(defaultValue = "") String advice, Model model) {
        return FormErrors.submit(model, () -> {
            board.respond(PortalModel.current().id(), id, advice);
            return "redirect:/portaal/mijn/klankbord";
        }, () -> board(model));
    }

    @GetMapping("/portaal/mijn/account")
    String account(Model model) {
        model.addAttribute("account", members.own(PortalModel.current().id()));
        model.addAttribute("errors", FormErrors.NONE);
        return "support/member/account";
    }

    @PostMapping("/portaal/mijn/account")
    String changeAccount(@RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean alertsByEmail, Model model) {
        return FormErrors.submit(model, () -> {
            members.changeAlertSettings(PortalModel.current().id(), email, alertsByEmail);
            return "redirect:/portaal/mijn/account?opgeslagen";
        }, () -> account(model));
    }

    /** Deletes the account and all its data, then signs out. Needs the explicit confirmation box. */
    @PostMapping("/portaal/mijn/account/verwijderen")
    String delete(@RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        MemberPrincipal me = PortalModel.current();
        if (!confirm) {
            String page = account(model);
            model.addAttribute("errors", FormErrors.of(InputRejected.of("confirm", "portal.account.error.confirm")));
            return page;
        }
        members.deleteOwnAccount(me.id());
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/portaal?verwijderd";
    }

    static String language(Locale locale) {
        return PortalLanguages.of(locale);
    }
}

package frl.ienline.register.web;

import frl.ienline.register.LicenceStatus;
import frl.ienline.register.internal.AdPhoneNumber;
import frl.ienline.register.internal.LicensingRules;
import frl.ienline.register.internal.PublicLookups;
import frl.ienline.register.internal.VerificationSnapshot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public register page: licences in force and a form to check a number (and an ad phone number). */
@Controller
class PublicRegisterController {

    private final VerificationSnapshot snapshot;
    private final LicensingRules rules;
    private final VerificationRateLimit rateLimit;
    private final PublicLookups lookups;
    private final Clock clock;

    PublicRegisterController(VerificationSnapshot snapshot, LicensingRules rules, VerificationRateLimit rateLimit,
            PublicLookups lookups,
            Clock clock) {
        this.snapshot = snapshot;
        this.rules = rules;
        this.rateLimit = rateLimit;
        this.lookups = lookups;
        this.clock = clock;
    }

    @GetMapping("/vergunningen")
    String register(@RequestParam(required = false) String nummer, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return check(nummer, null, request, response, model);
    }

    /** The check with a phone number: a POST, so the number is in the body and never in a URL (M14). */
    @PostMapping("/vergunningen")
    String check(@RequestParam(required = false) String nummer, @RequestParam(required = false) String telefoon,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        rateLimit.check(request, response);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("entries", snapshot.inForce());
        model.addAttribute("municipalities", rules.municipalitiesByName());
        if (nummer != null && !nummer.isBlank()) {
            var canonical = rules.canonicalLicenceNumber(nummer);
            model.addAttribute("nummer", canonical.orElse(nummer.strip().toUpperCase(Locale.ROOT)));
            if (canonical.isEmpty()) {
                model.addAttribute("malformed", true);
            } else {
                String number = canonical.get();
                var entry = snapshot.entry(number);
                model.addAttribute("result", entry == null ? LicenceStatus.UNKNOWN : entry.statusOn(today));
                model.addAttribute("entry", entry);
                if (telefoon != null && !telefoon.isBlank()) {
                    model.addAttribute("phoneMatches", adPhone(number, telefoon));
                }
            }
        }
        return "register/public/register";
    }

    private boolean adPhone(String number, String phone) {
        try {
            return lookups.adPhone(number, AdPhoneNumber.of(phone).e164());
        } catch (IllegalArgumentException notAPhoneNumber) {
            return false;
        }
    }
}

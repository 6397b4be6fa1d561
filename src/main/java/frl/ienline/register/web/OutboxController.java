package frl.ienline.register.web;

import frl.ienline.register.internal.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The built-in outbox (ADR 0023): what the register sent or would have sent, per the officer's municipalities. */
@Controller
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/app/uitgaande-post")
    String outbox(Model model) {
        model.addAttribute("mails", outbox.newest());
        model.addAttribute("demoMode", outbox.demoMode());
        return "register/staff/outbox";
    }
}

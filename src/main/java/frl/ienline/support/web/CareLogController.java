package frl.ienline.support.web;

import frl.ienline.platform.logchain.Checkpoint;
import frl.ienline.platform.logchain.CheckpointKeeper;
import frl.ienline.support.internal.CareAccessLog;
import frl.ienline.support.internal.CareLogCheckpoints;
import frl.ienline.support.internal.CareStaff;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The care log page: the organisation's own entries, refused attempts from outside the compartment, the
 * chain verification on request (streamed, never on every page view) and the signed checkpoints.
 */
@Controller
@RequestMapping(SupportWebConfiguration.STAFF + "/toegangslog")
class CareLogController {

    private final CareAccessLog log;
    private final CareLogCheckpoints checkpoints;
    private final CareStaff staff;

    CareLogController(CareAccessLog log, CareLogCheckpoints checkpoints, CareStaff staff) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.staff = staff;
    }

    @GetMapping
    String page(Model model) {
        var actor = staff.require("care-access-log");
        log.allowed(actor, CareAccessLog.Action.VIEW, "care-access-log", null, null, "care-log-audit");
        model.addAttribute("entries", log.recent(actor.organisationCode(), 200));
        model.addAttribute("outsiders", log.outsiderRefusals(50));
        model.addAttribute("checkpoints", checkpoints.recent());
        model.addAttribute("fingerprint", checkpoints.fingerprint());
        return "support/staff/access-log";
    }

    @PostMapping("/verificatie")
    String verify(Model model) {
        model.addAttribute("verification", checkpoints.verify());
        return page(model);
    }

    @PostMapping("/controlepunten")
    String makeCheckpoint(Model model) {
        CheckpointKeeper.Made made = checkpoints.make();
        model.addAttribute("verification", made.verification());
        model.addAttribute("made", made.checkpoint());
        return page(model);
    }

    @GetMapping("/controlepunten/{id}")
    ResponseEntity<String> checkpoint(@PathVariable UUID id) {
        Checkpoint checkpoint = checkpoints.checkpoint(id);
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(checkpoint.fileName()).build().toString())
                .body(checkpoint.text());
    }
}

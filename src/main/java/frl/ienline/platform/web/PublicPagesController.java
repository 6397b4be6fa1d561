package frl.ienline.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page (what ienline is) and the privacy statement. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "platform/accessibility";
    }
}

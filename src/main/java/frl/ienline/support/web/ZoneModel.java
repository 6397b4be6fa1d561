package frl.ienline.support.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The region's time zone for showing instants on support pages ({@code instant.atZone(zone)}). */
@ControllerAdvice(assignableTypes = {PortalController.class, MemberController.class, SupportStaffController.class,
        CareLogController.class})
class ZoneModel {

    private final Clock clock;

    ZoneModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}

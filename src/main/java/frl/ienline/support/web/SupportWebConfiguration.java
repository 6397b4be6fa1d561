package frl.ienline.support.web;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.CareStaff;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The staff side of the wall in the web layer: every request under {@code /app/ondersteuning} is refused
 * (403) before any handler runs unless the signed-in actor holds only care roles. The services check
 * again; this makes sure no validation error or 404 tells a non-care user anything.
 */
@Configuration(proxyBeanMethods = false)
class SupportWebConfiguration implements WebMvcConfigurer {

    static final String STAFF = "/app/ondersteuning";

    /** {@code redirect:} to a staff page, given its path below {@link #STAFF}. */
    static String redirect(String path) {
        return "redirect:" + STAFF + path;
    }

    private final CareStaff staff;

    SupportWebConfiguration(CareStaff staff) {
        this.staff = staff;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                staff.require("support-page");
                return true;
            }
        }).addPathPatterns(STAFF, STAFF + "/**");
    }

    @Bean
    NavigationItem supportNavigation() {
        return new NavigationItem("staff.nav.support", STAFF, 80, Set.of(Role.CARE_WORKER, Role.SOUNDING_BOARD_COORDINATOR));
    }
}

package frl.ienline.support.web;

import frl.ienline.support.internal.MemberPrincipal;
import frl.ienline.support.internal.PortalLanguages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page needs: language, the language switch, the quick exit, the signed-in member. */
@ControllerAdvice(assignableTypes = {PortalController.class, MemberController.class})
class PortalModel {

    private final String quickExitUrl;

    PortalModel(@Value("${ienline.support.quick-exit-url:https://www.knmi.nl/nederland-nu/weer/verwachtingen}") String quickExitUrl) {
        this.quickExitUrl = quickExitUrl;
    }

    @ModelAttribute("portalLanguage")
    String language(Locale locale) {
        return PortalLanguages.of(locale);
    }

    @ModelAttribute("portalLanguages")
    List<String[]> languages() {
        return PortalLanguages.NATIVE_NAMES;
    }

    @ModelAttribute("quickExitUrl")
    String quickExitUrl() {
        return quickExitUrl;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("member")
    MemberPrincipal member() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MemberPrincipal m ? m : null;
    }

    static MemberPrincipal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal m) {
            return m;
        }
        throw new org.springframework.security.access.AccessDeniedException("Members only");
    }
}

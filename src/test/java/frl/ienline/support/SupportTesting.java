package frl.ienline.support;

import frl.ienline.support.internal.MemberPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in members for MockMvc tests of the portal. */
final class SupportTesting {

    private SupportTesting() {
    }

    static RequestPostProcessor member(UUID id, String workingName) {
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
                new MemberPrincipal(id, workingName, null), null, List.of(new SimpleGrantedAuthority(MemberPrincipal.AUTHORITY))));
    }
}

package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * R5 over every route the application has (read from the handler mappings, so a new page is covered
 * the day it is added): CSP without inline script and with frame-ancestors 'none', nosniff,
 * Referrer-Policy, no-store, and HSTS on secure requests — anonymous and signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

    static final String PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyGetRouteSendsTheSecurityHeaders() throws Exception {
        List<String> routes = routes();
        assertThat(routes).contains("/", "/privacy");
        var actor = TestActors.actor("GM0080", Role.FUNCTIONAL_ADMIN, "GM0080");
        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            check(route, get(route), problems);
            check(route + " (signed in)", get(route).with(TestActors.as(actor)), problems);
            MockHttpServletResponse secure = mvc.perform(get(route).secure(true)).andReturn().getResponse();
            if (secure.getHeader("Strict-Transport-Security") == null) {
                problems.add(route + " (https): no Strict-Transport-Security");
            }
        }
        for (String asset : List.of("/css/ienline.css", "/webjars/htmx.org/dist/htmx.min.js")) {
            check(asset, get(asset), problems);
        }
        assertThat(problems).isEmpty();
    }

    private void check(String label, MockHttpServletRequestBuilder request, List<String> problems) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        if (csp == null || !csp.contains("frame-ancestors 'none'") || !csp.contains("script-src 'self'")
                || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
            problems.add(label + ": CSP " + csp);
        }
        if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
            problems.add(label + ": X-Content-Type-Options " + response.getHeader("X-Content-Type-Options"));
        }
        if (response.getHeader("Referrer-Policy") == null) {
            problems.add(label + ": no Referrer-Policy");
        }
        String cache = response.getHeader("Cache-Control");
        if (!label.startsWith("/css") && !label.startsWith("/webjars") && (cache == null || !cache.contains("no-store"))) {
            problems.add(label + ": Cache-Control " + cache);
        }
    }

    private List<String> routes() {
        TreeSet<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                routes.add(pattern.replaceAll("\\{[^}]+}", PLACEHOLDER_ID).replace("/**", "/x"));
            }
        });
        return List.copyOf(routes);
    }
}

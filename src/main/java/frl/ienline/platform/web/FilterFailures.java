package frl.ienline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: what a filter throws (a handler's exceptions are {@link ErrorHandling}'s) is logged
 * here under a correlation id without its message and answered by the error page, instead of reaching
 * Tomcat, which would log it with its message (L10).
 */
@Configuration(proxyBeanMethods = false)
class FilterFailures {

    /** The request attribute that carries the correlation id to {@link ErrorPage}. */
    static final String ERROR_ID = FilterFailures.class.getName() + ".id";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> outermostFilterFailures(ErrorAnswers answers) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException | RuntimeException e) {
                    String id = answers.unexpected(e instanceof ServletException s && s.getRootCause() != null
                            ? s.getRootCause() : e, request);
                    if (!response.isCommitted()) {
                        request.setAttribute(ERROR_ID, id);
                        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                    }
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("outermostFilterFailures");
        return registration;
    }
}

package frl.ienline.platform.internal;

import frl.ienline.shared.SecurityHeaders;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers for requests Tomcat refuses before the application sees them ({@code /%00}, an encoded slash or
 * backslash, a malformed request line): the security headers and a short page in the application's words
 * (problem+json under {@code /api/}) instead of Tomcat's own page without headers (D19). Replaces the
 * error report valve Spring Boot puts on the host, so it runs after Boot's customizer.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new Report(messages));
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(Report.class.getName()); // so the host adds no second one
            }
        });
    }

    /** The last word on an error nobody in the application answered: headers, then a page without details. */
    static final class Report extends ErrorReportValve {

        private final MessageSource messages;

        Report(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                SecurityHeaders.all(request.isSecure()).forEach(response::setHeader);
                String uri = request.getDecodedRequestURI();
                boolean api = uri != null && uri.startsWith("/api/");
                response.setCharacterEncoding("UTF-8");
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write(api ? problem(status) : page(status));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was taken over: nothing left to say
            }
        }

        private static String problem(int status) {
            return "{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":" + status
                    + ",\"detail\":\"The request could not be processed\"}";
        }

        private String page(int status) {
            Locale dutch = Locale.of("nl");
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, "Fout", dutch));
            String heading = HtmlUtils.htmlEscape(messages.getMessage("error.heading", new Object[] {status}, dutch));
            String text = HtmlUtils.htmlEscape(messages.getMessage(status == 400 ? "error.400" : "error.500", null, dutch));
            String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, dutch));
            return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title + " · ienline</title>"
                    + "<link rel=\"stylesheet\" href=\"/css/ienline.css\"></head><body><main id=\"inhoud\" class=\"page-content\">"
                    + "<h1>" + heading + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>";
        }
    }
}

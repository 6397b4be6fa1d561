package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import frl.ienline.platform.web.CorrelationId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One correlation id per request, made by the server, in the MDC while the request runs, so every JSON (ECS)
 * log line of the request carries it; the prod profile logs JSON. Checked without switching this test JVM's
 * own logging to JSON (that would leak into every later test class).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrelationIdTests {

    static final String ID = "[2-9A-HJ-NP-Z]{10}";

    @Autowired
    MockMvc mvc;

    @Test
    void everyRequestGetsItsOwnIdNeverTheClientsOne() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var request = mvc.perform(get("/api/v1/gemeenten").header("X-Correlation-ID", "CLIENTCHOSEN")
                    .header("X-Request-ID", "CLIENTCHOSEN")).andReturn().getRequest();
            ids.add(CorrelationId.of(request));
        }
        assertThat(ids).allMatch(id -> id.matches(ID)).doesNotHaveDuplicates().doesNotContain("CLIENTCHOSEN");
    }

    @Test
    void aJsonLogLineWrittenDuringTheRequestCarriesItsId() throws Exception {
        LoggerContext logback = new LoggerContext();
        logback.putObject(Environment.class.getName(),
                new MockEnvironment().withProperty("logging.structured.ecs.service.name", "ienline"));
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setContext(logback);
        ecs.setFormat("ecs");
        ecs.start();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/regelset");
        List<String> lines = new ArrayList<>();
        new CorrelationId().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            LoggingEvent event = new LoggingEvent(getClass().getName(), logback.getLogger("frl.ienline.x"), Level.INFO,
                    "something happened", null, null);
            event.setMDCPropertyMap(MDC.getCopyOfContextMap());
            lines.add(new String(ecs.encode(event), StandardCharsets.UTF_8));
        });
        assertThat(lines).singleElement().asString().startsWith("{")
                .contains("\"correlationId\":\"" + CorrelationId.of(request) + "\"", "\"service\":{\"name\":\"ienline\"",
                        "\"message\":\"something happened\"");
        assertThat(MDC.get(CorrelationId.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void productionLogsEcsJsonUnlessToldOtherwise() throws Exception {
        StandardEnvironment prod = new StandardEnvironment();
        new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yml"))
                .forEach(prod.getPropertySources()::addLast);
        assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(prod.getProperty("management.server.port")).isEqualTo("8081");
    }
}

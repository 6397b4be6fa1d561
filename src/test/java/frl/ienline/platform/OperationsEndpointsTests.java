package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, operations: on a real server with the management port apart (as in production), Prometheus
 * metrics and the probe groups answer there without a login and not on the application port; the
 * application port has only the status of /livez and /readyz.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class OperationsEndpointsTests {

    @LocalServerPort
    int appPort;

    @LocalManagementPort
    int managementPort;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusMetricsOnTheManagementPortOnly() throws Exception {
        get(appPort, "/api/v1/gemeenten");
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds",
                "application=\"ienline\"");
        HttpResponse<String> onAppPort = get(appPort, "/actuator/prometheus");
        assertThat(onAppPort.statusCode()).isNotEqualTo(200);
        assertThat(onAppPort.body()).doesNotContain("jvm_memory");
        assertThat(get(managementPort, "/actuator/env").statusCode()).isEqualTo(404);
    }

    @Test
    void probeGroupsForTheOrchestrator() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            HttpResponse<String> answer = get(managementPort, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"UP\"");
        }
        for (String probe : List.of("/livez", "/readyz")) {
            HttpResponse<String> answer = get(appPort, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"UP\"").doesNotContain("components", "details");
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

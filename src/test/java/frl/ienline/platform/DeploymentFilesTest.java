package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml and the Kubernetes manifests in deploy/kubernetes parse and hold what matters (no Docker or
 * cluster here to run them): migrations as their own step with the owner's credentials, application nodes
 * without them, non-root and read-only everywhere, probes on the health groups of the management port that
 * no Service publishes, the same user as the image.
 */
class DeploymentFilesTest {

    static final Path KUBERNETES = Path.of("deploy/kubernetes");

    @Test
    void composeRunsMigrationsApartAndTwoNodesWithoutTheOwnersCredentials() throws IOException {
        Map<String, Object> services = map(load(Path.of("compose.yaml")), "services");
        assertThat(services).containsKeys("db", "migrate", "app-1", "app-2", "proxy", "mail");
        assertThat(map(services, "db").get("image")).isEqualTo("postgres:17");
        Map<String, Object> migrate = map(services, "migrate");
        assertThat(migrate.get("command")).isEqualTo(List.of("db", "migrate"));
        assertThat(migrate.get("env_file").toString()).contains("migrate.env");
        assertThat(map(map(migrate, "depends_on"), "db").get("condition")).isEqualTo("service_healthy");
        for (String node : List.of("app-1", "app-2")) {
            Map<String, Object> app = merged(map(services, node));
            assertThat(app.get("image")).as(node).isEqualTo(migrate.get("image"));
            assertThat(app.get("env_file").toString()).as(node).contains("app.env").doesNotContain("migrate");
            assertThat(map(app, "environment")).as(node).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                    .doesNotContainKeys("IENLINE_DB_OWNER_USER", "IENLINE_DB_OWNER_PASSWORD");
            assertThat(app.get("read_only")).as(node).isEqualTo(true);
            assertThat(map(map(app, "depends_on"), "migrate").get("condition"))
                    .isEqualTo("service_completed_successfully");
        }
        String makeEnv = Files.readString(Path.of("deploy/compose/make-env.sh"));
        String appEnv = makeEnv.substring(makeEnv.indexOf("{\n  echo \"# generated"), makeEnv.indexOf("} > app.env"));
        assertThat(appEnv).contains("IENLINE_DB_APP_PASSWORD", "_CRYPTO_KEYS_K1").doesNotContain("OWNER");
        String proxy = Files.readString(Path.of("deploy/compose/nginx.conf"));
        assertThat(proxy).contains("server app-1:8080;", "server app-2:8080;", "location /actuator/");
    }

    @Test
    void kubernetesManifestsAreCompleteAndRestricted() throws IOException {
        List<String> resources = list(load(KUBERNETES.resolve("kustomization.yaml")), "resources");
        List<String> kinds = new ArrayList<>();
        List<Map<String, Object>> podSpecs = new ArrayList<>();
        for (String resource : resources) {
            Map<String, Object> manifest = load(KUBERNETES.resolve(resource));
            kinds.add((String) manifest.get("kind"));
            if (List.of("Deployment", "Job").contains(manifest.get("kind"))) {
                podSpecs.add(map(map(map(manifest, "spec"), "template"), "spec"));
            }
        }
        assertThat(kinds).contains("Namespace", "ConfigMap", "Job", "Deployment", "Service", "NetworkPolicy",
                "PodDisruptionBudget");
        int imageUser = imageUser();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> pod : podSpecs) {
            Map<String, Object> security = map(pod, "securityContext");
            if (!Boolean.TRUE.equals(security.get("runAsNonRoot")) || !Integer.valueOf(imageUser).equals(security.get("runAsUser"))
                    || !"RuntimeDefault".equals(map(security, "seccompProfile").get("type"))) {
                problems.add("pod security context " + security);
            }
            List<Map<String, Object>> containers = new ArrayList<>(maps(pod.get("containers")));
            containers.addAll(maps(pod.getOrDefault("initContainers", List.of())));
            for (Map<String, Object> container : containers) {
                Map<String, Object> cs = map(container, "securityContext");
                if (!Boolean.FALSE.equals(cs.get("allowPrivilegeEscalation")) || !Boolean.TRUE.equals(cs.get("readOnlyRootFilesystem"))
                        || !List.of("ALL").equals(map(cs, "capabilities").get("drop"))) {
                    problems.add(container.get("name") + ": container security context " + cs);
                }
                if (maps(container.get("volumeMounts")).stream().noneMatch(m -> "/tmp".equals(m.get("mountPath")))) {
                    problems.add(container.get("name") + ": no writable /tmp");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void probesUseTheHealthGroupsOnTheUnpublishedManagementPort() throws IOException {
        Map<String, Object> deployment = load(KUBERNETES.resolve("deployment.yaml"));
        Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
        Map<String, Object> app = maps(pod.get("containers")).getFirst();
        assertThat(maps(app.get("ports"))).contains(Map.of("name", "management", "containerPort", 8081));
        assertThat(map(load(KUBERNETES.resolve("configmap.yaml")), "data")).containsEntry("IENLINE_MANAGEMENT_PORT", "8081")
                .containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(map(map(app, "livenessProbe"), "httpGet")).containsEntry("path", "/actuator/health/liveness")
                .containsEntry("port", "management");
        assertThat(map(map(app, "readinessProbe"), "httpGet")).containsEntry("path", "/actuator/health/readiness")
                .containsEntry("port", "management");
        assertThat(app.toString()).contains("secretRef={name=ienline-app}").doesNotContain("ienline-migrate");
        assertThat(maps(pod.get("initContainers")).getFirst().get("args")).isEqualTo(List.of("db", "check"));

        Map<String, Object> job = map(map(map(load(KUBERNETES.resolve("migrate-job.yaml")), "spec"), "template"), "spec");
        Map<String, Object> migrate = maps(job.get("containers")).getFirst();
        assertThat(migrate.get("args")).isEqualTo(List.of("db", "migrate"));
        assertThat(migrate.toString()).contains("secretRef={name=ienline-migrate}");

        String service = Files.readString(KUBERNETES.resolve("service.yaml"));
        assertThat(map(load(KUBERNETES.resolve("service.yaml")), "spec").toString()).doesNotContain("8081", "management");
        assertThat(service).isNotBlank();
    }

    /** The user the image runs as (pom.xml, profile image), so the manifests cannot drift from it. */
    private static int imageUser() throws IOException {
        Matcher user = Pattern.compile("<user>(\\d+):\\d+</user>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(user.find()).isTrue();
        return Integer.parseInt(user.group(1));
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            Map<String, Object> yaml = new Yaml().load(reader);
            assertThat(yaml).as(file.toString()).isNotEmpty();
            return yaml;
        }
    }

    /** SnakeYAML applies YAML merge keys ({@code <<: *app}) itself; this only guards the shape. */
    private static Map<String, Object> merged(Map<String, Object> service) {
        assertThat(service).doesNotContainKey("<<");
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> parent, String key) {
        return (List<String>) parent.get(key);
    }
}

package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.InvalidRulebook;
import frl.ienline.rulebook.RulebookProblem;
import frl.ienline.rulebook.RulebookVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads rulebook version files (YAML) and recorded versions (JSON from the database) into validated
 * versions with their canonical content and its hash. Plain Java: Spring's resource resolver is used as a
 * library to list files on the classpath or disk, also inside the application jar; no application context.
 *
 * <p>The hash is taken over the canonical JSON of the data (keys sorted, no comments or layout), so editing a
 * comment or the indentation of a published file is allowed, but changing any value is not.
 */
public final class RulebookSources {

    /** A version as read from its source. */
    public record Source(String name, RulebookVersion version, String canonicalJson, String sha256) {
    }

    public static final String BUNDLED = "classpath*:rulebook/versions/*.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private RulebookSources() {
    }

    /**
     * Every version file matching a resource pattern such as {@code classpath*:rulebook/versions/*.yaml} or
     * {@code file:/path/to/versions/*.yaml}, ordered by effective date. Problems of all files are reported
     * together.
     */
    public static List<Source> load(String locationPattern) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(RulebookSources.class.getClassLoader())
                    .getResources(locationPattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list rulebook versions at " + locationPattern, e);
        }
        List<Source> sources = new ArrayList<>();
        List<RulebookProblem> problems = new ArrayList<>();
        for (Resource resource : resources) {
            String name = resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                sources.add(parseYaml(name, in));
            } catch (InvalidRulebook e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new RulebookProblem(name, "(file)", "cannot be read: " + e.getMessage()));
            }
        }
        if (resources.length == 0) {
            problems.add(new RulebookProblem(locationPattern, "(location)", "contains no rulebook version files"));
        }
        checkTimeline(sources, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulebook(problems);
        }
        sources.sort(Comparator.comparing(s -> s.version().effectiveFrom()));
        return List.copyOf(sources);
    }

    /** One version file; its id must equal the file name without {@code .yaml}. */
    public static Source parseYaml(String name, InputStream in) {
        JsonNode tree;
        try {
            tree = YAML.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidRulebook(List.of(new RulebookProblem(name, location(e), "is not valid YAML: "
                    + firstLine(e.getOriginalMessage()))));
        }
        Source source = fromTree(name, tree);
        String expectedId = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        if (!source.version().id().equals(expectedId)) {
            throw new InvalidRulebook(List.of(new RulebookProblem(name, "id", "is " + source.version().id()
                    + " but must equal the file name (" + expectedId + ")")));
        }
        return source;
    }

    /** A version as recorded in the database (its canonical JSON). */
    public static Source parseJson(String name, String json) {
        try {
            return fromTree(name, JSON.readTree(json));
        } catch (JacksonException e) {
            throw new InvalidRulebook(List.of(new RulebookProblem(name, location(e), "is not valid JSON: "
                    + firstLine(e.getOriginalMessage()))));
        }
    }

    /** The content as a tree, for comparing versions field by field. */
    public static JsonNode tree(String canonicalJson) {
        return JSON.readTree(canonicalJson);
    }

    private static Source fromTree(String name, JsonNode tree) {
        VersionReader reader = new VersionReader();
        RulebookVersion version = reader.read(tree);
        if (version == null) {
            throw new InvalidRulebook(reader.problems().stream()
                    .map(p -> new RulebookProblem(name, p.where(), p.what())).toList());
        }
        String canonical = JSON.writeValueAsString(sorted(tree));
        return new Source(name, version, canonical, sha256(canonical));
    }

    private static void checkTimeline(List<Source> sources, List<RulebookProblem> problems) {
        var ids = new TreeSet<String>();
        var dates = new TreeSet<java.time.LocalDate>();
        for (Source source : sources) {
            if (!ids.add(source.version().id())) {
                problems.add(new RulebookProblem(source.name(), "id", "version " + source.version().id()
                        + " exists more than once"));
            }
            if (!dates.add(source.version().effectiveFrom())) {
                problems.add(new RulebookProblem(source.name(), "effectiveFrom", "another version also takes effect on "
                        + source.version().effectiveFrom()));
            }
        }
    }

    /** A copy with the keys of every object in alphabetical order, so equal data gives equal text. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            new TreeSet<>(node.propertyNames()).forEach(key -> copy.set(key, sorted(node.get(key))));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(JacksonException e) {
        var location = e.getLocation();
        return location == null ? "(file)" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language of a bundle has exactly the keys of the Dutch default, and every literal message key a
 * template uses exists. A missing translation is a failing build, never a broken page.
 */
class MessageBundlesTests {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)(?:\\(|\\})");

    @Test
    void everyLanguageHasTheKeysOfTheDefault() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> bundle : bundles().entrySet()) {
            Set<String> expected = load(bundle.getKey()).stringPropertyNames();
            for (Path translation : bundle.getValue()) {
                Set<String> actual = load(translation).stringPropertyNames();
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                if (!missing.isEmpty()) {
                    problems.add(translation + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(translation + " has keys the default lacks: " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> bundle : bundles().entrySet()) {
            for (Path file : Stream.concat(Stream.of(bundle.getKey()), bundle.getValue().stream()).toList()) {
                Properties properties = load(file);
                properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank())
                        .forEach(k -> empty.add(file + ": " + k));
            }
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void everyLiteralKeyInATemplateExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (Path defaults : bundles().keySet()) {
            known.addAll(load(defaults).stringPropertyNames());
        }
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        unknown.add(template + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    /** Default file of each bundle → its translations. */
    static Map<Path, List<Path>> bundles() throws IOException {
        Map<Path, List<Path>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.walk(I18N)) {
            List<Path> all = files.filter(p -> p.getFileName().toString().endsWith(".properties")).toList();
            for (Path file : all) {
                String name = file.getFileName().toString();
                if (!name.contains("_")) {
                    String base = name.substring(0, name.length() - ".properties".length());
                    bundles.put(file, all.stream().filter(o -> o.getParent().equals(file.getParent()))
                            .filter(o -> o.getFileName().toString().startsWith(base + "_")).toList());
                }
            }
        }
        assertThat(bundles).isNotEmpty();
        return bundles;
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

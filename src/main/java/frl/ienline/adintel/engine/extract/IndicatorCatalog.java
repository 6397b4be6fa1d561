package frl.ienline.adintel.engine.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The configurable multilingual list of red-flag indicators ({@code adintel/indicators.yaml} by default),
 * and the matcher over it: phrases are matched word by word on folded text, patterns as regular
 * expressions. Every hit keeps the span of the text that triggered it.
 */
public final class IndicatorCatalog {

    public static final String DEFAULT_RESOURCE = "adintel/indicators.yaml";

    /** One indicator's definition. */
    public record Indicator(String code, int weight, Map<String, String> labels) {
        public Indicator {
            Objects.requireNonNull(code, "code");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalArgumentException("Indicator code must be UPPER_SNAKE_CASE: " + code);
            }
            if (weight < 1 || weight > 5) {
                throw new IllegalArgumentException("Indicator weight must be 1..5: " + code);
            }
            labels = Map.copyOf(labels);
        }
    }

    private record Phrase(Indicator indicator, String language, String[] words) {
    }

    private record Regex(Indicator indicator, FastPattern pattern) {
    }

    private final Map<String, Indicator> indicators;
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<Phrase> prefixed = new ArrayList<>();
    private final List<Regex> patterns = new ArrayList<>();

    private IndicatorCatalog(Map<String, Indicator> indicators) {
        this.indicators = indicators;
    }

    /** The catalogue shipped with the application. */
    public static IndicatorCatalog standard() {
        try (InputStream in = IndicatorCatalog.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue in the YAML format of {@code adintel/indicators.yaml}; rejects a malformed one. */
    public static IndicatorCatalog load(InputStream yaml) {
        JsonNode root = new YAMLMapper().readTree(yaml);
        JsonNode list = root.get("indicators");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("An indicator catalogue needs a non-empty 'indicators' list");
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        IndicatorCatalog catalog = new IndicatorCatalog(indicators);
        for (JsonNode node : list) {
            String code = node.path("code").asString("");
            Map<String, String> labels = new LinkedHashMap<>();
            node.path("label").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
            Indicator indicator = new Indicator(code, node.path("weight").asInt(0), labels);
            if (indicators.putIfAbsent(code, indicator) != null) {
                throw new IllegalArgumentException("Duplicate indicator code " + code);
            }
            node.path("phrases").properties().forEach(e -> {
                for (JsonNode phrase : e.getValue()) {
                    catalog.addPhrase(indicator, e.getKey(), phrase.asString());
                }
            });
            for (JsonNode pattern : node.path("patterns")) {
                catalog.patterns.add(new Regex(indicator,
                        FastPattern.compile(pattern.asString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        }
        return catalog;
    }

    private void addPhrase(Indicator indicator, String language, String text) {
        WordTokens tokens = WordTokens.of(text);
        if (tokens.size() == 0) {
            throw new IllegalArgumentException("Empty phrase for " + indicator.code());
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.word(i).equals("*") && i > 0 && tokens.start(i) == tokens.end(i - 1)) {
                list.set(list.size() - 1, list.get(list.size() - 1) + "*");
            } else {
                list.add(tokens.word(i));
            }
        }
        String[] words = list.toArray(String[]::new);
        if (words[0].equals("*")) {
            throw new IllegalArgumentException("A phrase may not start with a bare wildcard: " + text);
        }
        Phrase phrase = new Phrase(indicator, language, words);
        if (words[0].endsWith("*")) {
            prefixed.add(phrase);
        } else {
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(phrase);
        }
    }

    public Map<String, Indicator> indicators() {
        return indicators;
    }

    /**
     * Every indicator found in the text; an indicator is reported once per distinct span. Phrases that
     * are part of a longer matching phrase of the same indicator are not reported twice.
     */
    public List<IndicatorHit> find(String text) {
        return find(WordTokens.of(text), text);
    }

    public List<IndicatorHit> find(WordTokens tokens, String text) {
        List<IndicatorHit> hits = new ArrayList<>(2);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> exact = byFirstWord.getOrDefault(tokens.word(i), List.of());
            if (exact.isEmpty() && prefixed.isEmpty()) {
                continue;
            }
            Phrase best = null;
            for (Phrase phrase : prefixed.isEmpty() ? exact : concat(exact, prefixed)) {
                if (matches(phrase.words(), tokens, i) && (best == null || phrase.words().length > best.words().length)) {
                    best = phrase;
                }
            }
            if (best != null) {
                Span span = new Span(tokens.start(i), tokens.end(i + best.words().length - 1));
                add(hits, seen, new IndicatorHit(best.indicator().code(), best.indicator().weight(), best.language(), span));
            }
        }
        for (Regex regex : patterns) {
            regex.pattern().forEachMatch(text, m -> add(hits, seen, new IndicatorHit(regex.indicator().code(),
                    regex.indicator().weight(), "*", new Span(m.start(), m.end()))));
        }
        hits.sort(java.util.Comparator.comparingInt((IndicatorHit h) -> h.span().start()).thenComparing(IndicatorHit::code));
        return removeContained(hits);
    }

    private static List<Phrase> concat(List<Phrase> a, List<Phrase> b) {
        List<Phrase> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static void add(List<IndicatorHit> hits, Set<String> seen, IndicatorHit hit) {
        if (seen.add(hit.code() + ":" + hit.span().start() + ":" + hit.span().end())) {
            hits.add(hit);
        }
    }

    private static List<IndicatorHit> removeContained(List<IndicatorHit> hits) {
        List<IndicatorHit> kept = new ArrayList<>(hits.size());
        outer:
        for (IndicatorHit hit : hits) {
            for (IndicatorHit other : hits) {
                if (other != hit && other.code().equals(hit.code()) && other.span().start() <= hit.span().start()
                        && other.span().end() >= hit.span().end()
                        && (other.span().end() - other.span().start()) > (hit.span().end() - hit.span().start())) {
                    continue outer;
                }
            }
            kept.add(hit);
        }
        return kept;
    }

    private static boolean matches(String[] words, WordTokens tokens, int at) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            String want = words[j];
            String have = tokens.word(at + j);
            if (want.endsWith("*") ? !have.startsWith(want.substring(0, want.length() - 1)) : !want.equals(have)) {
                return false;
            }
        }
        return true;
    }
}

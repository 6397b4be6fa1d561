package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No human text is hard-coded in a template: every text a user reads comes from the message bundles
 * ({@code #{…}}), so it can be translated and {@link MessageBundlesTests} keeps the languages in step
 * (the idea of Spring PetClinic's I18nPropertiesSyncTest). Text that Thymeleaf replaces at render time
 * (the natural-template placeholder inside {@code th:text}, {@code th:replace} …) is not shown and is
 * allowed; a visible text node or a {@code title}/{@code alt}/{@code placeholder}/{@code aria-label}
 * attribute without its {@code th:} counterpart is a failure.
 */
class PageTextsTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Attributes a user reads or hears. */
    static final List<String> HUMAN_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");
    /** Attributes whose element content is replaced or removed when rendered. */
    static final List<String> CONTENT_REPLACED = List.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:include", "th:substituteby");
    static final Set<String> REMOVE_CONTENT = Set.of("all", "body", "all-but-first");
    static final Set<String> NOT_TEXT = Set.of("script", "style");
    /** Letters in any script: a text made only of digits, punctuation and symbols (·, →, ×) is no text. */
    static final Pattern HUMAN = Pattern.compile("\\p{L}{2,}");
    /** Names that are the same in every language. */
    static final Set<String> NAMES = Set.of("ienline", "Frysk", "Nederlands", "English", "Fryslân");

    @Test
    void everyHumanTextInATemplateComesFromTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
                for (Node child : document.childNodes()) {
                    check(child, template, problems);
                }
            }
        }
        assertThat(problems).as("hard-coded text (put it in the bundle and use #{…})").isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        List<String> problems = new ArrayList<>();
        Document document = Jsoup.parse("""
                <div><h1 th:text="#{a}">Placeholder</h1><p>Hard-coded</p>
                <img alt="Logo" src="x"><input th:placeholder="#{b}" placeholder="ok">
                <span th:remove="all">mock</span> · <span>ienline</span></div>""", "", Parser.xmlParser());
        check(document.child(0), Path.of("sample.html"), problems);
        assertThat(problems).hasSize(2).anyMatch(p -> p.contains("Hard-coded")).anyMatch(p -> p.contains("Logo"));
    }

    static void check(Node node, Path template, List<String> problems) {
        if (node instanceof TextNode text) {
            String shown = text.text().strip();
            if (isHuman(shown)) {
                problems.add(template + ": text \"" + abbreviate(shown) + "\"");
            }
            return;
        }
        if (!(node instanceof Element element) || NOT_TEXT.contains(element.normalName())) {
            return;
        }
        for (String name : HUMAN_ATTRIBUTES) {
            String value = element.attr(name);
            if (element.hasAttr(name) && !element.hasAttr("th:" + name) && !element.attr("th:attr").contains(name)
                    && isHuman(value)) {
                problems.add(template + ": <" + element.tagName() + " " + name + "=\"" + abbreviate(value) + "\">");
            }
        }
        if ("input".equals(element.normalName()) && Set.of("submit", "button").contains(element.attr("type"))
                && !element.hasAttr("th:value") && isHuman(element.attr("value"))) {
            problems.add(template + ": <input value=\"" + abbreviate(element.attr("value")) + "\">");
        }
        // a page's <html th:replace="~{layout :: page(…, ~{::content})}"> hands its own fragments to the layout
        boolean replaced = !"html".equals(element.normalName()) && CONTENT_REPLACED.stream().anyMatch(element::hasAttr)
                || REMOVE_CONTENT.contains(element.attr("th:remove"));
        if (!replaced) {
            for (Node child : element.childNodes()) {
                check(child, template, problems);
            }
        }
    }

    static boolean isHuman(String text) {
        String rest = text;
        for (String name : NAMES) {
            rest = rest.replace(name, "");
        }
        return HUMAN.matcher(rest).find() && !rest.strip().startsWith("[[");
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }
}

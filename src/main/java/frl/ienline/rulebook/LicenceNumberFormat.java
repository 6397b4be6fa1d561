package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The region-wide licence number: a template to create numbers ({@code FRL-{municipality}-{kind}-{sequence}})
 * and a regular expression to recognise them in advertisement text, also when written loosely
 * ({@code frl 0080 pb 0012}). The regular expression has the named groups {@code municipality} (4 digits of
 * the CBS code), {@code kind} and {@code sequence}. Immutable and safe to share; the pattern is compiled once.
 */
public final class LicenceNumberFormat {

    public static final String MUNICIPALITY = "{municipality}";
    public static final String KIND = "{kind}";
    public static final String SEQUENCE = "{sequence}";

    private final String template;
    private final String regex;
    private final int sequenceDigits;
    private final Pattern pattern;

    public LicenceNumberFormat(String template, String regex, int sequenceDigits) {
        if (template == null || !template.contains(MUNICIPALITY) || !template.contains(KIND)
                || !template.contains(SEQUENCE)) {
            throw new IllegalArgumentException("The licence number template must contain " + MUNICIPALITY + ", "
                    + KIND + " and " + SEQUENCE + ": " + template);
        }
        if (sequenceDigits < 1 || sequenceDigits > 9) {
            throw new IllegalArgumentException("sequenceDigits must be between 1 and 9, not " + sequenceDigits);
        }
        this.template = template;
        this.regex = Objects.requireNonNull(regex, "regex");
        this.sequenceDigits = sequenceDigits;
        this.pattern = compile(regex);
    }

    /** Compiles and checks a licence number pattern; the message of the exception says what is wrong. */
    public static Pattern compile(String regex) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
        for (String group : List.of("municipality", "kind", "sequence")) {
            if (!compiled.namedGroups().containsKey(group)) {
                throw new IllegalArgumentException("the regular expression needs a named group (?<" + group + ">...)");
            }
        }
        return compiled;
    }

    public String template() {
        return template;
    }

    /** The regular expression as written in the rulebook. */
    public String regex() {
        return regex;
    }

    public Pattern pattern() {
        return pattern;
    }

    public int sequenceDigits() {
        return sequenceDigits;
    }

    public int maxSequence() {
        return (int) Math.pow(10, sequenceDigits) - 1;
    }

    /** The licence number for a municipality, kind code and sequence number, e.g. {@code FRL-0080-PB-0012}. */
    public String format(MunicipalityCode municipality, String kindCode, int sequence) {
        Objects.requireNonNull(municipality, "municipality");
        if (kindCode == null || !kindCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A licence kind code is two capital letters, not " + kindCode);
        }
        if (sequence < 1 || sequence > maxSequence()) {
            throw new IllegalArgumentException("The sequence number must be between 1 and " + maxSequence()
                    + ", not " + sequence);
        }
        return template.replace(MUNICIPALITY, municipality.value().substring(2))
                .replace(KIND, kindCode)
                .replace(SEQUENCE, String.format(Locale.ROOT, "%0" + sequenceDigits + "d", sequence));
    }

    /** Every licence number in a text, in order, with its position. */
    public List<LicenceNumberMatch> find(CharSequence text) {
        List<LicenceNumberMatch> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            toMatch(matcher).ifPresent(found::add);
        }
        return found;
    }

    /** The licence number if the whole text (trimmed) is one, in any accepted spelling. */
    public Optional<LicenceNumberMatch> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text.strip());
        return matcher.matches() ? toMatch(matcher) : Optional.empty();
    }

    private Optional<LicenceNumberMatch> toMatch(Matcher matcher) {
        try {
            MunicipalityCode municipality = MunicipalityCode.of("GM" + matcher.group("municipality"));
            String kind = matcher.group("kind").toUpperCase(Locale.ROOT);
            int sequence = Integer.parseInt(matcher.group("sequence"));
            return Optional.of(new LicenceNumberMatch(format(municipality, kind, sequence), municipality, kind, sequence,
                    matcher.start(), matcher.end()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // matched the loose pattern but cannot be a number (e.g. sequence 0000)
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LicenceNumberFormat that && template.equals(that.template) && regex.equals(that.regex)
                && sequenceDigits == that.sequenceDigits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(template, regex, sequenceDigits);
    }

    @Override
    public String toString() {
        return template;
    }
}

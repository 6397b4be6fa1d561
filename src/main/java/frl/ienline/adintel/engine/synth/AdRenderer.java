package frl.ienline.adintel.engine.synth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one planned ad as a JSON line, with what real ads do at the chosen obfuscation level: disguised phone
 * numbers, emoji, typos, reordered, dropped or extra sentences, a sentence in capitals.
 */
final class AdRenderer {

    private static final int[] PRICES = {50, 60, 70, 75, 80, 90, 100, 120, 125, 150, 175, 200};

    // obfuscation levels 0..4
    private static final double[] EMOJI = {0, 0.3, 0.5, 0.7, 0.9};
    private static final double[] TYPO = {0, 0.01, 0.03, 0.07, 0.12};
    private static final double[] SWAP = {0, 0.05, 0.2, 0.45, 0.7};
    private static final double[] DROP = {0, 0.05, 0.15, 0.3, 0.5};
    private static final double[] EXTRA = {0, 0.05, 0.15, 0.3, 0.5};
    private static final double[] SHOUT = {0, 0.05, 0.1, 0.2, 0.3};
    private static final double[] HIDE_PHONE = {0, 0.1, 0.4, 0.7, 0.9};

    private final GeneratorSettings settings;

    AdRenderer(GeneratorSettings settings) {
        this.settings = settings;
    }

    void render(Plan plan, StringBuilder out) {
        SplittableRandom random = new SplittableRandom(plan.seed ^ settings.seed());
        int level = settings.obfuscation();
        Plan.Template template = plan.template;
        List<String> sentences = new ArrayList<>(template.sentences());
        if (random.nextDouble() < DROP[level] && sentences.size() > 4) {
            int drop = 1 + random.nextInt(sentences.size() - 2);
            if (!sentences.get(drop).contains("{phone}")) {
                sentences.remove(drop);
            }
        }
        if (random.nextDouble() < EXTRA[level]) {
            if (template.stock()) {
                int at = 1 + random.nextInt(sentences.size() - 1);
                sentences.add(at, StockPhrases.of(template.language()).extraSentence(random));
            } else {
                Map<String, String[][]> material = Phrases.BY_LANGUAGE.get(template.language());
                String category = Phrases.CATEGORIES.get(1 + random.nextInt(Phrases.CATEGORIES.size() - 2));
                int at = 1 + random.nextInt(sentences.size() - 1);
                sentences.add(at, TemplatePlanner.sentence(random, material.get(category)));
            }
        }
        if (random.nextDouble() < SWAP[level] && sentences.size() > 3) {
            int a = 1 + random.nextInt(sentences.size() - 2);
            int b = 1 + random.nextInt(sentences.size() - 2);
            String s = sentences.get(a);
            sentences.set(a, sentences.get(b));
            sentences.set(b, s);
        }
        String phoneText = random.nextDouble() < HIDE_PHONE[level] ? hidePhone(random, plan.phone, template.language())
                : showPhone(random, plan.phone);
        int price = PRICES[random.nextInt(PRICES.length)];
        StringBuilder body = new StringBuilder(600);
        boolean emoji = random.nextDouble() < EMOJI[level];
        boolean shout = random.nextDouble() < SHOUT[level];
        int shoutAt = random.nextInt(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = fill(sentences.get(s), plan, phoneText, price);
            sentence = typos(random, sentence, TYPO[level]);
            if (shout && s == shoutAt) {
                sentence = sentence.toUpperCase();
            }
            if (body.length() > 0) {
                body.append(random.nextDouble() < 0.2 ? "\n" : " ");
            }
            body.append(sentence);
            if (emoji && random.nextDouble() < 0.25) {
                body.append(' ').append(Phrases.EMOJI[random.nextInt(Phrases.EMOJI.length)]);
            }
        }
        if (plan.email != null && random.nextDouble() < 0.7) {
            body.append(' ').append(level >= 2 && random.nextBoolean()
                    ? "Mail: " + plan.email.replace("@", " [at] ").replace(".", " [dot] ") : "Mail: " + plan.email);
        }
        if (plan.handle != null && random.nextDouble() < 0.7) {
            body.append(" Telegram: @").append(plan.handle);
        }
        boolean licenceInText = plan.licence != null && random.nextBoolean();
        if (licenceInText) {
            body.append(random.nextBoolean() ? " Vergunning " : " Licence ").append(random.nextBoolean() ? plan.licence
                    : plan.licence.replace("-", " ").toLowerCase());
        }
        String title = fill(template.title(), plan, phoneText, price);

        out.append('{');
        field(out, "source", plan.source).append(',');
        field(out, "sourceAdId", plan.id).append(',');
        field(out, "url", "https://" + plan.source + "/ad/" + plan.id).append(',');
        field(out, "capturedAt", Instant.ofEpochSecond(plan.at).toString()).append(',');
        field(out, "title", title).append(',');
        field(out, "body", body.toString());
        if (random.nextDouble() < 0.7) {
            out.append(',');
            field(out, "location", plan.town.name());
        }
        if (random.nextDouble() < 0.3) {
            out.append(',');
            field(out, "postcode", plan.town.postcode());
        }
        if (random.nextDouble() < 0.5) {
            out.append(",\"claimedAge\":").append(plan.age);
        }
        out.append(",\"phones\":[");
        if (random.nextDouble() < 0.3) {
            string(out, showPhone(random, plan.phone));
        }
        out.append("],\"emails\":[],\"images\":[");
        for (int i = 0; i < plan.images.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"sha256\":\"").append(plan.images[i].sha()).append("\",\"dhash\":\"")
                    .append(HexFormat.of().toHexDigits(plan.images[i].dhash())).append("\"}");
        }
        out.append(']');
        if (plan.licence != null && !licenceInText) {
            out.append(',');
            field(out, "licenseNumber", plan.licence);
        }
        out.append("}\n");
    }

    private static String fill(String text, Plan plan, String phone, int price) {
        return text.replace("{name}", plan.name).replace("{age}", Integer.toString(plan.age)).replace("{town}", plan.town.name())
                .replace("{phone}", phone).replace("{price}", Integer.toString(price));
    }

    /** A plain way of writing the number, as most ads do. */
    private static String showPhone(SplittableRandom random, String e164) {
        if (!e164.startsWith("+31")) {
            String cc = e164.substring(0, e164.startsWith("+3") || e164.startsWith("+4") ? 3 : 4);
            String rest = e164.substring(cc.length());
            return switch (random.nextInt(3)) {
                case 0 -> e164;
                case 1 -> cc + " " + rest.substring(0, 3) + " " + rest.substring(3, 6) + " " + rest.substring(6);
                default -> "00" + e164.substring(1);
            };
        }
        String national = "0" + e164.substring(3);
        String mobile = national.substring(2);
        return switch (random.nextInt(8)) {
            case 0 -> national;
            case 1 -> "06-" + mobile;
            case 2 -> "06 " + mobile.substring(0, 2) + " " + mobile.substring(2, 4) + " " + mobile.substring(4, 6) + " " + mobile.substring(6);
            case 3 -> "06 " + mobile.substring(0, 4) + " " + mobile.substring(4);
            case 4 -> "+31 6 " + mobile;
            case 5 -> e164;
            case 6 -> "0031" + e164.substring(3);
            default -> "(06)" + mobile;
        };
    }

    private static final String[][] NUMBER_WORDS = {
            {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
            {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}};

    /** The number disguised the way ads disguise it to escape filters. */
    private static String hidePhone(SplittableRandom random, String e164, String language) {
        String national = e164.startsWith("+31") ? "0" + e164.substring(3) : e164;
        switch (random.nextInt(7)) {
            case 0:
                return national.replace('0', 'O');
            case 1: {
                StringBuilder b = new StringBuilder();
                for (char c : national.toCharArray()) {
                    b.append(c).append(' ');
                }
                return b.toString().strip();
            }
            case 2: {
                String[] words = NUMBER_WORDS[language.equals("nl") ? 0 : 1];
                StringBuilder b = new StringBuilder();
                for (char c : national.toCharArray()) {
                    if (c == '+') {
                        b.append("plus ");
                    } else {
                        b.append(words[c - '0']).append(' ');
                    }
                }
                return b.toString().strip();
            }
            case 3: {
                StringBuilder b = new StringBuilder();
                for (char c : national.toCharArray()) {
                    b.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c);
                }
                return b.toString();
            }
            case 4:
                return e164.startsWith("+31") ? "+31 (0)6 " + e164.substring(4, 8) + " " + e164.substring(8) : e164;
            case 5: {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < national.length(); i += 2) {
                    if (b.length() > 0) {
                        b.append('.');
                    }
                    b.append(national, i, Math.min(national.length(), i + 2));
                }
                return b.toString();
            }
            default: {
                String[] words = NUMBER_WORDS[language.equals("nl") ? 0 : 1];
                return e164.startsWith("+31") ? "06 " + words[national.charAt(2) - '0'] + " " + words[national.charAt(3) - '0'] + " "
                        + national.substring(4) : national;
            }
        }
    }

    private static final String VOWELS = "aeiou";

    private static String typos(SplittableRandom random, String sentence, double rate) {
        if (rate == 0) {
            return sentence;
        }
        String[] words = sentence.split(" ");
        boolean changed = false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() < 4 || word.indexOf('+') >= 0 || Character.isDigit(word.charAt(0)) || random.nextDouble() >= rate) {
                continue;
            }
            char[] c = word.toCharArray();
            int i = 1 + random.nextInt(c.length - 2);
            switch (random.nextInt(4)) {
                case 0 -> {
                    char t = c[i];
                    c[i] = c[i + 1];
                    c[i + 1] = t;
                    words[w] = new String(c);
                }
                case 1 -> words[w] = word.substring(0, i) + word.substring(i + 1);
                case 2 -> words[w] = word.substring(0, i) + word.charAt(i) + word.substring(i);
                default -> {
                    c[i] = VOWELS.charAt(random.nextInt(VOWELS.length()));
                    words[w] = new String(c);
                }
            }
            changed = true;
        }
        return changed ? String.join(" ", words) : sentence;
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        string(out, value);
        return out;
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

}

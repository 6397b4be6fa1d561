package frl.ienline.adintel.engine.synth;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes synthetic ads in the import format, deterministically from a seed, with the ground truth
 * beside them. Organised networks post copies of a few templates (slots: name, age, town, phone,
 * price), share phone numbers and photos (also re-encoded near copies) and move through towns week by
 * week; independent workers post their own text, sometimes several times. Obfuscation adds what real
 * ads do: disguised phone numbers, emoji, typos, reordered, dropped or extra sentences.
 *
 * <p>Ground truth ({@code source,sourceAdId,trueClusterId,trueNetworkId}): the template an ad was made
 * from and the network (or the independent worker with several ads) it belongs to; empty for an ad
 * that is alone.
 */
public final class AdGenerator {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;
    private static final int SPAN_DAYS = 180;
    private static final String[] SOURCES = {"kinky.nl", "sexjobs.nl", "escort-friesland.example", "rodelampen.example"};
    private static final String[] LANGUAGES = {"nl", "en", "ro", "bg", "hu", "es", "pl"};
    private static final double[] ORGANISED_LANGUAGES = {0.35, 0.30, 0.07, 0.07, 0.07, 0.07, 0.07};
    private static final double[] INDEPENDENT_LANGUAGES = {0.60, 0.30, 0.02, 0.02, 0.02, 0.02, 0.02};
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

    public AdGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** {@code ads.jsonl} → {@code ads.truth.csv}. */
    public static Path truthPathFor(Path jsonl) {
        String name = jsonl.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
        return jsonl.resolveSibling(base + ".truth.csv");
    }

    public void write(Path jsonl, Path truth) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16);
             Writer truthOut = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(truth), StandardCharsets.UTF_8),
                     1 << 16)) {
            write(out, truthOut);
        }
    }

    /** Writes the ads as JSON Lines and the ground truth as CSV. */
    public void write(OutputStream jsonl, Writer truth) throws IOException {
        List<Plan> plans = plan();
        truth.write("source,sourceAdId,trueClusterId,trueNetworkId\n");
        Writer out = new BufferedWriter(new OutputStreamWriter(jsonl, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder(2048);
        for (Plan plan : plans) {
            line.setLength(0);
            render(plan, line);
            out.write(line.toString());
            truth.write(plan.source + "," + plan.id + "," + plan.trueCluster + "," + plan.trueNetwork + "\n");
        }
        out.flush();
        truth.flush();
    }

    // ---------------------------------------------------------------- planning

    /** A template: one chosen sentence per category, slots left open. */
    private record Template(String language, List<String> sentences, String title, String id) {
    }

    private record Image(String sha, long dhash) {
    }

    /** Everything that decides one ad, small enough to hold a million of. */
    private static final class Plan {
        long seed;
        long at;
        int index;
        String id;
        String source;
        Template template;
        String name;
        int age;
        Towns.Town town;
        String phone;
        Image[] images;
        String email;
        String handle;
        String licence;
        String trueCluster;
        String trueNetwork;
    }

    private List<Plan> plan() {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Plan> plans = new ArrayList<>(settings.ads());
        int organised = (int) Math.round(settings.ads() * settings.organisedShare());
        int network = 0;
        while (plans.size() < organised) {
            int size = Math.min(organised - plans.size(), networkSize(random));
            planNetwork(random, network++, size, plans);
        }
        int worker = 0;
        while (plans.size() < settings.ads()) {
            int size = Math.min(settings.ads() - plans.size(), random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.75 ? 2 : 3);
            planWorker(random, worker++, size, plans);
        }
        for (int i = 0; i < plans.size(); i++) {
            plans.get(i).index = i;
        }
        plans.sort((a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Integer.compare(a.index, b.index));
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            plan.id = "a-" + (1_000_000 + i);
            plan.source = SOURCES[(int) Math.floorMod(plan.seed, SOURCES.length)];
        }
        return plans;
    }

    private static int networkSize(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.4 ? 3 + random.nextInt(8) : u < 0.8 ? 10 + random.nextInt(30) : u < 0.97 ? 40 + random.nextInt(80)
                : 120 + random.nextInt(280);
    }

    private void planNetwork(SplittableRandom random, int number, int size, List<Plan> plans) {
        String language = pick(random, LANGUAGES, ORGANISED_LANGUAGES);
        int templateCount = 1 + (size > 15 ? random.nextInt(3) : 0);
        Template[] templates = new Template[templateCount];
        for (int t = 0; t < templateCount; t++) {
            templates[t] = template(random, language, "T" + number + "-" + t);
        }
        String[] phones = new String[1 + random.nextInt(size > 30 ? 4 : 2)];
        for (int p = 0; p < phones.length; p++) {
            phones[p] = phone(random, language.equals("nl") || language.equals("en") || random.nextBoolean() ? "nl" : language);
        }
        Image[] pool = new Image[4 + random.nextInt(9)];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = image(random);
        }
        int workers = 1 + size / 6;
        String[] names = new String[workers];
        int[] ages = new int[workers];
        for (int w = 0; w < workers; w++) {
            names[w] = Phrases.NAMES[random.nextInt(Phrases.NAMES.length)];
            ages[w] = 18 + random.nextInt(18);
        }
        List<Towns.Town> frisian = Towns.frisian();
        List<Towns.Town> all = Towns.all();
        int stays = 2 + random.nextInt(6);
        Towns.Town[] route = new Towns.Town[stays];
        for (int s = 0; s < stays; s++) {
            route[s] = random.nextDouble() < 0.8 ? frisian.get(random.nextInt(frisian.size())) : all.get(random.nextInt(all.size()));
        }
        long start = START.getEpochSecond() + (long) random.nextInt(SPAN_DAYS - 7 * Math.min(stays, 20)) * DAY;
        String email = random.nextDouble() < 0.15 ? names[0].toLowerCase() + random.nextInt(100) + "@mail.example" : null;
        String handle = random.nextDouble() < 0.1 ? names[0].toLowerCase() + "_" + random.nextInt(1000) : null;
        String licence = random.nextDouble() < 0.05 ? licence(random) : null;
        for (int a = 0; a < size; a++) {
            Plan plan = new Plan();
            plan.seed = random.nextLong();
            long offset = (long) (random.nextDouble() * stays * WEEK);
            plan.at = start + offset;
            plan.town = route[(int) Math.min(stays - 1, offset / WEEK)];
            plan.template = templates[random.nextInt(templateCount)];
            int w = random.nextInt(workers);
            plan.name = names[w];
            plan.age = ages[w];
            plan.phone = phones[random.nextInt(phones.length)];
            int imageCount = 1 + random.nextInt(3);
            plan.images = new Image[imageCount];
            for (int i = 0; i < imageCount; i++) {
                Image image = pool[random.nextInt(pool.length)];
                plan.images[i] = random.nextDouble() < 0.2 ? nearCopy(random, image) : image;
            }
            plan.email = email;
            plan.handle = handle;
            plan.licence = licence;
            plan.trueCluster = plan.template.id();
            plan.trueNetwork = "N" + number;
            plans.add(plan);
        }
    }

    private void planWorker(SplittableRandom random, int number, int size, List<Plan> plans) {
        String language = pick(random, LANGUAGES, INDEPENDENT_LANGUAGES);
        Template template = template(random, language, "W" + number);
        String phone = phone(random, language.equals("nl") || language.equals("en") || random.nextDouble() < 0.7 ? "nl" : language);
        Image[] images = new Image[1 + random.nextInt(3)];
        for (int i = 0; i < images.length; i++) {
            images[i] = image(random);
        }
        List<Towns.Town> frisian = Towns.frisian();
        List<Towns.Town> all = Towns.all();
        Towns.Town home = random.nextDouble() < 0.85 ? frisian.get(random.nextInt(frisian.size())) : all.get(random.nextInt(all.size()));
        String name = Phrases.NAMES[random.nextInt(Phrases.NAMES.length)];
        int age = 19 + random.nextInt(30);
        long start = START.getEpochSecond() + (long) random.nextInt(SPAN_DAYS - 30) * DAY;
        String licence = random.nextDouble() < 0.1 ? licence(random) : null;
        String handle = random.nextDouble() < 0.05 ? name.toLowerCase() + random.nextInt(10_000) : null;
        for (int a = 0; a < size; a++) {
            Plan plan = new Plan();
            plan.seed = random.nextLong();
            plan.at = start + (long) (random.nextDouble() * 30 * DAY);
            plan.town = a > 0 && random.nextDouble() < 0.2 ? frisian.get(random.nextInt(frisian.size())) : home;
            plan.template = template;
            plan.name = name;
            plan.age = age;
            plan.phone = phone;
            plan.images = images;
            plan.licence = licence;
            plan.handle = handle;
            plan.trueCluster = size > 1 ? "W" + number : "";
            plan.trueNetwork = size > 1 ? "W" + number : "";
            plans.add(plan);
        }
    }

    private static Template template(SplittableRandom random, String language, String id) {
        Map<String, String[][]> material = Phrases.BY_LANGUAGE.get(language);
        List<String> sentences = new ArrayList<>();
        for (String category : Phrases.CATEGORIES) {
            if (category.equals("service2") && random.nextDouble() < 0.3) {
                continue;
            }
            int repeat = category.equals("extra") ? 1 + random.nextInt(2) : category.equals("looks") ? 1 + random.nextInt(2) : 1;
            for (int r = 0; r < repeat; r++) {
                sentences.add(sentence(random, material.get(category)));
            }
        }
        personalise(random, language, material, sentences);
        String[] titles = Phrases.TITLES.get(language);
        return new Template(language, List.copyOf(sentences), titles[random.nextInt(titles.length)], id);
    }

    /**
     * What makes one writer's text her own: a few habitual small words at her own places, and one
     * sentence of her own words.
     */
    private static void personalise(SplittableRandom random, String language, Map<String, String[][]> material,
            List<String> sentences) {
        String[] fillers = Phrases.FILLERS.get(language);
        for (int f = 0; f < 8; f++) {
            int s = random.nextInt(sentences.size());
            String[] words = sentences.get(s).split(" ");
            if (words.length < 3) {
                continue;
            }
            int at = 1 + random.nextInt(words.length - 1);
            if (words[at - 1].contains("{") || words[at].contains("{")) {
                continue;
            }
            List<String> list = new ArrayList<>(List.of(words));
            list.add(at, fillers[random.nextInt(fillers.length)]);
            sentences.set(s, String.join(" ", list));
        }
        List<String> vocabulary = VOCABULARY.computeIfAbsent(language, l -> vocabulary(material));
        StringBuilder own = new StringBuilder();
        int length = 5 + random.nextInt(5);
        for (int w = 0; w < length; w++) {
            if (w > 0) {
                own.append(' ');
            }
            own.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        own.append('.');
        String sentence = Character.toUpperCase(own.charAt(0)) + own.substring(1);
        sentences.add(1 + random.nextInt(sentences.size() - 1), sentence);
    }

    private static final Map<String, List<String>> VOCABULARY = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> vocabulary(Map<String, String[][]> material) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (String category : Phrases.CATEGORIES) {
            for (String[] part : material.get(category)) {
                for (String alternative : part) {
                    for (String word : alternative.split(" ")) {
                        String w = word.replaceAll("[^\\p{L}]", "").toLowerCase();
                        if (w.length() > 2 && !word.contains("{")) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    private static String sentence(SplittableRandom random, String[][] parts) {
        StringBuilder b = new StringBuilder();
        for (String[] part : parts) {
            String choice = part[random.nextInt(part.length)];
            if (b.length() > 0 && !choice.equals(".") && !choice.equals("!")) {
                b.append(' ');
            }
            b.append(choice);
        }
        String s = b.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String phone(SplittableRandom random, String country) {
        while (true) {
            String candidate = switch (country) {
                case "ro" -> "+407" + digits(random, 8);
                case "bg" -> "+3598" + (7 + random.nextInt(3)) + digits(random, 7);
                case "hu" -> "+36" + (random.nextBoolean() ? "30" : "70") + digits(random, 7);
                case "es" -> "+346" + digits(random, 8);
                case "pl" -> "+48" + (5 + random.nextInt(3)) + digits(random, 8);
                default -> "+316" + (1 + random.nextInt(5)) + digits(random, 7);
            };
            try {
                if (PHONES.isValidNumber(PHONES.parse(candidate, "ZZ"))) {
                    return candidate;
                }
            } catch (NumberParseException e) {
                // try again
            }
        }
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static Image image(SplittableRandom random) {
        byte[] sha = new byte[32];
        for (int i = 0; i < 32; i++) {
            sha[i] = (byte) random.nextInt(256);
        }
        long dhash;
        do {
            dhash = random.nextLong();
        } while (Long.bitCount(dhash) < 16 || Long.bitCount(dhash) > 48);
        return new Image(HexFormat.of().formatHex(sha), dhash);
    }

    private static Image nearCopy(SplittableRandom random, Image image) {
        long dhash = image.dhash();
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
            dhash ^= 1L << random.nextInt(64);
        }
        Image fresh = image(random);
        return new Image(fresh.sha(), dhash);
    }

    private static String licence(SplittableRandom random) {
        String[] kinds = {"PB", "EB", "OE"};
        return "FRL-" + (2023 + random.nextInt(4)) + "-" + kinds[random.nextInt(3)] + "-" + String.format("%04d", 1 + random.nextInt(300));
    }

    private static String pick(SplittableRandom random, String[] values, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    // ---------------------------------------------------------------- rendering

    private void render(Plan plan, StringBuilder out) {
        SplittableRandom random = new SplittableRandom(plan.seed ^ settings.seed());
        int level = settings.obfuscation();
        Template template = plan.template;
        List<String> sentences = new ArrayList<>(template.sentences());
        if (random.nextDouble() < DROP[level] && sentences.size() > 4) {
            int drop = 1 + random.nextInt(sentences.size() - 2);
            if (!sentences.get(drop).contains("{phone}")) {
                sentences.remove(drop);
            }
        }
        if (random.nextDouble() < EXTRA[level]) {
            Map<String, String[][]> material = Phrases.BY_LANGUAGE.get(template.language());
            String category = Phrases.CATEGORIES.get(1 + random.nextInt(Phrases.CATEGORIES.size() - 2));
            sentences.add(1 + random.nextInt(sentences.size() - 1), sentence(random, material.get(category)));
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

package frl.ienline.adintel.engine.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shared-phrase mode: how ads look on a national site. Every advertiser writes from the same stock of phrases
 * ({@link StockPhrases}: nl, en, ro); most advertisers are independent (their own phone and photos, one to three
 * ads); an operation's template is stock phrases plus a few words of its own, and a third of the operations take
 * another operation's phrases and change one of them. Some independent ads are nothing but stock phrases, some only
 * common words; some advertisers use a popular stock photo. Chained by their shared phrases, all of these would be
 * one cluster; the ground truth says which ads share an author.
 */
final class SharedPhrasePlanner {

    private static final String[] LANGUAGES = {"nl", "en", "ro"};
    private static final double[] SHARES = {0.5, 0.3, 0.2};
    /** The share of operations whose template is another operation's with one phrase changed. */
    private static final double TWINS = 0.35;
    private static final double STOCK_PHOTO = 0.08;

    /** A text as stock phrases: per sentence, the (category, phrase) of each part. */
    private record Composition(String language, int[][][] sentences) {
    }

    private final GeneratorSettings settings;
    private final Map<String, List<Composition>> operationTexts = new HashMap<>();
    private Plan.Image[] stockPhotos;

    SharedPhrasePlanner(GeneratorSettings settings) {
        this.settings = settings;
    }

    List<Plan> plan(SplittableRandom random) {
        stockPhotos = new Plan.Image[40];
        for (int i = 0; i < stockPhotos.length; i++) {
            stockPhotos[i] = Draws.image(random);
        }
        List<Plan> plans = new ArrayList<>(settings.ads());
        int organised = (int) Math.round(settings.ads() * settings.organisedShare());
        int network = 0;
        while (plans.size() < organised) {
            int size = Math.min(organised - plans.size(), TemplatePlanner.networkSize(random));
            String language = Draws.pick(random, LANGUAGES, SHARES);
            Plan.Template[] templates = new Plan.Template[1 + (size > 15 ? random.nextInt(3) : 0)];
            for (int t = 0; t < templates.length; t++) {
                templates[t] = operationTemplate(random, language, "T" + network + "-" + t);
            }
            int first = plans.size();
            TemplatePlanner.planOperation(random, network++, size, language, templates, plans);
            if (random.nextDouble() < STOCK_PHOTO) {
                Plan.Image photo = stockPhoto(random);
                for (int i = first; i < plans.size(); i++) {
                    plans.get(i).images = append(plans.get(i).images, photo);
                }
            }
        }
        int worker = 0;
        while (plans.size() < settings.ads()) {
            int size = Math.min(settings.ads() - plans.size(), random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.75 ? 2 : 3);
            String language = Draws.pick(random, LANGUAGES, SHARES);
            Plan.Template template = independentTemplate(random, language, "W" + worker);
            String phone = Draws.phone(random, language.equals("ro") && random.nextBoolean() ? "ro" : "nl");
            Plan.Image[] images = new Plan.Image[1 + random.nextInt(3)];
            for (int i = 0; i < images.length; i++) {
                images[i] = random.nextDouble() < STOCK_PHOTO ? stockPhoto(random) : Draws.image(random);
            }
            TemplatePlanner.planIndependent(random, worker++, size, template, phone, images, plans);
        }
        return plans;
    }

    private Plan.Image stockPhoto(SplittableRandom random) {
        return stockPhotos[Draws.zipf(random, stockPhotos.length)];
    }

    private static Plan.Image[] append(Plan.Image[] images, Plan.Image image) {
        Plan.Image[] more = java.util.Arrays.copyOf(images, images.length + 1);
        more[images.length] = image;
        return more;
    }

    /** Stock phrases (a third of the time another operation's with one changed) and some words of its own. */
    private Plan.Template operationTemplate(SplittableRandom random, String language, String id) {
        StockPhrases stock = StockPhrases.of(language);
        List<Composition> earlier = operationTexts.computeIfAbsent(language, l -> new ArrayList<>());
        Composition composition = !earlier.isEmpty() && random.nextDouble() < TWINS
                ? changeOnePhrase(random, earlier.get(random.nextInt(earlier.size())), stock)
                : compose(random, stock);
        if (earlier.size() < 2_000) {
            earlier.add(composition);
        } else {
            earlier.set(random.nextInt(earlier.size()), composition);
        }
        List<String> sentences = render(composition, stock);
        boolean terse = random.nextDouble() < 0.3;
        if (!terse) {
            addFillers(random, language, sentences, 2 + random.nextInt(4));
        }
        addOwnSentence(random, stock, sentences, terse ? 3 + random.nextInt(3) : 6 + random.nextInt(7));
        return template(random, stock, sentences, id);
    }

    /** Stock phrases only, stock phrases with some words of her own, or a text of common words. */
    private static Plan.Template independentTemplate(SplittableRandom random, String language, String id) {
        StockPhrases stock = StockPhrases.of(language);
        double u = random.nextDouble();
        List<String> sentences;
        if (u < 0.45) {
            sentences = render(compose(random, stock), stock);
        } else if (u < 0.85) {
            sentences = render(compose(random, stock), stock);
            addFillers(random, language, sentences, random.nextInt(3));
            addOwnSentence(random, stock, sentences, 4 + random.nextInt(7));
        } else {
            sentences = new ArrayList<>();
            String[] words = stock.commonWords();
            int count = 2 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                StringBuilder b = new StringBuilder();
                int length = 4 + random.nextInt(7);
                for (int w = 0; w < length; w++) {
                    b.append(w == 0 ? "" : " ").append(words[Draws.zipf(random, words.length)]);
                }
                sentences.add(StockPhrases.capitalise(b.toString()) + ".");
            }
            sentences.add("Bel {phone}.");
        }
        return template(random, stock, sentences, id);
    }

    private static Plan.Template template(SplittableRandom random, StockPhrases stock, List<String> sentences, String id) {
        String[] titles = stock.titles();
        return new Plan.Template(stock.language(), List.copyOf(sentences), titles[random.nextInt(titles.length)], id, true);
    }

    private static Composition compose(SplittableRandom random, StockPhrases stock) {
        List<int[][]> sentences = new ArrayList<>();
        sentences.add(parts(random, stock, "greet"));
        sentences.add(random.nextDouble() < 0.7 ? parts(random, stock, "intro", "age", "new") : parts(random, stock, "intro", "age"));
        sentences.add(several(random, stock, "describe", 1 + random.nextInt(3)));
        sentences.add(several(random, stock, "service", 1 + random.nextInt(3)));
        List<String> optional = new ArrayList<>();
        for (String category : new String[] {"availability", "location", "price"}) {
            if (random.nextDouble() < (category.equals("price") ? 0.4 : 0.6)) {
                optional.add(category);
            }
        }
        if (!optional.isEmpty()) {
            sentences.add(parts(random, stock, optional.toArray(String[]::new)));
        }
        sentences.add(random.nextDouble() < 0.4 ? parts(random, stock, "contact", "contact2") : parts(random, stock, "contact"));
        if (random.nextDouble() < 0.7) {
            sentences.add(parts(random, stock, "close"));
        }
        return new Composition(stock.language(), sentences.toArray(int[][][]::new));
    }

    private static int[][] parts(SplittableRandom random, StockPhrases stock, String... categories) {
        int[][] parts = new int[categories.length][];
        for (int i = 0; i < categories.length; i++) {
            int category = StockPhrases.CATEGORIES.indexOf(categories[i]);
            parts[i] = new int[] {category, Draws.zipf(random, stock.category(categories[i]).length)};
        }
        return parts;
    }

    private static int[][] several(SplittableRandom random, StockPhrases stock, String category, int count) {
        int c = StockPhrases.CATEGORIES.indexOf(category);
        int n = stock.category(category).length;
        List<int[]> parts = new ArrayList<>();
        for (int tries = 0; parts.size() < count && tries < 20; tries++) {
            int phrase = Draws.zipf(random, n);
            if (parts.stream().noneMatch(p -> p[1] == phrase)) {
                parts.add(new int[] {c, phrase});
            }
        }
        return parts.toArray(int[][]::new);
    }

    /** The same phrases with one of them replaced by another of its category. */
    private static Composition changeOnePhrase(SplittableRandom random, Composition original, StockPhrases stock) {
        int[][][] copy = new int[original.sentences().length][][];
        for (int s = 0; s < copy.length; s++) {
            copy[s] = new int[original.sentences()[s].length][];
            for (int p = 0; p < copy[s].length; p++) {
                copy[s][p] = original.sentences()[s][p].clone();
            }
        }
        int s = random.nextInt(copy.length);
        int p = random.nextInt(copy[s].length);
        int n = stock.category(StockPhrases.CATEGORIES.get(copy[s][p][0])).length;
        if (n > 1) {
            copy[s][p][1] = (copy[s][p][1] + 1 + random.nextInt(n - 1)) % n;
        }
        return new Composition(original.language(), copy);
    }

    private static List<String> render(Composition composition, StockPhrases stock) {
        List<String> sentences = new ArrayList<>();
        for (int[][] sentence : composition.sentences()) {
            StringBuilder b = new StringBuilder();
            for (int[] part : sentence) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(stock.category(StockPhrases.CATEGORIES.get(part[0]))[part[1]]);
            }
            boolean greeting = sentence[0][0] == StockPhrases.CATEGORIES.indexOf("greet");
            boolean closing = sentence[0][0] == StockPhrases.CATEGORIES.indexOf("close");
            sentences.add(StockPhrases.capitalise(b.toString()) + (greeting ? "!" : closing ? "" : "."));
        }
        return sentences;
    }

    /** Small words a writer habitually adds, at her own places. */
    private static void addFillers(SplittableRandom random, String language, List<String> sentences, int count) {
        String[] fillers = Phrases.FILLERS.get(language);
        for (int f = 0; f < count; f++) {
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
    }

    private static void addOwnSentence(SplittableRandom random, StockPhrases stock, List<String> sentences, int length) {
        sentences.add(1 + random.nextInt(sentences.size() - 1), stock.ownSentence(random, length));
    }
}

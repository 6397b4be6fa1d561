package frl.ienline.adintel.engine.synth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Today's mode: organised networks post copies of a few templates (slots: name, age, town, phone, price), share
 * phone numbers and photos (also re-encoded near copies) and move through towns week by week; independent workers
 * post their own text, sometimes several times. Every sentence is drawn part by part from {@link Phrases}, so
 * unrelated ads rarely share more than a few words in a row.
 */
final class TemplatePlanner {

    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final long DAY = 86_400;
    static final long WEEK = 7 * DAY;
    static final int SPAN_DAYS = 180;
    private static final String[] LANGUAGES = {"nl", "en", "ro", "bg", "hu", "es", "pl"};
    private static final double[] ORGANISED_LANGUAGES = {0.35, 0.30, 0.07, 0.07, 0.07, 0.07, 0.07};
    private static final double[] INDEPENDENT_LANGUAGES = {0.60, 0.30, 0.02, 0.02, 0.02, 0.02, 0.02};

    private final GeneratorSettings settings;

    TemplatePlanner(GeneratorSettings settings) {
        this.settings = settings;
    }

    List<Plan> plan(SplittableRandom random) {
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
        return plans;
    }

    static int networkSize(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.4 ? 3 + random.nextInt(8) : u < 0.8 ? 10 + random.nextInt(30) : u < 0.97 ? 40 + random.nextInt(80)
                : 120 + random.nextInt(280);
    }

    private void planNetwork(SplittableRandom random, int number, int size, List<Plan> plans) {
        String language = Draws.pick(random, LANGUAGES, ORGANISED_LANGUAGES);
        int templateCount = 1 + (size > 15 ? random.nextInt(3) : 0);
        Plan.Template[] templates = new Plan.Template[templateCount];
        for (int t = 0; t < templateCount; t++) {
            templates[t] = template(random, language, "T" + number + "-" + t);
        }
        planOperation(random, number, size, language, templates, plans);
    }

    /**
     * The ads of one organised network: a few phone numbers and a pool of photos, workers with a name and age,
     * a route through towns week by week, and each ad drawn from the templates.
     */
    static void planOperation(SplittableRandom random, int number, int size, String language, Plan.Template[] templates,
            List<Plan> plans) {
        int templateCount = templates.length;
        String[] phones = new String[1 + random.nextInt(size > 30 ? 4 : 2)];
        for (int p = 0; p < phones.length; p++) {
            phones[p] = Draws.phone(random, language.equals("nl") || language.equals("en") || random.nextBoolean() ? "nl" : language);
        }
        Plan.Image[] pool = new Plan.Image[4 + random.nextInt(9)];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = Draws.image(random);
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
        String licence = random.nextDouble() < 0.05 ? Draws.licence(random) : null;
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
            plan.images = new Plan.Image[imageCount];
            for (int i = 0; i < imageCount; i++) {
                Plan.Image image = pool[random.nextInt(pool.length)];
                plan.images[i] = random.nextDouble() < 0.2 ? Draws.nearCopy(random, image) : image;
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
        String language = Draws.pick(random, LANGUAGES, INDEPENDENT_LANGUAGES);
        Plan.Template template = template(random, language, "W" + number);
        String phone = Draws.phone(random, language.equals("nl") || language.equals("en") || random.nextDouble() < 0.7 ? "nl" : language);
        Plan.Image[] images = new Plan.Image[1 + random.nextInt(3)];
        for (int i = 0; i < images.length; i++) {
            images[i] = Draws.image(random);
        }
        planIndependent(random, number, size, template, phone, images, plans);
    }

    /** The ads of one independent worker: her own text, phone and photos, mostly at home. */
    static void planIndependent(SplittableRandom random, int number, int size, Plan.Template template, String phone,
            Plan.Image[] images, List<Plan> plans) {
        List<Towns.Town> frisian = Towns.frisian();
        List<Towns.Town> all = Towns.all();
        Towns.Town home = random.nextDouble() < 0.85 ? frisian.get(random.nextInt(frisian.size())) : all.get(random.nextInt(all.size()));
        String name = Phrases.NAMES[random.nextInt(Phrases.NAMES.length)];
        int age = 19 + random.nextInt(30);
        long start = START.getEpochSecond() + (long) random.nextInt(SPAN_DAYS - 30) * DAY;
        String licence = random.nextDouble() < 0.1 ? Draws.licence(random) : null;
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

    private static Plan.Template template(SplittableRandom random, String language, String id) {
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
        return new Plan.Template(language, List.copyOf(sentences), titles[random.nextInt(titles.length)], id, false);
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

    /** One sentence of a category: one choice per part. */
    static String sentence(SplittableRandom random, String[][] parts) {
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

    /** An extra sentence of a random category, as copies of a template sometimes add. */
    static String extraSentence(SplittableRandom random, String language) {
        Map<String, String[][]> material = Phrases.BY_LANGUAGE.get(language);
        String category = Phrases.CATEGORIES.get(1 + random.nextInt(Phrases.CATEGORIES.size() - 2));
        return sentence(random, material.get(category));
    }
}

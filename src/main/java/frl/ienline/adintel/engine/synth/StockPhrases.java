package frl.ienline.adintel.engine.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The shared phrase stock of one language, as ads on real sites write: everybody greets with "Hoi lieverd", is
 * "24/7 beschikbaar" at a "discreet adres" and says "bel of app". Phrases of a category are listed from the most
 * to the least popular ({@link Draws#zipf}). Also a vocabulary for an advertiser's own words, and the common words
 * the stock is made of.
 */
final class StockPhrases {

    /** Categories in the order an ad uses them. */
    static final List<String> CATEGORIES = List.of("greet", "intro", "age", "new", "describe", "service", "availability",
            "location", "price", "contact", "contact2", "close");

    private final String language;
    private final Map<String, String[]> phrases;
    private final String[] titles;
    private final String[] vocabulary;
    private final String[] commonWords;
    private final String[] words;

    private StockPhrases(String language, Map<String, String[]> phrases, String[] titles, String[] vocabulary) {
        this.language = language;
        this.phrases = phrases;
        this.titles = titles;
        this.vocabulary = vocabulary;
        this.commonWords = commonWords(phrases);
        this.words = lexicon(language, vocabulary);
    }

    /** Small words between content words, per language. */
    private static final Map<String, String[]> FUNCTION_WORDS = Map.of(
            "nl", new String[] {"en", "de", "het", "een", "van", "met", "op", "in", "voor", "na", "bij", "ik", "mijn", "zo"},
            "en", new String[] {"and", "the", "a", "of", "with", "on", "in", "for", "after", "by", "I", "my", "so"},
            "ro", new String[] {"si", "cu", "de", "la", "in", "pe", "pentru", "dupa", "eu", "mea", "asa", "o", "un"});

    /** Endings that make more words of a stem. */
    private static final Map<String, String[]> ENDINGS = Map.of(
            "nl", new String[] {"", "en", "je", "jes", "tje", "e", "er", "ste", "s", "ig", "heid"},
            "en", new String[] {"", "s", "y", "ing", "ed", "er", "ly", "ful", "ness"},
            "ro", new String[] {"", "ul", "a", "ii", "le", "ei", "uri", "ut", "oasa"});

    /**
     * An advertiser's own words, as large as a real vocabulary: the stems, their endings and compounds of two stems
     * (Dutch "zomeravond"), drawn Zipf-like so some own words are common and most are rare.
     */
    private static String[] lexicon(String language, String[] stems) {
        List<String> words = new ArrayList<>();
        for (String ending : ENDINGS.get(language)) {
            for (String stem : stems) {
                words.add(stem + ending);
            }
        }
        for (String first : stems) {
            for (String second : stems) {
                if (!first.equals(second)) {
                    words.add(first + second);
                }
            }
        }
        java.util.Collections.shuffle(words, new java.util.Random(language.hashCode()));
        return words.toArray(String[]::new);
    }

    /** A sentence of an advertiser's own: content words from the lexicon with small words between them. */
    String ownSentence(SplittableRandom random, int length) {
        String[] small = FUNCTION_WORDS.get(language);
        StringBuilder own = new StringBuilder();
        for (int w = 0; w < length; w++) {
            own.append(w == 0 ? "" : " ");
            if (w > 0 && w < length - 1 && random.nextDouble() < 0.3) {
                own.append(small[random.nextInt(small.length)]);
            } else {
                own.append(words[zipfLarge(random, words.length)]);
            }
        }
        return capitalise(own.toString()) + ".";
    }

    /** Zipf with exponent 1 over a large range, by inverting the continuous approximation. */
    private static int zipfLarge(SplittableRandom random, int n) {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.exp(u * Math.log(n + 1.0))) - 1;
        return Math.max(0, Math.min(n - 1, i));
    }

    static StockPhrases of(String language) {
        StockPhrases stock = BY_LANGUAGE.get(language);
        if (stock == null) {
            throw new IllegalArgumentException("No phrase stock for " + language);
        }
        return stock;
    }

    String language() {
        return language;
    }

    String[] category(String name) {
        return phrases.get(name);
    }

    String[] titles() {
        return titles;
    }

    String[] vocabulary() {
        return vocabulary;
    }

    String[] commonWords() {
        return commonWords;
    }

    /** A sentence of one or two popular optional phrases, as a copy of an ad sometimes adds. */
    String extraSentence(SplittableRandom random) {
        String[] pool = random.nextBoolean() ? phrases.get("availability") : random.nextBoolean() ? phrases.get("location")
                : phrases.get("describe");
        String s = pool[Draws.zipf(random, pool.length)];
        if (random.nextBoolean()) {
            String[] more = phrases.get("location");
            s = s + ", " + more[Draws.zipf(random, more.length)];
        }
        return capitalise(s) + ".";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String[] commonWords(Map<String, String[]> phrases) {
        Set<String> words = new LinkedHashSet<>();
        for (String category : CATEGORIES) {
            for (String phrase : phrases.get(category)) {
                for (String word : phrase.split(" ")) {
                    if (!word.contains("{") && word.length() > 1) {
                        words.add(word.replaceAll("[,.!]", ""));
                    }
                }
            }
        }
        return new ArrayList<>(words).toArray(String[]::new);
    }

    private static final Map<String, StockPhrases> BY_LANGUAGE = Map.of(
            "nl", new StockPhrases("nl", Map.ofEntries(
                    Map.entry("greet", new String[] {"hoi lieverd", "hallo schat", "hey heren", "hoi schatjes", "hallo heren",
                            "hoi lieve mannen", "welkom", "hee lekker ding", "hallo allemaal", "goedendag heren", "hey lieverd",
                            "hoi hoi", "hallo daar", "hee schatje"}),
                    Map.entry("intro", new String[] {"ik ben {name}", "mijn naam is {name}", "ik heet {name}", "hier is {name}",
                            "{name} hier", "ik ben de lieve {name}", "ik ben jouw {name}", "ik ben {name} uit Spanje",
                            "ik ben {name} uit Roemenië"}),
                    Map.entry("age", new String[] {"{age} jaar", "{age} jaar jong", "een meid van {age}", "{age} jaar oud",
                            "net {age} geworden"}),
                    Map.entry("new", new String[] {"nieuw in {town}", "net nieuw in {town}", "alleen deze week in {town}",
                            "weer terug in {town}", "nu in {town}", "voor het eerst in {town}", "een paar dagen in {town}",
                            "deze week in {town}"}),
                    Map.entry("describe", new String[] {"lieve slanke meid", "sexy latina", "ondeugende blondine", "echte foto's",
                            "100% echt", "mooie rondingen", "lange benen", "zachte huid", "natuurlijke borsten",
                            "verzorgd en hygiënisch", "altijd vrolijk", "jong en speels", "exotische schoonheid",
                            "met een lieve lach", "sensuele brunette", "slank en sportief", "met tattoos",
                            "grote ogen en lange haren", "vrouwelijke vormen", "lief en geduldig", "heel open minded",
                            "echte vrouw met ervaring"}),
                    Map.entry("service", new String[] {"heerlijke massage", "ontspannende massage", "gfe", "girlfriend experience",
                            "knuffelen en zoenen", "alles in overleg", "rollenspel mogelijk", "erotische massage", "samen douchen",
                            "lingerie op verzoek", "escort naar hotel", "happy end", "zoenen en strelen", "tantra massage",
                            "kom gezellig langs", "geen haast", "samen genieten", "verwennen van top tot teen"}),
                    Map.entry("availability", new String[] {"24/7 beschikbaar", "ook 's nachts", "dag en nacht bereikbaar",
                            "ook in het weekend", "vandaag beschikbaar", "van 10 tot 22 uur", "ook op zondag", "elke dag open"}),
                    Map.entry("location", new String[] {"discreet adres", "privé ontvangst", "eigen kamer met douche",
                            "gratis parkeren", "hotel en thuis bezoek", "ontvangst en escort", "schone kamer",
                            "vlakbij het station", "rustige buurt", "eigen ingang"}),
                    Map.entry("price", new String[] {"{price} euro per half uur", "vanaf {price} euro", "half uur {price}",
                            "uur {price} euro", "prijs {price},-", "vaste prijs {price} euro"}),
                    Map.entry("contact", new String[] {"bel of app {phone}", "bel {phone}", "whatsapp {phone}",
                            "app me op {phone}", "sms of bel {phone}", "bel nu {phone}", "bereikbaar op {phone}", "bel me {phone}"}),
                    Map.entry("contact2", new String[] {"geen anonieme nummers", "geen sms", "alleen bellen", "ook whatsapp",
                            "reageer snel", "niet anoniem bellen"}),
                    Map.entry("close", new String[] {"kusjes", "tot snel", "liefs {name}", "xxx", "ik wacht op je", "dikke kus",
                            "groetjes {name}", "tot zo", "kus {name}"})),
                    new String[] {"Nieuw in {town}", "{name} ({age}) in {town}", "Sexy {name}", "Lieve {name} ontvangt",
                            "{name}, {age} jaar", "Heerlijke massage in {town}", "Discreet in {town}", "Ondeugende {name}"},
                    new String[] {"zomer", "strand", "fiets", "koffie", "boeken", "dansen", "muziek", "avond", "wijn", "kaarsen",
                            "zijde", "parfum", "reizen", "zee", "bloemen", "regen", "thee", "chocolade", "film", "tuin", "kat",
                            "sterren", "vakantie", "keuken", "koken", "lachen", "praten", "wandelen", "zwemmen", "sport", "yoga",
                            "piano", "schilderen", "lezen", "dromen", "verhalen", "geheimen", "verrassing", "warmte", "avontuur",
                            "nieuwsgierig", "eerlijk", "grappig", "slim", "creatief", "spontaan", "romantisch", "avondje",
                            "weekendje", "etentje", "cadeautje", "bos", "bergen", "sneeuw", "zonsondergang", "terras", "haven",
                            "markt", "museum", "theater", "gitaar", "fotografie", "mode", "schoenen", "jurkjes", "sieraden",
                            "tattoo", "paard", "hond", "kaas", "pasta", "sushi", "cocktails", "open", "verlegen", "stoer",
                            "vrolijk", "dromerig", "ondernemend", "zorgzaam", "eigenwijs", "kalm", "druk", "zonnig", "stil",
                            "eerst", "daarna", "altijd", "soms", "nooit", "vaak", "samen", "alleen", "graag", "liever"}),
            "en", new StockPhrases("en", Map.ofEntries(
                    Map.entry("greet", new String[] {"hi honey", "hello darling", "hey gentlemen", "hi guys", "hello boys",
                            "welcome", "hey sexy", "hello everyone", "good day gentlemen", "hey babe", "hi there", "hello sweetie"}),
                    Map.entry("intro", new String[] {"I am {name}", "my name is {name}", "call me {name}", "this is {name}",
                            "{name} here", "I'm sweet {name}", "I am your {name}", "I am {name} from Spain"}),
                    Map.entry("age", new String[] {"{age} years old", "{age} years young", "a girl of {age}", "age {age}",
                            "just turned {age}"}),
                    Map.entry("new", new String[] {"new in {town}", "just arrived in {town}", "only this week in {town}",
                            "back in {town}", "now in {town}", "first time in {town}", "a few days in {town}"}),
                    Map.entry("describe", new String[] {"sweet slim girl", "sexy latina", "naughty blonde", "real photos",
                            "100% real", "nice curves", "long legs", "soft skin", "natural breasts", "clean and discreet",
                            "always smiling", "young and playful", "exotic beauty", "with a lovely smile", "sensual brunette",
                            "slim and sporty", "with tattoos", "big eyes and long hair", "womanly curves", "sweet and patient",
                            "very open minded", "real woman with experience"}),
                    Map.entry("service", new String[] {"relaxing massage", "body to body massage", "gfe", "girlfriend experience",
                            "cuddles and kisses", "everything negotiable", "role play possible", "erotic massage",
                            "shower together", "lingerie on request", "hotel visits", "happy ending", "kissing and touching",
                            "tantric massage", "come and visit", "no rush", "enjoy together", "spoil you from head to toe"}),
                    Map.entry("availability", new String[] {"available 24/7", "also at night", "day and night", "also weekends",
                            "available today", "from 10 to 22", "also on sunday", "open every day"}),
                    Map.entry("location", new String[] {"discreet address", "private incall", "own room with shower",
                            "free parking", "incall and outcall", "hotel and home visits", "clean room", "near the station",
                            "quiet area", "private entrance"}),
                    Map.entry("price", new String[] {"{price} euro half hour", "from {price} euro", "half hour {price}",
                            "hour {price} euro", "price {price}", "fixed price {price} euro"}),
                    Map.entry("contact", new String[] {"call or text {phone}", "call {phone}", "whatsapp {phone}",
                            "text me on {phone}", "sms or call {phone}", "call now {phone}", "reach me on {phone}"}),
                    Map.entry("contact2", new String[] {"no private numbers", "no sms", "calls only", "whatsapp too",
                            "reply fast", "no hidden numbers"}),
                    Map.entry("close", new String[] {"kisses", "see you soon", "love {name}", "xxx", "waiting for you",
                            "big kiss", "hugs {name}", "see you"})),
                    new String[] {"New in {town}", "{name} ({age}) in {town}", "Sexy {name}", "Sweet {name} incall",
                            "{name}, {age} years", "Relaxing massage in {town}", "Discreet in {town}", "Naughty {name}"},
                    new String[] {"summer", "beach", "bike", "coffee", "books", "dancing", "music", "evening", "wine", "candles",
                            "silk", "perfume", "travel", "sea", "flowers", "rain", "tea", "chocolate", "movies", "garden", "cat",
                            "stars", "holiday", "kitchen", "cooking", "laughing", "talking", "walking", "swimming", "sports",
                            "yoga", "piano", "painting", "reading", "dreams", "stories", "secrets", "surprise", "warmth",
                            "adventure", "curious", "honest", "funny", "clever", "creative", "spontaneous", "romantic", "forest",
                            "mountains", "snow", "sunset", "terrace", "harbour", "market", "museum", "theatre", "guitar",
                            "photography", "fashion", "shoes", "dresses", "jewellery", "horse", "dog", "cheese", "pasta", "sushi",
                            "cocktails", "shy", "bold", "cheerful", "dreamy", "caring", "stubborn", "calm", "busy", "sunny",
                            "quiet", "first", "later", "always", "sometimes", "never", "often", "together", "alone", "gladly"}),
            "ro", new StockPhrases("ro", Map.ofEntries(
                    Map.entry("greet", new String[] {"salut iubitule", "buna dragule", "hei baieti", "salut dragilor",
                            "buna domnilor", "bine ai venit", "hei frumosule", "salutare", "buna ziua domnilor", "salut"}),
                    Map.entry("intro", new String[] {"sunt {name}", "ma numesc {name}", "eu sunt {name}", "{name} aici",
                            "sunt dulcea {name}", "sunt {name} din Romania"}),
                    Map.entry("age", new String[] {"am {age} ani", "{age} ani", "o fata de {age} ani", "abia am facut {age}"}),
                    Map.entry("new", new String[] {"noua in {town}", "abia am sosit in {town}", "doar saptamana asta in {town}",
                            "din nou in {town}", "acum in {town}", "prima data in {town}"}),
                    Map.entry("describe", new String[] {"fata dulce si slaba", "latina sexy", "blonda obraznica", "poze reale",
                            "100% reala", "curbe frumoase", "picioare lungi", "piele fina", "sani naturali", "curata si discreta",
                            "mereu zambitoare", "tanara si jucausa", "frumusete exotica", "cu un zambet dulce", "bruneta senzuala",
                            "supla si sportiva", "cu tatuaje", "femeie adevarata cu experienta"}),
                    Map.entry("service", new String[] {"masaj relaxant", "masaj erotic", "gfe", "experienta de iubita",
                            "imbratisari si sarutari", "totul negociabil", "joc de rol", "dus impreuna", "lenjerie la cerere",
                            "deplasari la hotel", "final fericit", "fara graba", "ne bucuram impreuna", "te rasfat din cap pana in picioare"}),
                    Map.entry("availability", new String[] {"disponibila non stop", "si noaptea", "zi si noapte",
                            "si in weekend", "disponibila azi", "de la 10 la 22", "in fiecare zi"}),
                    Map.entry("location", new String[] {"adresa discreta", "primesc privat", "camera proprie cu dus",
                            "parcare gratuita", "la mine sau la tine", "deplasari la hotel si acasa", "camera curata",
                            "langa gara", "zona linistita"}),
                    Map.entry("price", new String[] {"{price} euro jumatate de ora", "de la {price} euro", "o ora {price} euro",
                            "pret {price}"}),
                    Map.entry("contact", new String[] {"suna sau scrie {phone}", "suna {phone}", "whatsapp {phone}",
                            "scrie-mi la {phone}", "suna acum {phone}"}),
                    Map.entry("contact2", new String[] {"fara numere private", "fara sms", "doar apeluri", "si whatsapp"}),
                    Map.entry("close", new String[] {"pupici", "pe curand", "cu drag {name}", "xxx", "te astept", "te pup"})),
                    new String[] {"Noua in {town}", "{name} ({age})", "Sexy {name}", "Dulce {name}", "Masaj in {town}"},
                    new String[] {"vara", "plaja", "bicicleta", "cafea", "carti", "dans", "muzica", "seara", "vin", "lumanari",
                            "matase", "parfum", "calatorii", "mare", "flori", "ploaie", "ceai", "ciocolata", "filme", "gradina",
                            "pisica", "stele", "vacanta", "bucatarie", "gatit", "ras", "vorbe", "plimbari", "inot", "sport",
                            "yoga", "pian", "pictura", "citit", "vise", "povesti", "secrete", "surpriza", "caldura", "aventura",
                            "curioasa", "sincera", "amuzanta", "desteapta", "creativa", "spontana", "romantica", "padure",
                            "munte", "zapada", "apus", "terasa", "port", "piata", "muzeu", "teatru", "chitara", "moda",
                            "pantofi", "rochii", "bijuterii", "cal", "caine", "branza", "paste", "cocktailuri", "timida",
                            "curajoasa", "vesela", "visatoare", "grijulie", "calma", "insorita", "linistita", "mereu",
                            "uneori", "niciodata", "des", "impreuna", "singura"}));
}

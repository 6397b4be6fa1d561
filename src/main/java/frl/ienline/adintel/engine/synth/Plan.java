package frl.ienline.adintel.engine.synth;

import java.util.List;

/** Everything that decides one generated ad, small enough to hold a million of. */
final class Plan {

    /**
     * A text to post: sentences with slots left open ({name} {age} {town} {phone} {price}), a title, and whether
     * its extra sentences come from the shared phrase stock ({@link StockPhrases}) or the template material
     * ({@link Phrases}).
     */
    record Template(String language, List<String> sentences, String title, String id, boolean stock) {
    }

    /** An image: its file hash and difference hash. */
    record Image(String sha, long dhash) {
    }

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

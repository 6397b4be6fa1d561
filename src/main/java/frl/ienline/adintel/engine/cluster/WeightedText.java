package frl.ienline.adintel.engine.cluster;

/**
 * One ad's text as the clustering weighs it under a {@link StockModel}: the weight of each shingle (a phrase used by
 * many independent authors counts less), its total, the LSH band keys of the shingles it can share with others
 * (above the stock floor and, as far as the model knows, used by another ad too), whether there is enough of those
 * to cluster, and how many of its shingles no other ad uses (typos, words of its own: the fewer, the better a centre
 * the ad makes).
 */
public record WeightedText(int[] shingles, byte[] weights, int total, long[] bandKeys, boolean clusterable, int unique) {

    /**
     * @param fingerprint the ad's fingerprint: for an ad the model was learned from, shingles the model does not know
     *                    are its own alone and are left out of the buckets (they cannot bring a candidate)
     */
    public static WeightedText of(int[] shingles, long fingerprint, StockModel model, ClusterSettings settings,
            TextSigner signer) {
        boolean learned = model.learnedFrom(fingerprint);
        byte[] weights = new byte[shingles.length];
        int[] distinctive = new int[shingles.length];
        int kept = 0;
        int total = 0;
        int unique = 0;
        int floor = settings.floorWeight();
        for (int i = 0; i < shingles.length; i++) {
            int w = settings.weight(model.authors(shingles[i]));
            weights[i] = (byte) w;
            total += w;
            if (w > floor && (!learned || model.knows(shingles[i]))) {
                distinctive[kept++] = shingles[i];
            }
            if (!model.knows(shingles[i])) {
                unique++;
            }
        }
        boolean clusterable = shingles.length >= settings.minShingles() && kept >= Math.ceil(settings.minEvidence());
        long[] keys = clusterable ? signer.bandKeys(distinctive, 0, kept) : new long[0];
        return new WeightedText(shingles, weights, total, keys, clusterable, unique);
    }
}

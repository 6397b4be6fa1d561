package frl.ienline.adintel.engine.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering against ground truth: of all pairs of ads put
 * together, how many belong together (precision), and of all pairs that belong together, how many were
 * put together (recall). An empty label means the ad is alone.
 */
public record PairwiseScore(long truePairs, long predictedPairs, long correctPairs) {

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Compares two labellings of the same ads (same order). */
    public static PairwiseScore of(List<String> predicted, List<String> truth) {
        if (predicted.size() != truth.size()) {
            throw new IllegalArgumentException("labellings differ in length");
        }
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            String p = predicted.get(i);
            String t = truth.get(i);
            if (!p.isEmpty()) {
                predictedSizes.merge(p, 1L, Long::sum);
            }
            if (!t.isEmpty()) {
                trueSizes.merge(t, 1L, Long::sum);
            }
            if (!p.isEmpty() && !t.isEmpty()) {
                both.merge(p + "\u0000" + t, 1L, Long::sum);
            }
        }
        return new PairwiseScore(pairs(trueSizes), pairs(predictedSizes), pairs(both));
    }

    private static long pairs(Map<String, Long> sizes) {
        long total = 0;
        for (long n : sizes.values()) {
            total += n * (n - 1) / 2;
        }
        return total;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (pairs: true %d, predicted %d, correct %d)",
                precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}

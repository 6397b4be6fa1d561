package frl.ienline.adintel.engine.cluster;

/**
 * The parameters of near-duplicate text clustering; see {@code docs/adr/0006-ad-clustering-method.md}.
 *
 * @param shingleSize words per shingle
 * @param bands LSH bands
 * @param rows MinHash values per band (bands × rows MinHash functions in all)
 * @param threshold the Jaccard similarity of shingle sets at or above which two ads are near duplicates
 * @param minShingles ads with fewer distinct shingles are too short to cluster
 * @param seed the seed of the MinHash functions (fixed, so results are reproducible)
 */
public record ClusterSettings(int shingleSize, int bands, int rows, double threshold, int minShingles, long seed) {

    public static final ClusterSettings DEFAULT = new ClusterSettings(2, 32, 5, 0.45, 6, 0x1E71_2026L);

    public ClusterSettings {
        if (shingleSize < 1 || shingleSize > 5) {
            throw new IllegalArgumentException("shingleSize must be 1..5");
        }
        if (bands < 1 || rows < 1 || bands * rows > 512) {
            throw new IllegalArgumentException("bands and rows must be positive, at most 512 functions");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
        if (minShingles < 1) {
            throw new IllegalArgumentException("minShingles must be positive");
        }
    }

    public ClusterSettings withThreshold(double value) {
        return new ClusterSettings(shingleSize, bands, rows, value, minShingles, seed);
    }

    public ClusterSettings withShingleSize(int value) {
        return new ClusterSettings(value, bands, rows, threshold, minShingles, seed);
    }

    public ClusterSettings withBands(int bandCount, int rowCount) {
        return new ClusterSettings(shingleSize, bandCount, rowCount, threshold, minShingles, seed);
    }

    /** The chance that two ads with Jaccard similarity {@code j} share at least one band. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }
}

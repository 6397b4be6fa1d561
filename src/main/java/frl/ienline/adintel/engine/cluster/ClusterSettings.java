package frl.ienline.adintel.engine.cluster;

/**
 * The parameters of near-duplicate text clustering; see {@code docs/adr/0018-clusters-that-do-not-chain.md}.
 *
 * @param shingleSize words per shingle
 * @param bands LSH bands
 * @param rows MinHash values per band (bands × rows MinHash functions in all)
 * @param threshold the weighted Jaccard similarity to its cluster's centre at or above which an ad is a copy of it
 * @param minShingles ads with fewer distinct shingles that are not stock phrases are too short to cluster
 * @param seed the seed of the MinHash functions (fixed, so results are reproducible)
 * @param stockAuthors a shingle used by more independent authors than this counts less: weight stockAuthors / authors
 * @param stockFloor the least a shingle counts (a phrase everybody uses), as a share of a full shingle; shingles at
 *                   the floor are left out of the LSH buckets
 * @param minEvidence how much shared text (in full-weight shingles) an ad needs with a centre to be its copy
 */
public record ClusterSettings(int shingleSize, int bands, int rows, double threshold, int minShingles, long seed,
        int stockAuthors, double stockFloor, double minEvidence) {

    /** The weight of a shingle nobody else uses, in the integer units similarity is computed in. */
    public static final int FULL_WEIGHT = 32;

    public static final ClusterSettings DEFAULT = new ClusterSettings(2, 32, 3, 0.25, 6, 0x1E71_2026L, 48, 0.15, 2.0);

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
        if (stockAuthors < 1) {
            throw new IllegalArgumentException("stockAuthors must be positive");
        }
        if (!(stockFloor > 0 && stockFloor <= 1)) {
            throw new IllegalArgumentException("stockFloor must be in (0, 1]");
        }
        if (!(minEvidence >= 0)) {
            throw new IllegalArgumentException("minEvidence must not be negative");
        }
    }

    public ClusterSettings withThreshold(double value) {
        return new ClusterSettings(shingleSize, bands, rows, value, minShingles, seed, stockAuthors, stockFloor, minEvidence);
    }

    public ClusterSettings withShingleSize(int value) {
        return new ClusterSettings(value, bands, rows, threshold, minShingles, seed, stockAuthors, stockFloor, minEvidence);
    }

    public ClusterSettings withBands(int bandCount, int rowCount) {
        return new ClusterSettings(shingleSize, bandCount, rowCount, threshold, minShingles, seed, stockAuthors, stockFloor,
                minEvidence);
    }

    public ClusterSettings withStock(int authors, double floor) {
        return new ClusterSettings(shingleSize, bands, rows, threshold, minShingles, seed, authors, floor, minEvidence);
    }

    /** The weight of a stock phrase at the floor, in {@link #FULL_WEIGHT} units (at least 1). */
    public int floorWeight() {
        return Math.max(1, (int) Math.round(FULL_WEIGHT * stockFloor));
    }

    /** The weight of a shingle used by this many independent authors, in {@link #FULL_WEIGHT} units. */
    public int weight(int authors) {
        if (authors <= stockAuthors) {
            return FULL_WEIGHT;
        }
        return Math.max(floorWeight(), (int) Math.round((double) FULL_WEIGHT * stockAuthors / authors));
    }

    /** {@link #minEvidence} in {@link #FULL_WEIGHT} units. */
    public long minEvidenceWeight() {
        return Math.round(minEvidence * FULL_WEIGHT);
    }

    /** The chance that two ads with Jaccard similarity {@code j} share at least one band. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }
}

package frl.ienline.adintel.engine.cluster;

/**
 * The clustering view of one ad's text: its sorted distinct shingle hashes and its LSH band keys
 * (empty when the text is too short to cluster).
 */
public record TextSignature(int[] shingles, long[] bandKeys) {

    public boolean clusterable() {
        return bandKeys.length > 0;
    }
}

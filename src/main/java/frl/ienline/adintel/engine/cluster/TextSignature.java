package frl.ienline.adintel.engine.cluster;

/**
 * The clustering view of one ad's text: its sorted distinct shingle hashes. How much each counts and its LSH band
 * keys depend on the corpus ({@link StockModel}) and are computed by the engine.
 */
public record TextSignature(int[] shingles) {
}

package frl.ienline.adintel.engine.network;

/**
 * @param maxImageDistance the largest Hamming distance between two dHashes that still counts as the same
 *                         image (0..7); found through {@code maxImageDistance + 1} bands of the 64 bits
 * @param minImageBits dHashes with fewer than this many 1-bits, or more than {@code 64 - minImageBits},
 *                     carry too little information (blank or uniform pictures) to link ads by similarity
 * @param stockAuthors an image file or difference hash shown by more independent authors than this is a stock
 *                     photo (or a site's placeholder) and ties nothing
 * @param textThreshold a member of a text cluster ties its network to its centre's only when its weighted
 *                      similarity to the centre is at least this (the same template, not shared stock text); above 1:
 *                      text never ties networks
 */
public record NetworkSettings(int maxImageDistance, int minImageBits, int stockAuthors, double textThreshold) {

    public static final NetworkSettings DEFAULT = new NetworkSettings(4, 8, 16, 0.5);

    public NetworkSettings {
        if (maxImageDistance < 0 || maxImageDistance > 7) {
            throw new IllegalArgumentException("maxImageDistance must be 0..7");
        }
        if (minImageBits < 0 || minImageBits > 32) {
            throw new IllegalArgumentException("minImageBits must be 0..32");
        }
        if (stockAuthors < 1) {
            throw new IllegalArgumentException("stockAuthors must be positive");
        }
        if (!(textThreshold > 0)) {
            throw new IllegalArgumentException("textThreshold must be positive");
        }
    }

    public NetworkSettings(int maxImageDistance, int minImageBits) {
        this(maxImageDistance, minImageBits, DEFAULT.stockAuthors, DEFAULT.textThreshold);
    }

    public NetworkSettings withTextThreshold(double value) {
        return new NetworkSettings(maxImageDistance, minImageBits, stockAuthors, value);
    }
}

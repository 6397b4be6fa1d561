package frl.ienline.adintel.engine.network;

/**
 * @param maxImageDistance the largest Hamming distance between two dHashes that still counts as the same
 *                         image (0..7); found through {@code maxImageDistance + 1} bands of the 64 bits
 * @param minImageBits dHashes with fewer than this many 1-bits, or more than {@code 64 - minImageBits},
 *                     carry too little information (blank or uniform pictures) to link ads by similarity
 */
public record NetworkSettings(int maxImageDistance, int minImageBits) {

    public static final NetworkSettings DEFAULT = new NetworkSettings(4, 8);

    public NetworkSettings {
        if (maxImageDistance < 0 || maxImageDistance > 7) {
            throw new IllegalArgumentException("maxImageDistance must be 0..7");
        }
        if (minImageBits < 0 || minImageBits > 32) {
            throw new IllegalArgumentException("minImageBits must be 0..32");
        }
    }
}

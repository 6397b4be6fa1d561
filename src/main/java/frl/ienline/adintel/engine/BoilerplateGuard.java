package frl.ienline.adintel.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guard against presenting boilerplate as one author: a text cluster or network larger than its limit is
 * flagged as "probably boilerplate" (shared stock text, a stock photo, an agency's switchboard) instead of being
 * shown as one operation. The limits are settings ({@code ienline.adintel.boilerplate-cluster-size} and
 * {@code -network-size} in the application, {@code --boilerplate-cluster-size} on the command line).
 */
public record BoilerplateGuard(int maxClusterSize, int maxNetworkSize) {

    public static final BoilerplateGuard DEFAULT = new BoilerplateGuard(500, 1000);

    public BoilerplateGuard {
        if (maxClusterSize < 2 || maxNetworkSize < 2) {
            throw new IllegalArgumentException("A boilerplate limit must be at least 2 ads");
        }
    }

    public boolean clusterIsBoilerplate(long size) {
        return size > maxClusterSize;
    }

    public boolean networkIsBoilerplate(long size) {
        return size > maxNetworkSize;
    }

    /** The largest group of a labelling, its share of all ads and how many groups exceed a limit. */
    public record Largest(long size, double share, long beyondLimit, long groups) {
    }

    /** Over labels per ad (empty: in no group). */
    public static Largest largest(List<String> labels, int limit) {
        Map<String, Long> sizes = new HashMap<>();
        for (String label : labels) {
            if (!label.isEmpty()) {
                sizes.merge(label, 1L, Long::sum);
            }
        }
        long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long beyond = sizes.values().stream().filter(n -> n > limit).count();
        return new Largest(largest, labels.isEmpty() ? 0 : (double) largest / labels.size(), beyond, sizes.size());
    }
}

package frl.ienline.adintel.engine;

/**
 * Clusters and networks over ads 0..n-1: for each ad the smallest ad index of its text cluster and of
 * its network (its own index when it is alone).
 */
public record Partition(int[] clusterRoots, int[] clusterSizes, int[] networkRoots, int[] networkSizes) {

    public int size() {
        return clusterRoots.length;
    }

    /** The ad's text cluster, or -1 when it is in none (no near duplicate). */
    public int cluster(int item) {
        return clusterSizes[clusterRoots[item]] > 1 ? clusterRoots[item] : -1;
    }

    /** The ad's network, or -1 when nothing ties it to another ad. */
    public int network(int item) {
        return networkSizes[networkRoots[item]] > 1 ? networkRoots[item] : -1;
    }

    static Partition of(int[] clusterRoots, int[] networkRoots) {
        return new Partition(clusterRoots, sizes(clusterRoots), networkRoots, sizes(networkRoots));
    }

    private static int[] sizes(int[] roots) {
        int[] sizes = new int[roots.length];
        for (int root : roots) {
            sizes[root]++;
        }
        return sizes;
    }
}

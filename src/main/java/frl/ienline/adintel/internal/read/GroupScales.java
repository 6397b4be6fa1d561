package frl.ienline.adintel.internal.read;

import frl.ienline.adintel.engine.BoilerplateGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guard on the analyst screens (ADR 0018): how large a cluster or network is against all ads, and whether it is
 * beyond the configured size at which it is flagged "probably boilerplate" instead of shown as one author
 * ({@code ienline.adintel.boilerplate-cluster-size}, default 500, {@code -network-size}, default 1,000). Counts only,
 * no personal data; the callers show them to those who may open the group.
 */
@Service
@Transactional(readOnly = true)
public class GroupScales {

    /** A group's size, all ads, and whether the guard flags it. */
    public record Scale(long size, long allAds, int limit, boolean boilerplate) {
        /** The group's share of all ads, in percent. */
        public double percent() {
            return allAds == 0 ? 0 : 100.0 * size / allAds;
        }
    }

    /** The largest cluster and network now. */
    public record Largest(Scale cluster, Scale network) {
    }

    private final JdbcClient jdbc;
    private final BoilerplateGuard guard;

    GroupScales(JdbcClient jdbc, @Value("${ienline.adintel.boilerplate-cluster-size:500}") int clusterLimit,
            @Value("${ienline.adintel.boilerplate-network-size:1000}") int networkLimit) {
        this.jdbc = jdbc;
        this.guard = new BoilerplateGuard(clusterLimit, networkLimit);
    }

    public Scale cluster(long size) {
        return new Scale(size, allAds(), guard.maxClusterSize(), guard.clusterIsBoilerplate(size));
    }

    public Scale network(long size) {
        return new Scale(size, allAds(), guard.maxNetworkSize(), guard.networkIsBoilerplate(size));
    }

    public Largest largest() {
        return new Largest(cluster(largest("cluster_id")), network(largest("network_id")));
    }

    private long largest(String column) {
        return jdbc.sql("SELECT count(*) FROM adintel.ad WHERE " + column + " IS NOT NULL GROUP BY " + column
                + " ORDER BY 1 DESC LIMIT 1").query(Long.class).optional().orElse(0L);
    }

    private long allAds() {
        return jdbc.sql("SELECT count(*) FROM adintel.ad").query(Long.class).single();
    }
}

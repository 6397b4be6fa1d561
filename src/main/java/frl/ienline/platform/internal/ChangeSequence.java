package frl.ienline.platform.internal;

import frl.ienline.platform.EveryNode;
import frl.ienline.shared.NodeChanges;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@link NodeChanges} by polling {@code public.change_sequence}: one counter per topic and node. The poll reads
 * the other nodes' counters (a handful of rows) and calls the followers of every topic whose counters moved
 * since the last poll. What was there when this node started counts as seen: the node loads its copies from
 * the database after this bean exists.
 */
@Component
class ChangeSequence implements NodeChanges {

    private static final Logger log = LoggerFactory.getLogger(ChangeSequence.class);

    private final UUID node = UUID.randomUUID();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<Follower> followers;
    private final Map<String, Long> seen = new HashMap<>();

    ChangeSequence(JdbcClient jdbc, Clock clock, ObjectProvider<Follower> followers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.followers = followers;
        seen.putAll(others());
    }

    @Override
    public void announce(String topic) {
        Objects.requireNonNull(topic);
        jdbc.sql("""
                INSERT INTO public.change_sequence (topic, node, version, changed_at) VALUES (:topic, :node, 1, :at)
                ON CONFLICT (topic, node) DO UPDATE SET version = change_sequence.version + 1, changed_at = :at""")
                .param("topic", topic).param("node", node).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    @Scheduled(fixedDelayString = "${ienline.nodes.poll-interval:PT2S}", initialDelayString = "${ienline.nodes.poll-interval:PT2S}")
    @EveryNode("refreshes what this node holds in memory")
    synchronized void poll() {
        Map<String, Long> now = others();
        List<Follower> all = followers.orderedStream().toList();
        for (Map.Entry<String, Long> counter : now.entrySet()) {
            if (counter.getValue().equals(seen.get(counter.getKey()))) {
                continue;
            }
            String topic = counter.getKey().substring(0, counter.getKey().lastIndexOf('|'));
            seen.put(counter.getKey(), counter.getValue());
            for (Follower follower : all) {
                if (follower.topic().equals(topic)) {
                    try {
                        follower.changedElsewhere();
                    } catch (RuntimeException e) {
                        log.warn("Refreshing {} after a change on another node failed; the next change retries", topic, e);
                    }
                }
            }
        }
    }

    /** Every other node's counters, keyed "topic|node". */
    private Map<String, Long> others() {
        Map<String, Long> counters = new HashMap<>();
        jdbc.sql("SELECT topic, node, version FROM public.change_sequence WHERE node <> :node")
                .param("node", node)
                .query((rs, n) -> counters.put(rs.getString("topic") + "|" + rs.getObject("node", UUID.class),
                        rs.getLong("version")))
                .list();
        return counters;
    }
}

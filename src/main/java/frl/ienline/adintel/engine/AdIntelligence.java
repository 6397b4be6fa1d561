package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.TextClusterIndex;
import frl.ienline.adintel.engine.network.EntityKeys;
import frl.ienline.adintel.engine.network.LinkKind;
import frl.ienline.adintel.engine.network.Mobility;
import frl.ienline.adintel.engine.network.MobilityEvent;
import frl.ienline.adintel.engine.network.NetworkIndex;
import frl.ienline.adintel.engine.network.Observation;
import frl.ienline.adintel.engine.util.LongArrays;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incremental engine: attach ads one at a time and read their clusters, networks, links and
 * mobility at any moment. Feeding it the same ads as {@link BatchAnalysis} gives the same partition,
 * whatever the order (ads are numbered in arrival order; compare by ad, not by number).
 *
 * <p>Not thread-safe: the application calls it from one writer (or under a lock).
 */
public final class AdIntelligence {

    /** What attaching one ad changed. */
    public record Attachment(int item, int cluster, int clusterSize, int network, int networkSize,
            List<MobilityEvent> events) {
        public Attachment {
            events = List.copyOf(events);
        }
    }

    /** Ads that share one identifier or are linked by text or images, inside one network. */
    public record Link(LinkKind kind, String value, List<Integer> items) {
        public Link {
            items = List.copyOf(items);
        }
    }

    private final EngineSettings settings;
    private final NetworkIndex networks;
    private final TextClusterIndex clusters;
    private final LongArrays keys;
    private final Map<Long, String> keyValues = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Instant> capturedAt = new ArrayList<>();
    private final List<MunicipalityCode> municipalities = new ArrayList<>();
    private final Map<Long, List<Observation>> phoneObservations = new HashMap<>();
    private final Map<Integer, List<Observation>> networkObservations = new HashMap<>();

    /** Told, during {@link #attach}, when two clusters or two networks become one; roots are ad numbers. */
    public interface GroupListener {
        GroupListener NONE = new GroupListener() {
        };

        /** Two text clusters became one; the smaller root is kept. */
        default void clustersMerged(int keptRoot, int absorbedRoot) {
        }

        /** Two networks became one; the smaller root is kept. */
        default void networksMerged(int keptRoot, int absorbedRoot) {
        }
    }

    private final GroupListener groups;

    public AdIntelligence(EngineSettings settings, int expected) {
        this(settings, expected, GroupListener.NONE);
    }

    /**
     * With a listener for merges of clusters and networks, so an application can keep stable ids for them
     * (a group's root is its smallest ad number, so it never changes while the group only grows).
     */
    public AdIntelligence(EngineSettings settings, int expected, GroupListener groups) {
        this.settings = settings;
        this.groups = groups;
        this.networks = new NetworkIndex(settings.networks(), expected, this::networksMerged);
        this.clusters = new TextClusterIndex(settings.clusters(), expected, networks::textEdge,
                groups::clustersMerged);
        this.keys = new LongArrays(expected, 4);
    }

    public EngineSettings settings() {
        return settings;
    }

    /** Attaches one ad: links it to its near duplicates and networks and reports its mobility events. */
    public Attachment attach(AdFeatures ad) {
        int item = networks.add(ad.keys(), ad.dhashes());
        int same = clusters.add(ad.text());
        if (same != item) {
            throw new IllegalStateException("indexes out of step");
        }
        keys.add(ad.keys());
        for (int i = 0; i < ad.keys().length; i++) {
            keyValues.putIfAbsent(ad.keys()[i], ad.keyValues()[i]);
        }
        ids.add(ad.source() + "\t" + ad.sourceAdId());
        capturedAt.add(ad.capturedAt());
        municipalities.add(ad.municipality());
        List<MobilityEvent> events = new ArrayList<>();
        if (ad.municipality() != null) {
            Observation observation = new Observation(item, ad.capturedAt(), ad.municipality());
            for (int i = 0; i < ad.keys().length; i++) {
                if (EntityKeys.kind(ad.keys()[i]) == LinkKind.PHONE) {
                    List<Observation> list = phoneObservations.computeIfAbsent(ad.keys()[i], k -> new ArrayList<>());
                    events.addAll(newEvents("phone:" + ad.keyValues()[i], list, observation));
                }
            }
            int network = networks.root(item);
            List<Observation> list = networkObservations.computeIfAbsent(network, k -> new ArrayList<>());
            events.addAll(newEvents("network:" + network, list, observation));
        }
        int cluster = clusters.root(item);
        int network = networks.root(item);
        return new Attachment(item, clusters.clusterSize(item) > 1 ? cluster : -1, clusters.clusterSize(item),
                networks.networkSize(item) > 1 ? network : -1, networks.networkSize(item), events);
    }

    private static List<MobilityEvent> newEvents(String subject, List<Observation> list, Observation observation) {
        Set<MobilityEvent> before = new HashSet<>(Mobility.analyse(subject, list).events());
        list.add(observation);
        List<MobilityEvent> after = new ArrayList<>(Mobility.analyse(subject, list).events());
        after.removeIf(before::contains);
        return after;
    }

    private void networksMerged(int kept, int absorbed) {
        groups.networksMerged(kept, absorbed);
        List<Observation> moved = networkObservations.remove(absorbed);
        if (moved != null) {
            networkObservations.computeIfAbsent(kept, k -> new ArrayList<>()).addAll(moved);
        }
    }

    public int size() {
        return ids.size();
    }

    /** "source TAB sourceAdId" of an ad. */
    public String id(int item) {
        return ids.get(item);
    }

    public int clusterOf(int item) {
        return clusters.clusterSize(item) > 1 ? clusters.root(item) : -1;
    }

    public int networkOf(int item) {
        return networks.networkSize(item) > 1 ? networks.root(item) : -1;
    }

    public List<Integer> clusterMembers(int cluster) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (clusters.root(i) == cluster) {
                members.add(i);
            }
        }
        return members;
    }

    public List<Integer> networkMembers(int network) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (networks.root(i) == network) {
                members.add(i);
            }
        }
        return members;
    }

    /**
     * What ties a network together: every identifier shared by two or more of its ads, every text
     * cluster inside it, and each image-similarity link that joined parts of it.
     */
    public List<Link> linksOf(int network) {
        List<Integer> members = networkMembers(network);
        Map<Long, List<Integer>> byKey = new LinkedHashMap<>();
        Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int item : members) {
            for (int k = keys.start(item); k < keys.end(item); k++) {
                byKey.computeIfAbsent(keys.get(k), x -> new ArrayList<>()).add(item);
            }
            if (clusters.clusterSize(item) > 1) {
                byCluster.computeIfAbsent(clusters.root(item), x -> new ArrayList<>()).add(item);
            }
        }
        List<Link> links = new ArrayList<>();
        byKey.forEach((key, items) -> {
            if (items.size() > 1) {
                links.add(new Link(EntityKeys.kind(key), keyValues.get(key), items));
            }
        });
        byCluster.forEach((cluster, items) -> links.add(new Link(LinkKind.TEXT, "cluster:" + cluster, items)));
        for (int e = 0; e < networks.edgeCount(); e++) {
            NetworkIndex.Edge edge = networks.edge(e);
            if (edge.kind() == LinkKind.SIMILAR_IMAGE && networks.root(edge.a()) == network) {
                links.add(new Link(LinkKind.SIMILAR_IMAGE, "distance:" + edge.detail(), List.of(edge.a(), edge.b())));
            }
        }
        return links;
    }

    /** Where a phone number (E.164) was over time. */
    public Mobility.Report mobilityOfPhone(String e164) {
        List<Observation> list = phoneObservations.getOrDefault(EntityKeys.key(LinkKind.PHONE, e164), List.of());
        return Mobility.analyse("phone:" + e164, list);
    }

    /** Where a network was over time. */
    public Mobility.Report mobilityOfNetwork(int network) {
        List<Observation> list = new ArrayList<>();
        for (int item : networkMembers(network)) {
            if (municipalities.get(item) != null) {
                list.add(new Observation(item, capturedAt.get(item), municipalities.get(item)));
            }
        }
        return Mobility.analyse("network:" + network, list);
    }

    /** The clusters and networks of all ads so far. */
    public Partition partition() {
        return Partition.of(clusters.roots(), networks.roots());
    }
}

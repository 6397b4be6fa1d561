package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.CentreClustering;
import frl.ienline.adintel.engine.cluster.StockModel;
import frl.ienline.adintel.engine.cluster.TextSigner;
import frl.ienline.adintel.engine.cluster.WeightedText;
import frl.ienline.adintel.engine.network.EntityKeys;
import frl.ienline.adintel.engine.network.LinkKind;
import frl.ienline.adintel.engine.network.Mobility;
import frl.ienline.adintel.engine.network.MobilityEvent;
import frl.ienline.adintel.engine.network.NetworkIndex;
import frl.ienline.adintel.engine.network.Observation;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incremental engine: attach ads one at a time and read their clusters, networks, links and mobility at any
 * moment. Attaching ads in any order under a stock model gives the same partition as {@link BatchAnalysis} over the
 * same ads with the same model (ads are numbered in arrival order; compare by ad, not by number). The model is
 * learned from the corpus by {@link #relearn()} — a full recomputation — and then kept until the next one.
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

    /** Told, during {@link #attach}, what changed for the groups; roots are ad numbers. */
    public interface GroupListener {
        GroupListener NONE = new GroupListener() {
        };

        /** The ad's text cluster changed (it is new, joined one, left one, became a centre, or gained or lost a member). */
        default void clusterChanged(int item) {
        }

        /** The ad's network changed other than by a merge of its group. */
        default void networkChanged(int item) {
        }

        /** The cluster of centre {@code absorbedRoot} became part of {@code keptRoot}'s (its centre is a copy of it). */
        default void clustersMerged(int keptRoot, int absorbedRoot) {
        }

        /** The network of {@code absorbedRoot} became part of {@code keptRoot}'s. */
        default void networksMerged(int keptRoot, int absorbedRoot) {
        }
    }

    private final EngineSettings settings;
    private final GroupListener groups;
    private final TextSigner signer;
    private final Corpus corpus;
    private StockModel model;
    private CentreClustering clusters;
    private NetworkIndex networks;
    private final Map<Long, String> keyValues = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Instant> capturedAt = new ArrayList<>();
    private final List<MunicipalityCode> municipalities = new ArrayList<>();
    private final Map<Long, List<Observation>> phoneObservations = new HashMap<>();
    private Map<Integer, List<Observation>> networkObservations = new HashMap<>();
    private boolean quiet;
    private int attaching = -1;

    public AdIntelligence(EngineSettings settings, int expected) {
        this(settings, StockModel.EMPTY, expected, GroupListener.NONE);
    }

    /**
     * With a stock model (from {@link BatchAnalysis#model()} or an earlier {@link #relearn()}) and a listener for
     * changes of clusters and networks, so an application can keep stable ids for them.
     */
    public AdIntelligence(EngineSettings settings, StockModel model, int expected, GroupListener groups) {
        this.settings = settings;
        this.groups = groups;
        this.model = model;
        this.signer = new TextSigner(settings.clusters());
        this.corpus = new Corpus(expected);
        this.clusters = new CentreClustering(settings.clusters(), expected);
        this.networks = newNetworks(expected, model);
    }

    private NetworkIndex newNetworks(int expected, StockModel stock) {
        return new NetworkIndex(settings.networks(), expected, networkListener,
                key -> stock.identifierAuthors(key) > settings.networks().stockAuthors());
    }

    public EngineSettings settings() {
        return settings;
    }

    /** The stock model the engine weighs texts and images by. */
    public StockModel model() {
        return model;
    }

    /** Attaches one ad: places it among the clusters and networks and reports its mobility events. */
    public Attachment attach(AdFeatures ad) {
        int item = register(ad);
        attaching = item;
        WeightedText text = WeightedText.of(ad.text().shingles(), corpus.fingerprints[item], model, settings.clusters(), signer);
        if (clusters.add(text, corpus.captured[item], corpus.fingerprints[item]) != item
                || networks.add(ad.keys(), ad.dhashes()) != item) {
            throw new IllegalStateException("indexes out of step");
        }
        clusters.insert(item, clusterListener);
        networks.settle();
        attaching = -1;
        return new Attachment(item, clusterOf(item), clusters.clusterSize(item), networkOf(item),
                networks.networkSize(item), mobilityEvents(item, ad));
    }

    private int register(AdFeatures ad) {
        int item = corpus.add(ad);
        for (int i = 0; i < ad.keys().length; i++) {
            keyValues.putIfAbsent(ad.keys()[i], ad.keyValues()[i]);
        }
        ids.add(ad.source() + "\t" + ad.sourceAdId());
        capturedAt.add(ad.capturedAt());
        municipalities.add(ad.municipality());
        return item;
    }

    /**
     * Attaches many ads at once. With {@code relearn} the stock model is first learned again from every ad, old and
     * new, and all are recomputed (the listener is not told: every group may have changed); without, this is
     * {@link #attach} one by one. Either way each new ad's mobility events are those of attaching it after the ads
     * before it, in the order given.
     */
    public List<Attachment> attachAll(List<AdFeatures> ads, boolean relearn) {
        if (!relearn) {
            return ads.stream().map(this::attach).toList();
        }
        int first = size();
        for (AdFeatures ad : ads) {
            register(ad);
        }
        relearn(first);
        List<Attachment> attachments = new ArrayList<>(ads.size());
        for (int i = 0; i < ads.size(); i++) {
            int item = first + i;
            attachments.add(new Attachment(item, clusterOf(item), clusters.clusterSize(item), networkOf(item),
                    networks.networkSize(item), mobilityEvents(item, ads.get(i))));
        }
        return attachments;
    }

    /**
     * Starts from stored ads: registers them in order, learns the model from the first {@code modelAds} (the corpus
     * as it was when the stored model was learned) and either puts every ad back where {@code centres} says (the
     * stored result, one entry per ad: its centre's number, itself, or -1) or, when that is null, recomputes.
     * Mobility histories are rebuilt without events. The listener is not told.
     */
    public void restore(List<AdFeatures> ads, int modelAds, int[] centres) {
        if (size() > 0) {
            throw new IllegalStateException("restore starts an empty engine");
        }
        if (centres != null && centres.length != ads.size()) {
            throw new IllegalArgumentException("one stored centre per ad");
        }
        for (AdFeatures ad : ads) {
            register(ad);
        }
        model = corpus.learn(Math.min(modelAds, ads.size()));
        quiet = true;
        try {
            Corpus.Built built = corpus.build(settings, model, networkListener, clusterListener, centres);
            clusters = built.clusters();
            networks = built.networks();
        } finally {
            quiet = false;
        }
        rebuildObservations(size());
        for (int item = 0; item < size(); item++) {
            if (municipalities.get(item) != null) {
                for (long key : corpus.keys.row(item)) {
                    if (EntityKeys.kind(key) == LinkKind.PHONE) {
                        phoneObservations.computeIfAbsent(key, k -> new ArrayList<>()).add(observation(item));
                    }
                }
            }
        }
    }

    /** Every ad's centre (its own number when it is one, -1 when it has no cluster), to store and restore. */
    public int[] centres() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = clusters.centreOf(i);
        }
        return out;
    }

    /** The new ad's mobility events: first appearances and moves of its phones and of its network. */
    private List<MobilityEvent> mobilityEvents(int item, AdFeatures ad) {
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
        return events;
    }

    private static List<MobilityEvent> newEvents(String subject, List<Observation> list, Observation observation) {
        Set<MobilityEvent> before = new HashSet<>(Mobility.analyse(subject, list).events());
        list.add(observation);
        List<MobilityEvent> after = new ArrayList<>(Mobility.analyse(subject, list).events());
        after.removeIf(before::contains);
        return after;
    }

    /**
     * Learns the stock model again from every ad attached so far and recomputes clusters and networks under it (the
     * full recomputation). The listener is not told: every group may have changed.
     */
    public void relearn() {
        relearn(size());
    }

    /** Relearns and recomputes; network histories hold the ads before {@code observed} (the later ones add theirs). */
    private void relearn(int observed) {
        model = corpus.learn();
        quiet = true;
        try {
            Corpus.Built built = corpus.recompute(settings, model, networkListener, clusterListener);
            clusters = built.clusters();
            networks = built.networks();
        } finally {
            quiet = false;
        }
        rebuildObservations(observed);
    }

    private void rebuildObservations(int observed) {
        networkObservations = new HashMap<>();
        for (int i = 0; i < observed; i++) {
            if (municipalities.get(i) != null) {
                networkObservations.computeIfAbsent(networks.root(i), k -> new ArrayList<>()).add(observation(i));
            }
        }
    }

    private Observation observation(int item) {
        return new Observation(item, capturedAt.get(item), municipalities.get(item));
    }

    private final CentreClustering.Listener clusterListener = this::centreChanged;

    private void centreChanged(int item, int old, int now) {
        if (quiet) {
            return; // a recomputation ties its own new networks
        }
        networks.textTie(item, Corpus.textPartner(settings, clusters, item, now));
        if (old == item && now >= 0 && now != item && clusters.members(item).length > 0) {
            groups.clustersMerged(now, item);
        }
        groups.clusterChanged(item);
        // the centres it left and joined changed too (one may now be alone, the other a cluster for the first time)
        if (old >= 0 && old != item) {
            groups.clusterChanged(old);
        }
        if (now >= 0 && now != item) {
            groups.clusterChanged(now);
        }
    }

    private final NetworkIndex.Listener networkListener = new NetworkIndex.Listener() {
        @Override
        public void joined(int kept, int absorbed) {
            List<Observation> moved = networkObservations.remove(absorbed);
            if (moved != null) {
                networkObservations.computeIfAbsent(kept, k -> new ArrayList<>()).addAll(moved);
            }
        }

        @Override
        public void merged(int kept, int absorbed) {
            if (!quiet) {
                groups.networksMerged(kept, absorbed);
            }
        }

        @Override
        public void changed(int item) {
            if (!quiet) {
                groups.networkChanged(item);
            }
        }

        @Override
        public void rebuilt(Set<Integer> roots) {
            for (int root : roots) {
                List<Observation> list = new ArrayList<>();
                for (int m : networks.members(root)) {
                    if (m != root) {
                        networkObservations.remove(m);
                    }
                    if (m != attaching && m < municipalities.size() && municipalities.get(m) != null) {
                        list.add(observation(m));
                    }
                }
                networkObservations.put(root, list);
            }
        }
    };

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

    /** The centre of the ad's cluster (itself when it is the centre), or -1 when it is in none. */
    public int centreOf(int item) {
        return clusterOf(item) < 0 ? -1 : clusters.root(item);
    }

    /** The weighted similarity of two ads' texts, the measure a member is admitted to its centre by. */
    public double similarity(int a, int b) {
        return clusters.similarity(a, b);
    }

    /** The shingles of an ad's text and what each counts (in {@code ClusterSettings.FULL_WEIGHT} units). */
    public int[] shinglesOf(int item) {
        return clusters.shinglesOf(item);
    }

    public byte[] weightsOf(int item) {
        return clusters.weightsOf(item);
    }

    /** The centre first, then its members in item order. */
    public List<Integer> clusterMembers(int cluster) {
        List<Integer> members = new ArrayList<>();
        if (cluster < 0 || clusters.centreOf(cluster) != cluster) {
            return members;
        }
        members.add(cluster);
        int[] rest = clusters.members(cluster);
        Arrays.sort(rest);
        for (int m : rest) {
            members.add(m);
        }
        return members;
    }

    public List<Integer> networkMembers(int network) {
        int[] members = networks.members(network);
        Arrays.sort(members);
        return Arrays.stream(members).boxed().toList();
    }

    /**
     * What ties a network together: every identifier shared by two or more of its ads, every text cluster inside
     * it, and each image-similarity link that joined parts of it.
     */
    public List<Link> linksOf(int network) {
        List<Integer> members = networkMembers(network);
        Map<Long, List<Integer>> byKey = new LinkedHashMap<>();
        Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int item : members) {
            for (long key : corpus.keys.row(item)) {
                byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(item);
            }
            if (clusterOf(item) >= 0) {
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
        for (NetworkIndex.Edge edge : networks.edgesIn(networks.root(network))) {
            if (edge.kind() == LinkKind.SIMILAR_IMAGE && edge.detail() > 0) {
                links.add(new Link(LinkKind.SIMILAR_IMAGE, "distance:" + edge.detail(), List.of(edge.a(), edge.b())));
            }
        }
        return links;
    }

    /** Where a phone number was over time (the value as the features gave it). */
    public Mobility.Report mobilityOfPhone(String value) {
        List<Observation> list = List.of();
        for (Map.Entry<Long, String> e : keyValues.entrySet()) {
            if (EntityKeys.kind(e.getKey()) == LinkKind.PHONE && e.getValue().equals(value)) {
                list = phoneObservations.getOrDefault(e.getKey(), List.of());
            }
        }
        return Mobility.analyse("phone:" + value, list);
    }

    /** Where a network was over time. */
    public Mobility.Report mobilityOfNetwork(int network) {
        List<Observation> list = new ArrayList<>();
        for (int item : networkMembers(network)) {
            if (municipalities.get(item) != null) {
                list.add(observation(item));
            }
        }
        return Mobility.analyse("network:" + network, list);
    }

    /** The clusters and networks of all ads so far. */
    public Partition partition() {
        return Partition.of(clusters.roots(), networks.roots());
    }
}

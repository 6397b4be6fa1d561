package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.AdFeatures;
import frl.ienline.adintel.engine.AdIntelligence;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.network.MobilityEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The engine's incremental {@link AdIntelligence} kept in memory for the running application, one item per
 * stored snapshot, in import order. Gives clusters and networks <b>stable ids</b>: the id of a group is
 * derived from the snapshot id of its root, and the engine's root is always the group's oldest item, so a
 * group keeps its id while it grows and, when two merge, the older one's id survives (the merge is reported
 * so it can be recorded). A full rebuild in the same order gives the same roots, hence the same ids; only
 * when retention removes a group's oldest snapshot does the group take the id of its next oldest.
 *
 * <p>One writer at a time (imports are serialised); readers take the read lock.
 */
public final class AdGroups {

    /** One stored snapshot as the engine gets it. */
    public record Item(UUID snapshotId, UUID adId, Instant capturedAt, AdFeatures features) {
    }

    /** A cluster or network that became part of an older one. */
    public record Merge(String kind, UUID absorbed, UUID survivor) {
    }

    /** A mobility event with the engine's numbers replaced by ids; subject is a phone (E.164) or a network id. */
    public record Move(String subjectKind, String subject, MobilityEvent event, UUID snapshotId, UUID adId) {
    }

    /** What attaching a batch changed, to be written in the same transaction. */
    public record Changes(Set<UUID> newClusters, Set<UUID> newNetworks, List<Merge> merges, Set<UUID> touchedAds,
            List<Move> moves) {
    }

    /** The group ids of an ad (from its latest snapshot); either may be null. */
    public record Groups(UUID clusterId, UUID networkId) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final EngineSettings settings;
    private AdIntelligence engine;
    private final List<UUID> snapshots = new ArrayList<>();
    private final List<UUID> ads = new ArrayList<>();
    private final Map<UUID, Integer> latestItemOfAd = new HashMap<>();
    private final List<Instant> captured = new ArrayList<>();
    private Recorder recorder;

    public AdGroups(EngineSettings settings) {
        this.settings = settings;
        reset(1024);
    }

    private void reset(int expected) {
        recorder = new Recorder();
        engine = new AdIntelligence(settings, frl.ienline.adintel.engine.cluster.StockModel.EMPTY, Math.max(expected, 16), recorder);
        snapshots.clear();
        ads.clear();
        latestItemOfAd.clear();
        captured.clear();
    }

    /** Starts over (a full recomputation) from the stored snapshots, in import order. */
    public void rebuild(List<Item> items) {
        lock.writeLock().lock();
        try {
            reset(items.size() + 1024);
            for (Item item : items) {
                add(item);
            }
            recorder.settle(); // learns which roots are groups
            recorder.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Attaches new snapshots in order; {@code phoneOfKey} is not needed: mobility subjects of phones are
     * reported as the E.164 number for the caller to blind-index.
     */
    public Changes attach(List<Item> items) {
        lock.writeLock().lock();
        try {
            recorder.clear();
            List<Move> moves = new ArrayList<>();
            Set<UUID> touched = new LinkedHashSet<>();
            for (Item item : items) {
                AdIntelligence.Attachment attachment = add(item);
                touched.add(item.adId());
                for (MobilityEvent event : attachment.events()) {
                    String subject = event.subject();
                    UUID snapshot = snapshots.get(event.item());
                    UUID ad = ads.get(event.item());
                    if (subject.startsWith("phone:")) {
                        moves.add(new Move("PHONE", subject.substring("phone:".length()), event, snapshot, ad));
                    } else if (subject.startsWith("network:")) {
                        int root = Integer.parseInt(subject.substring("network:".length()));
                        if (engine.networkOf(root) >= 0) {
                            moves.add(new Move("NETWORK", groupId("network", root).toString(), event, snapshot, ad));
                        }
                    }
                }
            }
            recorder.settle();
            for (int item : recorder.joinedSingletons) {
                touched.add(ads.get(item));
            }
            Set<UUID> newClusters = new LinkedHashSet<>();
            Set<UUID> newNetworks = new LinkedHashSet<>();
            recorder.bornClusters.forEach(r -> newClusters.add(groupId("cluster", r)));
            recorder.bornNetworks.forEach(r -> newNetworks.add(groupId("network", r)));
            List<Merge> merges = List.copyOf(recorder.merges);
            recorder.clear();
            return new Changes(newClusters, newNetworks, merges, touched, moves);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private AdIntelligence.Attachment add(Item item) {
        AdIntelligence.Attachment attachment = engine.attach(item.features());
        snapshots.add(item.snapshotId());
        ads.add(item.adId());
        captured.add(item.capturedAt());
        int index = attachment.item();
        latestItemOfAd.merge(item.adId(), index,
                (old, now) -> captured.get(now).isBefore(captured.get(old)) ? old : now);
        return attachment;
    }

    /** The current group ids of an ad, from its latest snapshot. */
    public Groups groupsOf(UUID adId) {
        lock.readLock().lock();
        try {
            Integer item = latestItemOfAd.get(adId);
            if (item == null) {
                return new Groups(null, null);
            }
            int cluster = engine.clusterOf(item);
            int network = engine.networkOf(item);
            return new Groups(cluster < 0 ? null : groupId("cluster", cluster),
                    network < 0 ? null : groupId("network", network));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The group ids of every ad known to the engine. */
    public Map<UUID, Groups> allGroups() {
        lock.readLock().lock();
        try {
            Map<UUID, Groups> all = new HashMap<>();
            for (UUID ad : latestItemOfAd.keySet()) {
                all.put(ad, groupsOf(ad));
            }
            return all;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a read-only look at the engine (templates, links, mobility) under the read lock. */
    public <T> T read(Function<View, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(new View());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The engine with its item numbers translated to snapshot and ad ids. */
    public final class View {
        public AdIntelligence engine() {
            return engine;
        }

        public UUID snapshotOf(int item) {
            return snapshots.get(item);
        }

        public UUID adOf(int item) {
            return ads.get(item);
        }

        public Integer latestItemOf(UUID adId) {
            return latestItemOfAd.get(adId);
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return snapshots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private UUID groupId(String kind, int root) {
        return groupId(kind, snapshots.get(root));
    }

    /** The stable id of the group whose oldest snapshot is {@code rootSnapshot}. */
    static UUID groupId(String kind, UUID rootSnapshot) {
        return UUID.nameUUIDFromBytes((kind + ":" + rootSnapshot).getBytes(StandardCharsets.UTF_8));
    }

    /** Collects what merges meant for the group ids during one batch; knows which roots are groups (size > 1). */
    private final class Recorder implements AdIntelligence.GroupListener {
        final Set<Integer> bornClusters = new LinkedHashSet<>();
        final Set<Integer> bornNetworks = new LinkedHashSet<>();
        final Set<Integer> joinedSingletons = new LinkedHashSet<>();
        final List<Merge> merges = new ArrayList<>();
        private final Set<Integer> clusterRoots = new java.util.HashSet<>();
        private final Set<Integer> networkRoots = new java.util.HashSet<>();

        /** Ads whose cluster or network changed other than by a merge of their group (star clustering moves ads). */
        private final Set<Integer> changedClusters = new LinkedHashSet<>();
        private final Set<Integer> changedNetworks = new LinkedHashSet<>();

        void clear() {
            bornClusters.clear();
            bornNetworks.clear();
            joinedSingletons.clear();
            merges.clear();
            changedClusters.clear();
            changedNetworks.clear();
        }

        @Override
        public void clusterChanged(int item) {
            changedClusters.add(item);
        }

        @Override
        public void networkChanged(int item) {
            changedNetworks.add(item);
        }

        /**
         * After a batch: every changed ad is touched (its stored ids are rewritten) and the group it now belongs to,
         * if that root was not a group before, is born (its row is created).
         */
        void settle() {
            settle(changedClusters, engine::clusterOf, bornClusters, clusterRoots);
            settle(changedNetworks, engine::networkOf, bornNetworks, networkRoots);
        }

        private void settle(Set<Integer> changed, java.util.function.IntUnaryOperator rootOf, Set<Integer> born,
                Set<Integer> groupRoots) {
            for (int item : changed) {
                joinedSingletons.add(item);
                int root = rootOf.applyAsInt(item);
                if (root >= 0 && groupRoots.add(root)) {
                    born.add(root);
                }
            }
            changed.clear();
        }

        @Override
        public void clustersMerged(int kept, int absorbed) {
            merged("cluster", kept, absorbed, bornClusters, clusterRoots);
        }

        @Override
        public void networksMerged(int kept, int absorbed) {
            merged("network", kept, absorbed, bornNetworks, networkRoots);
        }

        private void merged(String kind, int kept, int absorbed, Set<Integer> born, Set<Integer> groupRoots) {
            boolean keptWasGroup = groupRoots.contains(kept);
            boolean absorbedWasGroup = groupRoots.contains(absorbed);
            if (keptWasGroup && absorbedWasGroup && !born.contains(absorbed)) {
                merges.add(new Merge(kind.toUpperCase(java.util.Locale.ROOT), groupId(kind, absorbed),
                        groupId(kind, kept)));
            }
            if (!keptWasGroup) {
                born.add(kept);
                joinedSingletons.add(kept);
            }
            if (!absorbedWasGroup) {
                joinedSingletons.add(absorbed);
            }
            born.remove(absorbed);
            groupRoots.add(kept);
            groupRoots.remove(absorbed);
        }
    }
}

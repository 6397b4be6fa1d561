package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdsImported;
import frl.ienline.adintel.engine.extract.Found;
import frl.ienline.adintel.engine.extract.Handle;
import frl.ienline.adintel.engine.extract.IndicatorHit;
import frl.ienline.adintel.engine.extract.TownMention;
import frl.ienline.adintel.engine.network.MobilityEvent;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ImageRef;
import frl.ienline.adintel.engine.snapshot.LineError;
import frl.ienline.rulebook.LicenceNumberMatch;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.ApiClient;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import path for ad snapshots (upload page, API, command, demo data): reads JSON Lines strictly,
 * extracts, checks licences, and stores everything in <b>one transaction</b> — all or nothing. Bulk rows
 * go in with PostgreSQL COPY, in chunks while the file streams; a bad line anywhere rolls the whole
 * transaction back. New snapshots are then attached to the in-memory engine ({@link AdGroups}) inside the same
 * transaction, so cluster and network ids, merges and mobility moves commit with the snapshots; should the
 * transaction fail after that, the engine is rebuilt from the database. Imports run one at a time.
 */
public class AdImports {

    private static final Logger log = LoggerFactory.getLogger(AdImports.class);
    static final Set<Role> IMPORTERS = Set.of(Role.RIEC_ANALYST, Role.INSPECTOR, Role.TEAM_COORDINATOR);
    private static final int CHUNK = 5_000;
    /** "AdImport": held by an import for its whole transaction; retention (adintel.delete_ads, V103) waits for it. */
    static final long ADVISORY_LOCK = 0x4164496d706f7274L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    /** Batches and streaming reads; in a transaction the driver fetches {@link #CHUNK} rows at a time. */
    private final JdbcTemplate template;
    private final AnalyserFactory analysers;
    private final AdBlindIndex index;
    private final AdGroups groups;
    private final ApplicationEventPublisher events;
    private final AccessRecorder access;
    private final Clock clock;
    private final ReentrantLock importLock = new ReentrantLock();
    private volatile boolean loaded;

    /** The analyser for the rulebook in force (its licence number format). */
    public interface AnalyserFactory {
        SnapshotAnalyser current();
    }

    public AdImports(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            AnalyserFactory analysers, AdBlindIndex index, AdGroups groups, ApplicationEventPublisher events,
            AccessRecorder access, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(CHUNK);
        this.analysers = analysers;
        this.index = index;
        this.groups = groups;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** An import by the signed-in staff member (upload page or API); needs an analyst, inspector or coordinator. */
    public ImportOutcome importBy(InputStream in, ImportSource source) {
        if (source != ImportSource.UI && source != ImportSource.API) {
            throw new IllegalArgumentException("a person imports through the UI or the API");
        }
        Actor actor = checkMayImport();
        ImportOutcome outcome = run(in, source, actor.username(), actor.id(), false);
        if (outcome instanceof ImportOutcome.Completed done) {
            access.allowed(AccessEvent.Action.CREATE, "ad-import", done.importId(), null, "ad-import");
        }
        return outcome;
    }

    /**
     * The signed-in importer (an analyst, inspector or team coordinator), or a logged refusal: asked by the
     * upload page and before a file is looked at, so a role that may not import learns nothing (D12, D13).
     */
    public Actor checkMayImport() {
        Actor actor = CurrentActor.require();
        if (actor instanceof ApiClient client && client.hasScope(ApiClient.SCOPE_IMPORT)) {
            return actor; // a machine client with an import token (ADR 0025)
        }
        if (actor.roles().stream().noneMatch(IMPORTERS::contains)) {
            access.denied(AccessEvent.Action.CREATE, "ad-import", null, "ad-import");
            throw new AccessDeniedException("Importing ads needs an analyst, inspector or team coordinator");
        }
        return actor;
    }

    /** An import without a person: the command line or the demo data. Deliberately no role check. */
    public ImportOutcome importAsSystem(InputStream in, ImportSource source, boolean demo) {
        if (source != ImportSource.COMMAND && source != ImportSource.DEMO) {
            throw new IllegalArgumentException("only the command and the demo data import as the system");
        }
        return run(in, source, "system", null, demo);
    }

    /** Rebuilds the in-memory engine from the database (a full recomputation) if that has not happened yet. */
    public void ensureLoaded() {
        if (loaded) {
            return;
        }
        importLock.lock();
        try {
            if (!loaded) {
                rebuild();
            }
        } finally {
            importLock.unlock();
        }
    }

    /**
     * Another node changed the stored ads (ADR 0021): this node's engine no longer holds every snapshot, so the
     * next import here starts with a full recomputation ({@link #ensureLoaded()}).
     */
    public void invalidate() {
        loaded = false;
    }

    /**
     * A full recomputation of clusters and networks from every stored snapshot; corrects the stored group ids.
     * The snapshots stream from the database in import order and are analysed in chunks on all cores.
     */
    public void rebuild() {
        importLock.lock();
        try {
            long start = System.nanoTime();
            SnapshotAnalyser analyser = analysers.current();
            List<AdGroups.Item> items = new ArrayList<>();
            List<Stored> chunk = new ArrayList<>(CHUNK);
            readOnly.executeWithoutResult(status -> template.query("""
                    SELECT s.* FROM adintel.snapshot s JOIN adintel.import i ON i.id = s.import_id
                    ORDER BY i.completed_at, i.id, s.line""", (java.sql.ResultSet rs) -> {
                chunk.add(new Stored(rs.getObject("id", UUID.class), rs.getObject("ad_id", UUID.class), snapshotOf(rs)));
                if (chunk.size() == CHUNK) {
                    analyseInto(items, chunk, analyser);
                }
            }));
            analyseInto(items, chunk, analyser);
            groups.rebuild(items);
            transactions.executeWithoutResult(status -> storeAllGroups());
            loaded = true;
            log.info("Ad intelligence: {} snapshots attached in {} ms", items.size(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            importLock.unlock();
        }
    }

    private record Stored(UUID id, UUID adId, AdSnapshot snapshot) {
    }

    /** The engine's features of a chunk of stored snapshots, on all cores, in order; empties the chunk. */
    private static void analyseInto(List<AdGroups.Item> items, List<Stored> chunk, SnapshotAnalyser analyser) {
        items.addAll(chunk.parallelStream().map(s -> new AdGroups.Item(s.id(), s.adId(), s.snapshot().capturedAt(),
                analyser.groupingFeatures(s.snapshot()))).toList());
        chunk.clear();
    }

    static AdSnapshot snapshotOf(java.sql.ResultSet rs) throws SQLException {
        String[] sha = (String[]) rs.getArray("image_sha256").getArray();
        String[] dhash = (String[]) rs.getArray("image_dhash").getArray();
        List<ImageRef> images = new ArrayList<>(sha.length);
        for (int i = 0; i < sha.length; i++) {
            images.add(new ImageRef(sha[i], dhash[i] == null || dhash[i].isEmpty() ? null : dhash[i]));
        }
        Integer age = (Integer) rs.getObject("claimed_age");
        return new AdSnapshot(rs.getString("source"), rs.getString("source_ad_id"),
                rs.getTimestamp("captured_at").toInstant(), rs.getString("url"), rs.getString("title"),
                rs.getString("body"), rs.getString("location"), rs.getString("postcode"), age,
                List.of((String[]) rs.getArray("phones").getArray()), List.of((String[]) rs.getArray("emails").getArray()),
                images, rs.getString("licence_number"));
    }

    /** Writes the engine's group ids to every ad whose stored ids differ, and creates missing group rows. */
    private void storeAllGroups() {
        Instant now = clock.instant();
        Map<UUID, AdGroups.Groups> all = groups.allGroups();
        Set<UUID> clusters = new HashSet<>();
        Set<UUID> networks = new HashSet<>();
        all.values().forEach(g -> {
            if (g.clusterId() != null) {
                clusters.add(g.clusterId());
            }
            if (g.networkId() != null) {
                networks.add(g.networkId());
            }
        });
        insertGroups("cluster", clusters, now);
        insertGroups("network", networks, now);
        List<Object[]> changed = new ArrayList<>();
        jdbc.sql("SELECT id, cluster_id, network_id FROM adintel.ad").query((rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            AdGroups.Groups g = all.getOrDefault(id, new AdGroups.Groups(null, null));
            if (!java.util.Objects.equals(g.clusterId(), rs.getObject(2, UUID.class))
                    || !java.util.Objects.equals(g.networkId(), rs.getObject(3, UUID.class))) {
                changed.add(new Object[] {g.clusterId(), g.networkId(), id});
            }
            return null;
        }).list();
        template.batchUpdate("UPDATE adintel.ad SET cluster_id = ?, network_id = ? WHERE id = ?",
                changed);
        jdbc.sql("UPDATE adintel.cluster c SET size = (SELECT count(*) FROM adintel.ad a WHERE a.cluster_id = c.id)").update();
        jdbc.sql("UPDATE adintel.network n SET size = (SELECT count(*) FROM adintel.ad a WHERE a.network_id = n.id)").update();
    }

    private void insertGroups(String table, Set<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO adintel." + table + " (id, created_at, size) SELECT unnest(?::uuid[]), ?, 0 ON CONFLICT DO NOTHING")
                .params(ids.toArray(UUID[]::new), Timestamp.from(now)).update();
    }

    private ImportOutcome run(InputStream in, ImportSource source, String who, UUID whoId, boolean demo) {
        ensureLoaded();
        importLock.lock();
        try {
            Run run = new Run(UUID.randomUUID(), source, who, whoId, demo, clock.instant(), analysers.current());
            try {
                long[] bodyDone = new long[1];
                ImportOutcome result = transactions.execute(status -> {
                    ImportOutcome outcome = run.execute(in);
                    if (outcome instanceof ImportOutcome.Rejected) {
                        status.setRollbackOnly();
                    }
                    bodyDone[0] = System.nanoTime();
                    return outcome;
                });
                if (result instanceof ImportOutcome.Completed) {
                    log.info("Ad import {}: committed in {} ms", run.importId, (System.nanoTime() - bodyDone[0]) / 1_000_000);
                }
                return result;
            } catch (RuntimeException e) {
                if (run.attached) {
                    loaded = false;
                    rebuild();
                }
                throw e;
            }
        } finally {
            importLock.unlock();
        }
    }

    /** The state of an ad during one import. */
    private static final class AdState {
        final UUID id;
        final boolean isNew;
        Instant firstSeen;
        Instant lastSeen;
        Instant latestAt;
        UUID latestSnapshot; // set when this import brings the ad's latest snapshot
        SnapshotAnalyser.Analysed latest;
        final String source;
        final String sourceAdId;
        Instant storedFirst;
        Instant storedLast;
        UUID storedCluster;
        UUID storedNetwork;

        AdState(UUID id, boolean isNew, String source, String sourceAdId, Instant latestAt) {
            this.id = id;
            this.isNew = isNew;
            this.source = source;
            this.sourceAdId = sourceAdId;
            this.latestAt = latestAt;
        }

        void seen(Instant at) {
            firstSeen = firstSeen == null || at.isBefore(firstSeen) ? at : firstSeen;
            lastSeen = lastSeen == null || at.isAfter(lastSeen) ? at : lastSeen;
        }
    }

    private record Line(long number, AdSnapshot snapshot) {
    }

    /** One import in progress. */
    private final class Run {
        final UUID importId;
        final ImportSource source;
        final String who;
        final UUID whoId;
        final boolean demo;
        final Instant started;
        final SnapshotAnalyser analyser;
        final List<Line> buffer = new ArrayList<>(CHUNK);
        final Set<String> seenContent = new HashSet<>();
        final Map<String, AdState> ads = new LinkedHashMap<>();
        final List<AdGroups.Item> newItems = new ArrayList<>();
        final Set<UUID> newSnapshotIds = new HashSet<>();
        final CopyRows snapshotRows = new CopyRows();
        final CopyRows entityRows = new CopyRows();
        final CopyRows indicatorRows = new CopyRows();
        int newSnapshots;
        int repeated;
        long analyseNanos;
        long lookUpNanos;
        long copyNanos;
        long attachNanos;
        long finishNanos;
        long movesNanos;
        long sizesNanos;
        boolean attached;
        CopyManager copy;
        /** COPY of one chunk runs here while the next chunk is analysed; one at a time, on the transaction's connection. */
        java.util.concurrent.ExecutorService copier;
        java.util.concurrent.Future<?> pendingCopy;
        /** A second connection for look-ups of committed rows, so they need not wait for a running COPY. */
        Connection lookups;

        Run(UUID importId, ImportSource source, String who, UUID whoId, boolean demo, Instant started,
                SnapshotAnalyser analyser) {
            this.importId = importId;
            this.source = source;
            this.who = who;
            this.whoId = whoId;
            this.demo = demo;
            this.started = started;
            this.analyser = analyser;
        }

        ImportOutcome execute(InputStream in) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ADVISORY_LOCK).query((rs, n) -> 1).list();
            copier = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "ad-import-copy");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                copy = connection.unwrap(PGConnection.class).getCopyAPI();
                lookups = dataSource.getConnection();
                lookups.setReadOnly(true);
                AdSnapshotReader.Summary summary = new AdSnapshotReader().stream(in, (line, snapshot) -> {
                    buffer.add(new Line(line, snapshot));
                    if (buffer.size() >= CHUNK) {
                        flush();
                    }
                });
                if (!summary.ok()) {
                    try {
                        awaitCopy();
                    } catch (RuntimeException ignored) {
                        // rolled back anyway
                    }
                    return new ImportOutcome.Rejected(summary.errors(), summary.totalErrors(), summary.lines());
                }
                if (summary.snapshots() == 0) { // D20: an empty import is refused, not recorded
                    return new ImportOutcome.Rejected(List.of(new LineError(1, null,
                            "The input holds no snapshot; nothing was imported")), 1, summary.lines());
                }
                flush();
                int newAds = finish(summary);
                return new ImportOutcome.Completed(importId, summary.lines(), summary.snapshots(), newSnapshots, repeated,
                        newAds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Ad import failed in the database", e);
            } finally {
                if (pendingCopy != null) {
                    pendingCopy.cancel(false);
                    try {
                        pendingCopy.get();
                    } catch (Exception ignored) {
                        // the transaction is rolled back
                    }
                }
                copier.shutdownNow();
                if (lookups != null) {
                    try {
                        lookups.close();
                    } catch (SQLException ignored) {
                        // nothing to do
                    }
                }
            }
        }

        void awaitCopy() {
            if (pendingCopy == null) {
                return;
            }
            try {
                pendingCopy.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while copying", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pendingCopy = null;
            }
        }

        /** Analyses a chunk in parallel, finds what is new, and COPYs snapshots, entities and indicators. */
        void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            List<Line> lines = List.copyOf(buffer);
            buffer.clear();
            long t0 = System.nanoTime();
            List<String> hashes = lines.parallelStream().map(l -> l.snapshot().contentHash()).toList();
            lookUp(lines, hashes);
            long t1 = System.nanoTime();
            // only what is not stored yet (and not earlier in this file) is analysed
            List<Integer> fresh = new ArrayList<>();
            Set<String> inChunk = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                AdSnapshot s = lines.get(i).snapshot();
                String key = contentKey(s.source(), s.sourceAdId(), hashes.get(i));
                if (!seenContent.contains(key) && inChunk.add(key)) {
                    fresh.add(i);
                }
            }
            List<SnapshotAnalyser.Analysed> analysed = fresh.parallelStream()
                    .map(i -> analyser.analyse(lines.get(i).snapshot(), hashes.get(i))).toList();
            long t2 = System.nanoTime();
            lookUpNanos += t1 - t0;
            analyseNanos += t2 - t1;
            Instant now = clock.instant();
            int next = 0;
            for (int i = 0; i < lines.size(); i++) {
                AdSnapshot s = lines.get(i).snapshot();
                AdState ad = ads.get(adKey(s.source(), s.sourceAdId()));
                ad.seen(s.capturedAt());
                if (!seenContent.add(contentKey(s.source(), s.sourceAdId(), hashes.get(i)))) {
                    repeated++;
                    continue;
                }
                SnapshotAnalyser.Analysed a = analysed.get(next++);
                UUID snapshotId = UUID.randomUUID();
                newSnapshots++;
                writeSnapshot(snapshotId, ad.id, lines.get(i).number(), a, now);
                if (ad.latestAt == null || !s.capturedAt().isBefore(ad.latestAt)) {
                    ad.latestAt = s.capturedAt();
                    ad.latestSnapshot = snapshotId;
                    ad.latest = a;
                }
                newItems.add(new AdGroups.Item(snapshotId, ad.id, s.capturedAt(), a.features()));
                newSnapshotIds.add(snapshotId);
            }
            String snapshotText = snapshotRows.rows() == 0 ? null : snapshotRows.text();
            String entityText = entityRows.rows() == 0 ? null : entityRows.text();
            String indicatorText = indicatorRows.rows() == 0 ? null : indicatorRows.text();
            snapshotRows.clear();
            entityRows.clear();
            indicatorRows.clear();
            long t3 = System.nanoTime();
            awaitCopy();
            copyNanos += System.nanoTime() - t3;
            pendingCopy = copier.submit(() -> {
                copyText("adintel.snapshot (id, ad_id, import_id, line, source, source_ad_id, content_hash, captured_at,"
                        + " imported_at, url, title, body, location, postcode, claimed_age, phones, emails, image_sha256,"
                        + " image_dhash, licence_number, full_text, municipality, licence_check, extracted_age, risk_score,"
                        + " demo)", snapshotText);
                copyText("adintel.entity (snapshot_id, position, kind, value, blind_index, municipality, span_start,"
                        + " span_end)", entityText);
                copyText("adintel.indicator (snapshot_id, position, code, weight, language, span_start, span_end)",
                        indicatorText);
            });
        }

        void copyText(String target, String text) {
            if (text == null) {
                return;
            }
            try {
                copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", new StringReader(text));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY into " + target + " failed", e);
            }
        }

        /** Marks snapshots already stored as seen and loads the ads of the chunk that are already known. */
        void lookUp(List<Line> lines, List<String> hashes) {
            List<String> sources = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Line line : lines) {
                sources.add(line.snapshot().source());
                ids.add(line.snapshot().sourceAdId());
            }
            try (java.sql.PreparedStatement query = lookups.prepareStatement("""
                    SELECT k.source, k.source_ad_id, k.content_hash, a.id AS ad_id, l.captured_at AS latest_at,
                           a.first_seen_at, a.last_seen_at, a.cluster_id, a.network_id,
                           EXISTS (SELECT 1 FROM adintel.snapshot s WHERE s.source = k.source
                                   AND s.source_ad_id = k.source_ad_id AND s.content_hash = k.content_hash) AS known
                    FROM unnest(?::text[], ?::text[], ?::text[]) AS k(source, source_ad_id, content_hash)
                    JOIN adintel.ad a ON a.source = k.source AND a.source_ad_id = k.source_ad_id
                    JOIN adintel.snapshot l ON l.id = a.latest_snapshot_id""")) {
                query.setArray(1, lookups.createArrayOf("text", sources.toArray()));
                query.setArray(2, lookups.createArrayOf("text", ids.toArray()));
                query.setArray(3, lookups.createArrayOf("text", hashes.toArray()));
                try (java.sql.ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String key = adKey(rs.getString(1), rs.getString(2));
                        if (!ads.containsKey(key)) {
                            AdState state = new AdState(rs.getObject(4, UUID.class), false, rs.getString(1), rs.getString(2),
                                    rs.getTimestamp(5).toInstant());
                            state.storedFirst = rs.getTimestamp(6).toInstant();
                            state.storedLast = rs.getTimestamp(7).toInstant();
                            state.storedCluster = rs.getObject(8, UUID.class);
                            state.storedNetwork = rs.getObject(9, UUID.class);
                            ads.put(key, state);
                        }
                        if (rs.getBoolean(10)) {
                            seenContent.add(contentKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Ad import look-up failed", e);
            }
            for (Line line : lines) {
                AdSnapshot s = line.snapshot();
                ads.computeIfAbsent(adKey(s.source(), s.sourceAdId()),
                        k -> new AdState(UUID.randomUUID(), true, s.source(), s.sourceAdId(), null));
            }
        }

        void writeSnapshot(UUID id, UUID adId, long line, SnapshotAnalyser.Analysed a, Instant now) {
            AdSnapshot s = a.snapshot();
            var x = a.extraction();
            snapshotRows.value(id).value(adId).value(importId).value(line).value(s.source()).value(s.sourceAdId())
                    .value(a.contentHash()).value(s.capturedAt()).value(now).value(s.url()).value(s.title())
                    .value(s.body()).value(s.location()).value(s.postcode()).value(s.claimedAge()).array(s.phones())
                    .array(s.emails()).array(s.images().stream().map(ImageRef::sha256).toList())
                    .array(s.images().stream().map(i -> i.dhash() == null ? "" : i.dhash()).toList())
                    .value(s.licenseNumber()).value(s.fullText()).value(x.municipality() == null ? null : x.municipality().value())
                    .value(a.licenceCheck().name()).value(x.claimedAge() == null ? null : x.claimedAge().years())
                    .value(x.riskScore()).value(demo).end();
            int position = 0;
            for (Found f : x.phones()) {
                entity(id, position++, "PHONE", f.value(), index.phone(f.value()), null, f.span());
            }
            for (Found f : x.emails()) {
                entity(id, position++, "EMAIL", f.value(), index.email(f.value()), null, f.span());
            }
            for (Found f : x.urls()) {
                entity(id, position++, "URL", f.value(), null, null, f.span());
            }
            for (Handle h : x.handles()) {
                entity(id, position++, "HANDLE", h.platform() + ":" + h.name(), index.handle(h.key()), null, h.span());
            }
            for (Found f : x.licenceNumbers()) {
                String municipality = analyser.format().parse(f.value()).map(LicenceNumberMatch::municipality)
                        .map(m -> m.value()).orElse(null);
                entity(id, position++, "LICENCE_NUMBER", f.value(), index.licenceNumber(f.value()), municipality, f.span());
            }
            for (TownMention t : x.towns()) {
                entity(id, position++, "TOWN", t.town(), null, t.municipality().value(), t.span());
            }
            if (x.claimedAge() != null) {
                entity(id, position, "CLAIMED_AGE", Integer.toString(x.claimedAge().years()), null, null,
                        x.claimedAge().span());
            }
            int p = 0;
            for (IndicatorHit hit : x.indicators()) {
                indicatorRows.value(id).value(p++).value(hit.code()).value(hit.weight()).value(hit.language())
                        .value(hit.span() == null ? null : hit.span().start())
                        .value(hit.span() == null ? null : hit.span().end()).end();
            }
        }

        void entity(UUID snapshot, int position, String kind, String value, String blindIndex, String municipality,
                frl.ienline.adintel.engine.extract.Span span) {
            entityRows.value(snapshot).value(position).value(kind).value(value).value(blindIndex).value(municipality)
                    .value(span == null ? null : span.start()).value(span == null ? null : span.end()).end();
        }

        void copyIn(String target, CopyRows rows) {
            if (rows.rows() == 0) {
                return;
            }
            try {
                copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", new StringReader(rows.text()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY into " + target + " failed", e);
            }
            rows.clear();
        }

        /** Attaches the new snapshots to the engine and writes ads, group ids, merges, moves and the import. */
        int finish(AdSnapshotReader.Summary summary) {
            long c0 = System.nanoTime();
            awaitCopy();
            copyNanos += System.nanoTime() - c0;
            Instant now = clock.instant();
            attached = true;
            long t0 = System.nanoTime();
            AdGroups.Changes changes = groups.attach(newItems);
            attachNanos = System.nanoTime() - t0;
            insertGroups("cluster", changes.newClusters(), now);
            insertGroups("network", changes.newNetworks(), now);
            for (AdGroups.Merge merge : changes.merges()) {
                String table = merge.kind().equals("CLUSTER") ? "cluster" : "network";
                jdbc.sql("INSERT INTO adintel.group_merge (kind, absorbed_id, survivor_id, merged_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING").params(merge.kind(), merge.absorbed(), merge.survivor(),
                        Timestamp.from(now)).update();
                jdbc.sql("UPDATE adintel." + table + " SET merged_into = ?, size = 0 WHERE id = ?")
                        .params(merge.survivor(), merge.absorbed()).update();
                jdbc.sql("UPDATE adintel.ad SET " + table + "_id = ? WHERE " + table + "_id = ?")
                        .params(merge.survivor(), merge.absorbed()).update();
            }
            int newAds = 0;
            CopyRows adRows = new CopyRows();
            List<Object[]> seenUpdates = new ArrayList<>();
            Set<UUID> inFile = new HashSet<>();
            for (AdState ad : ads.values()) {
                inFile.add(ad.id);
                AdGroups.Groups g = groups.groupsOf(ad.id);
                if (ad.isNew) {
                    newAds++;
                    var x = ad.latest.extraction();
                    adRows.value(ad.id).value(ad.source).value(ad.sourceAdId).value(ad.firstSeen).value(ad.lastSeen)
                            .value(ad.latestSnapshot).value(x.municipality() == null ? null : x.municipality().value())
                            .value(ad.latest.licenceCheck().name()).value(x.riskScore()).value(g.clusterId())
                            .value(g.networkId()).value(demo).end();
                } else if (ad.latest == null && !ad.firstSeen.isBefore(ad.storedFirst) && !ad.lastSeen.isAfter(ad.storedLast)
                        && java.util.Objects.equals(g.clusterId(), ad.storedCluster)
                        && java.util.Objects.equals(g.networkId(), ad.storedNetwork)) {
                    continue; // seen again, nothing changed
                } else {
                    var latest = ad.latest;
                    boolean has = latest != null;
                    seenUpdates.add(new Object[] {Timestamp.from(ad.firstSeen), Timestamp.from(ad.lastSeen),
                            has, ad.latestSnapshot,
                            has, has && latest.extraction().municipality() != null
                                    ? latest.extraction().municipality().value() : null,
                            has, has ? latest.licenceCheck().name() : null,
                            has, has ? latest.extraction().riskScore() : null, g.clusterId(), g.networkId(), ad.id});
                }
            }
            copyIn("adintel.ad (id, source, source_ad_id, first_seen_at, last_seen_at, latest_snapshot_id, municipality,"
                    + " licence_check, risk_score, cluster_id, network_id, demo)", adRows);
            template.batchUpdate("""
                    UPDATE adintel.ad SET first_seen_at = least(first_seen_at, ?), last_seen_at = greatest(last_seen_at, ?),
                        latest_snapshot_id = CASE WHEN ? THEN ?::uuid ELSE latest_snapshot_id END,
                        municipality = CASE WHEN ? THEN ?::text ELSE municipality END,
                        licence_check = CASE WHEN ? THEN ?::text ELSE licence_check END,
                        risk_score = CASE WHEN ? THEN ?::int ELSE risk_score END,
                        cluster_id = ?::uuid, network_id = ?::uuid
                    WHERE id = ?""", seenUpdates);
            List<Object[]> groupUpdates = new ArrayList<>();
            for (UUID ad : changes.touchedAds()) {
                if (!inFile.contains(ad)) {
                    AdGroups.Groups g = groups.groupsOf(ad);
                    groupUpdates.add(new Object[] {g.clusterId(), g.networkId(), ad});
                }
            }
            template.batchUpdate("UPDATE adintel.ad SET cluster_id = ?, network_id = ? WHERE id = ?", groupUpdates);
            long m0 = System.nanoTime();
            writeMoves(changes.moves());
            movesNanos = System.nanoTime() - m0;
            Set<UUID> clusterIds = new HashSet<>(changes.newClusters());
            Set<UUID> networkIds = new HashSet<>(changes.newNetworks());
            changes.merges().forEach(m -> (m.kind().equals("CLUSTER") ? clusterIds : networkIds).add(m.survivor()));
            Set<UUID> sized = new HashSet<>(changes.touchedAds());
            ads.values().forEach(ad -> sized.add(ad.id));
            for (UUID ad : sized) {
                AdGroups.Groups g = groups.groupsOf(ad);
                if (g.clusterId() != null) {
                    clusterIds.add(g.clusterId());
                }
                if (g.networkId() != null) {
                    networkIds.add(g.networkId());
                }
            }
            long s0 = System.nanoTime();
            updateSizes("cluster", clusterIds);
            updateSizes("network", networkIds);
            sizesNanos = System.nanoTime() - s0;
            Instant completed = clock.instant();
            jdbc.sql("""
                    INSERT INTO adintel.import (id, source_kind, imported_by, imported_by_id, started_at, completed_at, status,
                        lines, snapshots_read, new_snapshots, repeated_snapshots, new_ads, demo)
                    VALUES (?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?)""")
                    .params(importId, source.name(), who, whoId, Timestamp.from(started), Timestamp.from(completed),
                            summary.lines(), summary.snapshots(), newSnapshots, repeated, newAds, demo)
                    .update();
            events.publishEvent(new AdsImported(importId, newSnapshots, completed));
            finishNanos = System.nanoTime() - t0 - attachNanos;
            log.info("Ad import {}: {} new snapshots; analyse {} ms (both cores), look-up {} ms, COPY {} ms, engine {} ms,"
                    + " ads and groups {} ms (of which moves {} ms, group sizes {} ms)", importId, newSnapshots,
                    analyseNanos / 1_000_000, lookUpNanos / 1_000_000, copyNanos / 1_000_000, attachNanos / 1_000_000,
                    finishNanos / 1_000_000, movesNanos / 1_000_000, sizesNanos / 1_000_000);
            return newAds;
        }

        /**
         * Writes the mobility moves. A move of a snapshot new in this import cannot be stored yet: those go in with
         * COPY (once each). An import in parts re-emits moves of earlier snapshots; those may be stored already and
         * go through {@code ON CONFLICT DO NOTHING}.
         */
        void writeMoves(List<AdGroups.Move> moves) {
            CopyRows fresh = new CopyRows();
            Set<MoveKey> freshKeys = new HashSet<>();
            List<Object[]> earlier = new ArrayList<>();
            for (AdGroups.Move move : moves) {
                String subject = move.subjectKind().equals("PHONE") ? index.phone(move.subject()) : move.subject();
                MobilityEvent e = move.event();
                String kind = e instanceof MobilityEvent.Moved ? "MOVED" : "NEW_IN_TOWN";
                String from = e instanceof MobilityEvent.Moved m ? m.from().value() : null;
                String to = e instanceof MobilityEvent.Moved m ? m.to().value()
                        : ((MobilityEvent.NewInTown) e).municipality().value();
                if (newSnapshotIds.contains(move.snapshotId())) {
                    if (freshKeys.add(new MoveKey(move.subjectKind(), subject, kind, to, e.at(), move.snapshotId()))) {
                        fresh.value(move.subjectKind()).value(subject).value(kind).value(from).value(to).value(e.at())
                                .value(move.snapshotId()).value(move.adId()).end();
                    }
                } else {
                    earlier.add(new Object[] {move.subjectKind(), subject, kind, from, to, e.at().toString(),
                            move.snapshotId(), move.adId()});
                }
            }
            copyIn("adintel.mobility_move (subject_kind, subject, kind, from_municipality, to_municipality, at, snapshot_id,"
                    + " ad_id)", fresh);
            if (earlier.isEmpty()) {
                return;
            }
            Object[][] columns = new Object[8][earlier.size()];
            for (int r = 0; r < earlier.size(); r++) {
                for (int c = 0; c < 8; c++) {
                    columns[c][r] = earlier.get(r)[c];
                }
            }
            jdbc.sql("""
                    INSERT INTO adintel.mobility_move (subject_kind, subject, kind, from_municipality, to_municipality, at,
                        snapshot_id, ad_id)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::uuid[],
                        ?::uuid[]) ON CONFLICT DO NOTHING""")
                    .params(java.util.Arrays.copyOf(columns[0], earlier.size(), String[].class),
                            java.util.Arrays.copyOf(columns[1], earlier.size(), String[].class),
                            java.util.Arrays.copyOf(columns[2], earlier.size(), String[].class),
                            java.util.Arrays.copyOf(columns[3], earlier.size(), String[].class),
                            java.util.Arrays.copyOf(columns[4], earlier.size(), String[].class),
                            java.util.Arrays.copyOf(columns[5], earlier.size(), String[].class),
                            java.util.Arrays.copyOf(columns[6], earlier.size(), UUID[].class),
                            java.util.Arrays.copyOf(columns[7], earlier.size(), UUID[].class))
                    .update();
        }

        /** Recounts the ads of these groups: one scan of the ads grouped, not one count per group. */
        /** The unique key of adintel.mobility_move (V50); COPY has no ON CONFLICT, so a batch must not repeat it. */
        record MoveKey(String subjectKind, String subject, String kind, String to, Instant at, UUID snapshotId) {
        }

        void updateSizes(String table, Set<UUID> ids) {
            if (ids.isEmpty()) {
                return;
            }
            jdbc.sql("UPDATE adintel." + table + " g SET size = coalesce(c.n, 0) FROM unnest(?::uuid[]) AS t(id)"
                    + " LEFT JOIN (SELECT a." + table + "_id AS id, count(*) AS n FROM adintel.ad a WHERE a." + table
                    + "_id = ANY (?::uuid[]) GROUP BY a." + table + "_id) c ON c.id = t.id WHERE g.id = t.id")
                    .params(ids.toArray(UUID[]::new), ids.toArray(UUID[]::new)).update();
        }
    }

    private static String adKey(String source, String sourceAdId) {
        return source + '\t' + sourceAdId;
    }

    private static String contentKey(String source, String sourceAdId, String hash) {
        return source + '\t' + sourceAdId + '\t' + hash;
    }
}

package frl.ienline.adintel.internal.read;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.engine.cluster.Template;
import frl.ienline.adintel.engine.cluster.TemplateBuilder;
import frl.ienline.adintel.engine.extract.IndicatorCatalog;
import frl.ienline.adintel.engine.network.Mobility;
import frl.ienline.adintel.engine.network.MobilityEvent;
import frl.ienline.adintel.engine.network.NetworkSettings;
import frl.ienline.adintel.engine.network.Observation;
import frl.ienline.adintel.internal.read.AdRecords.AdRecord;
import frl.ienline.adintel.internal.read.AdRecords.Scope;
import frl.ienline.adintel.internal.read.AdRecords.SnapshotRecord;
import frl.ienline.adintel.internal.read.AdViews.Access;
import frl.ienline.adintel.internal.read.AdViews.AdDetail;
import frl.ienline.adintel.internal.read.AdViews.AdFilter;
import frl.ienline.adintel.internal.read.AdViews.AdPage;
import frl.ienline.adintel.internal.read.AdViews.ClusterView;
import frl.ienline.adintel.internal.read.AdViews.Entity;
import frl.ienline.adintel.internal.read.AdViews.Indicator;
import frl.ienline.adintel.internal.read.AdViews.LicenceReason;
import frl.ienline.adintel.internal.read.AdViews.Link;
import frl.ienline.adintel.internal.read.AdViews.Member;
import frl.ienline.adintel.internal.read.AdViews.Move;
import frl.ienline.adintel.internal.read.AdViews.NetworkView;
import frl.ienline.adintel.internal.read.AdViews.Presence;
import frl.ienline.adintel.internal.read.AdViews.Sighting;
import frl.ienline.adintel.internal.read.AdViews.SlotValues;
import frl.ienline.adintel.internal.read.AdViews.Snapshot;
import frl.ienline.adintel.internal.read.AdViews.Stay;
import frl.ienline.adintel.internal.read.AdViews.TemplatePart;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.AccessRefused;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst's and inspector's reads of ads, clusters and networks: who may see what, scoped in SQL, and one
 * access-log entry per list, ad, cluster or network view (denied ones too).
 *
 * <p>Who sees what:
 * <ul>
 *   <li>{@link #FULL_ROLES} (RIEC analyst, inspector, team coordinator): ad text, identifiers in clear on the ad
 *   page (masked on network pages), clusters and networks; besides their municipalities also the ads outside
 *   Fryslân or in an unknown place, because they work regionally and networks cross the border.</li>
 *   <li>{@link #LIMITED_ROLES} (licensing officer): the list and the ad page of ads in their own municipalities,
 *   with licence status, indicators and masked identifiers, but no ad text and no clusters or networks.</li>
 *   <li>Everyone else (policy advisor, police liaison, care, admin, privacy officer): refused (403, logged).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class AdBrowsing {

    public static final Set<Role> FULL_ROLES = EnumSet.of(Role.RIEC_ANALYST, Role.INSPECTOR, Role.TEAM_COORDINATOR);
    public static final Set<Role> LIMITED_ROLES = EnumSet.of(Role.LICENSING_OFFICER);

    static final String PURPOSE = "ad-monitoring";
    static final int PAGE_SIZE = 25;
    static final int TEMPLATE_MEMBERS = 60;
    static final int MEMBER_LIMIT = 500;
    static final int TIMELINE_LIMIT = 500;

    private final AdRecords records;
    private final AccessRecorder recorder;
    private final Clock clock;
    private final IndicatorCatalog catalog = IndicatorCatalog.standard();

    AdBrowsing(AdRecords records, AccessRecorder recorder, Clock clock) {
        this.records = records;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The access of an actor, or empty when the actor may not see ads at all. */
    public static Optional<Access> accessOf(Actor actor) {
        if (actor.scope().isCare()) {
            return Optional.empty();
        }
        if (actor.roles().stream().anyMatch(FULL_ROLES::contains)) {
            return Optional.of(Access.FULL);
        }
        if (actor.roles().stream().anyMatch(LIMITED_ROLES::contains)) {
            return Optional.of(Access.LIMITED);
        }
        return Optional.empty();
    }

    private record Viewer(Access access, Scope scope) {
        boolean full() {
            return access == Access.FULL;
        }
    }

    private Viewer viewer(Action action, String objectType, Object id, boolean fullOnly) {
        Actor actor = CurrentActor.require();
        Optional<Access> access = accessOf(actor);
        if (access.isEmpty() || fullOnly && access.get() != Access.FULL) {
            // one DENIED entry naming the record; AccessRefused tells the security layer it is logged already
            recorder.denied(action, objectType, id, PURPOSE);
            throw new AccessRefused("No access to this " + objectType);
        }
        boolean regional = access.get() == Access.FULL;
        return new Viewer(access.get(), new Scope(actor.scope().municipalityValues(), regional));
    }

    private NotFound notFound(String objectType, Object id) {
        recorder.denied(Action.VIEW, objectType, id, PURPOSE);
        return new NotFound(objectType);
    }

    // ---------------------------------------------------------------- list

    /** One page of the ads the actor may see; logged as a search. */
    public AdPage search(AdFilter filter, int page) {
        Viewer viewer = viewer(Action.SEARCH, "ad", null, false);
        int p = Math.max(1, page);
        var zone = clock.getZone();
        Map<AdLicenceCheck, Long> counts = records.countsPerLicence(filter, viewer.scope(), zone);
        long total = filter.licence() != null ? counts.getOrDefault(filter.licence(), 0L)
                : counts.values().stream().mapToLong(Long::longValue).sum();
        var rows = records.page(filter, viewer.scope(), zone, PAGE_SIZE, (long) (p - 1) * PAGE_SIZE, viewer.full());
        recorder.allowed(Action.SEARCH, "ad", null, null, PURPOSE);
        return new AdPage(rows, total, p, PAGE_SIZE, counts, viewer.access());
    }

    /** The sources and indicator codes to offer as filters (no logging: no personal data). */
    public List<String> sources() {
        return records.sources(viewerWithoutLog().scope());
    }

    public List<String> indicatorCodes() {
        return records.indicatorCodes(viewerWithoutLog().scope());
    }

    private Viewer viewerWithoutLog() {
        Actor actor = CurrentActor.require();
        Access access = accessOf(actor).orElseThrow(() -> new AccessDeniedException("No access to ads"));
        return new Viewer(access, new Scope(actor.scope().municipalityValues(), access == Access.FULL));
    }

    /** The indicator's label in the language, from the catalogue (the code when it has none). */
    public String indicatorLabel(String code, Locale locale) {
        var indicator = catalog.indicators().get(code);
        if (indicator == null) {
            return code;
        }
        return Optional.ofNullable(indicator.labels().get(locale.getLanguage()))
                .or(() -> Optional.ofNullable(indicator.labels().get("nl"))).orElse(code);
    }

    // ---------------------------------------------------------------- one ad

    /** The ad page: its latest snapshot, or {@code snapshotId} when given (one of the ad's own). */
    public AdDetail ad(UUID adId, UUID snapshotId, Locale locale) {
        Viewer viewer = viewer(Action.VIEW, "ad", adId, false);
        AdRecord ad = records.ad(adId, viewer.scope()).orElseThrow(() -> notFound("ad", adId));
        var history = records.history(adId);
        UUID shownId = snapshotId == null ? ad.latestSnapshot() : snapshotId;
        SnapshotRecord s = records.snapshot(adId, shownId).orElseThrow(() -> notFound("ad", adId));
        var entities = records.entities(s.id());
        List<Entity> shownEntities = entities.stream().map(e -> new Entity(e.kind(),
                viewer.full() ? e.value() : IdentifierMask.limited(e.kind(), e.value()),
                viewer.full() ? e.start() : null, viewer.full() ? e.end() : null, e.municipality(), e.start() != null))
                .toList();
        List<Indicator> indicators = records.indicators(s.id()).stream().map(i -> new Indicator(i.code(),
                indicatorLabel(i.code(), locale), i.weight(), i.language(), viewer.full() ? i.start() : null,
                viewer.full() ? i.end() : null,
                viewer.full() && i.start() != null && i.end() <= s.fullText().length()
                        ? s.fullText().substring(i.start(), i.end()) : null)).toList();
        Snapshot shown = new Snapshot(s.id(), s.capturedAt(), s.importedAt(), s.contentHash(),
                viewer.full() ? s.url() : null, viewer.full() ? s.fullText() : null, viewer.full() ? s.location() : null,
                viewer.full() ? s.postcode() : null, s.claimedAge(), s.municipality(), s.licence(), s.riskScore(),
                shownEntities, indicators, viewer.full() ? s.images() : List.of());
        List<String> numbers = entities.stream().filter(e -> e.kind().equals("LICENCE_NUMBER")).map(e -> e.value())
                .distinct().toList();
        MunicipalityCode other = entities.stream()
                .filter(e -> e.kind().equals("LICENCE_NUMBER") && e.municipality() != null
                        && s.municipality() != null && !e.municipality().equals(s.municipality()))
                .map(e -> e.municipality()).findFirst().orElse(null);
        LicenceReason reason = new LicenceReason(s.licence(), numbers, other);
        int clusterSize = ad.clusterId() == null ? 0 : records.groupSize("cluster_id", ad.clusterId());
        int networkSize = ad.networkId() == null ? 0 : records.groupSize("network_id", ad.networkId());
        recorder.allowed(Action.VIEW, "ad", adId, null, PURPOSE);
        return new AdDetail(ad.id(), ad.source(), ad.sourceAdId(), ad.firstSeen(), ad.lastSeen(), ad.municipality(),
                ad.licence(), reason, ad.riskScore(), viewer.full() ? ad.clusterId() : null, clusterSize,
                viewer.full() ? ad.networkId() : null, networkSize, history, shown, viewer.access());
    }

    // ---------------------------------------------------------------- clusters

    /** The id a cluster lives on under: itself, or the older cluster that absorbed it. */
    public UUID currentCluster(UUID id) {
        return current("cluster", id);
    }

    public UUID currentNetwork(UUID id) {
        return current("network", id);
    }

    private UUID current(String table, UUID id) {
        if (CurrentActor.get().flatMap(AdBrowsing::accessOf).orElse(null) != Access.FULL) {
            return id; // the page itself refuses and logs; a redirect would tell that the id exists
        }
        UUID at = id;
        for (int hops = 0; hops < 20; hops++) {
            var group = records.group(table, at);
            if (group.isEmpty() || group.get().mergedInto() == null) {
                return at;
            }
            at = group.get().mergedInto();
        }
        return at;
    }

    /** The cluster page: its template built from the members the actor may see, its members and timeline. */
    public ClusterView cluster(UUID id) {
        Viewer viewer = viewer(Action.VIEW, "ad-cluster", id, true);
        var group = records.group("cluster", id).orElseThrow(() -> notFound("ad-cluster", id));
        int visible = records.visibleCount("cluster_id", id, viewer.scope());
        if (visible == 0) {
            throw notFound("ad-cluster", id);
        }
        int size = records.groupSize("cluster_id", id);
        List<String> texts = records.latestTexts("cluster_id", id, viewer.scope(), TEMPLATE_MEMBERS);
        Template template = new TemplateBuilder().build(texts);
        List<TemplatePart> parts = parts(template);
        List<SlotValues> slots = template.slots().stream().map(slot -> new SlotValues(slot.index(),
                slot.values().stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                        Collectors.counting())).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                        .map(e -> Map.entry(e.getKey(), e.getValue())).toList(), major(slot))).toList();
        List<Member> members = records.members("cluster_id", id, viewer.scope(), MEMBER_LIMIT);
        List<Sighting> timeline = records.sightings("cluster_id", id, viewer.scope(), TIMELINE_LIMIT);
        // text edges tie every member of a cluster into one network
        UUID network = records.ad(members.getFirst().id(), viewer.scope()).map(AdRecord::networkId).orElse(null);
        recorder.allowed(Action.VIEW, "ad-cluster", id, null, PURPOSE);
        return new ClusterView(id, group.createdAt(), size, visible, parts, slots, texts.size(), members, timeline,
                network);
    }

    /** Two or more different non-empty values: something members fill in, not a word some leave out. */
    static boolean major(Template.Slot slot) {
        return slot.values().stream().filter(v -> !v.isBlank()).distinct().limit(2).count() >= 2;
    }

    /** The template as pieces to render, with the spaces between them as {@link Template#outline()} puts them. */
    static List<TemplatePart> parts(Template template) {
        List<TemplatePart> parts = new ArrayList<>();
        boolean first = true;
        for (Template.Part part : template.parts()) {
            boolean slot = part instanceof Template.Slot;
            String piece = part instanceof Template.Common c ? c.text()
                    : ((Template.Slot) part).values().get(template.representative());
            boolean space = !first && (slot || !piece.isEmpty() && Character.isLetterOrDigit(piece.codePointAt(0)));
            if (space) {
                parts.add(new TemplatePart(" ", 0, false));
            }
            parts.add(new TemplatePart(slot && piece.isEmpty() ? "…" : piece, slot ? ((Template.Slot) part).index() : 0,
                    slot && major((Template.Slot) part)));
            first = false;
        }
        return parts;
    }

    // ---------------------------------------------------------------- networks

    /** The network page: members, the links that tie them (masked), where it was over time. */
    public NetworkView network(UUID id) {
        Viewer viewer = viewer(Action.VIEW, "ad-network", id, true);
        var group = records.group("network", id).orElseThrow(() -> notFound("ad-network", id));
        int visible = records.visibleCount("network_id", id, viewer.scope());
        if (visible == 0) {
            throw notFound("ad-network", id);
        }
        int size = records.groupSize("network_id", id);
        List<Member> members = records.members("network_id", id, viewer.scope(), MEMBER_LIMIT);
        List<Link> links = new ArrayList<>();
        records.sharedIdentifiers(id, viewer.scope(), 100)
                .forEach(v -> links.add(new Link(v.kind(), IdentifierMask.mask(v.kind(), v.value()), v.ads(), null)));
        records.sharedImages(id, viewer.scope(), 50)
                .forEach(v -> links.add(new Link("IMAGE", IdentifierMask.image(v.value()), v.ads(), null)));
        SimilarImages.groups(records.images(id, viewer.scope(), 2_000), NetworkSettings.DEFAULT)
                .forEach(g -> links.add(new Link("SIMILAR_IMAGE", IdentifierMask.image(g.sha256()), g.ads(), null)));
        records.sharedClusters(id, viewer.scope())
                .forEach(c -> links.add(new Link("TEXT", null, c.getValue(), c.getKey())));
        links.sort(Comparator.comparingLong(Link::ads).reversed());

        List<Sighting> sightings = records.sightings("network_id", id, viewer.scope(), 20_000);
        List<Observation> observations = new ArrayList<>();
        List<UUID> items = new ArrayList<>();
        int outside = 0;
        Map<MunicipalityCode, Set<UUID>> adSets = new LinkedHashMap<>();
        Map<MunicipalityCode, Instant[]> spans = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            if (s.municipality() == null) {
                outside++;
                continue;
            }
            observations.add(new Observation(items.size(), s.at(), s.municipality()));
            items.add(s.adId());
            adSets.computeIfAbsent(s.municipality(), m -> new java.util.HashSet<>()).add(s.adId());
            Instant[] span = spans.computeIfAbsent(s.municipality(), m -> new Instant[] {s.at(), s.at()});
            span[1] = s.at();
        }
        Mobility.Report report = Mobility.analyse("network:" + id, observations);
        List<Stay> stays = report.timeline().stream()
                .map(st -> new Stay(st.municipality(), st.from(), st.until(), st.ads())).toList();
        List<Move> moves = report.events().stream().map(e -> switch (e) {
            case MobilityEvent.NewInTown n -> new Move("NEW_IN_TOWN", null, n.municipality(), n.at(), items.get(n.item()));
            case MobilityEvent.Moved m -> new Move("MOVED", m.from(), m.to(), m.at(), items.get(m.item()));
        }).toList();
        List<Presence> presence = spans.entrySet().stream().map(e -> new Presence(e.getKey(),
                adSets.get(e.getKey()).size(), e.getValue()[0], e.getValue()[1])).toList();
        recorder.allowed(Action.VIEW, "ad-network", id, null, PURPOSE);
        return new NetworkView(id, group.createdAt(), size, visible, members, links, stays, moves, presence, outside);
    }
}

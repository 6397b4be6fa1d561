package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.InvalidRulebook;
import frl.ienline.rulebook.RecordedVersion;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookDiff;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.RulebookVersions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link Rulebook} of the running application. At start it validates the bundled version files,
 * records new ones in the database and refuses to start when a bundled file differs from the version
 * recorded under its id: a published version never changes. Versions the database has but the files no
 * longer have stay available when they were ever active, so old decisions keep their rules.
 */
@Component
class VersionedRulebook implements Rulebook, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(VersionedRulebook.class);

    /** A known version with its stored form. */
    private record Known(RulebookVersion version, String canonicalJson, boolean bundled) {
    }

    private final RecordedVersions store;
    private final Clock clock;
    private final String location;
    private final Set<String> activated = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Known> known = Map.of();
    private volatile RulebookVersions timeline;

    VersionedRulebook(RecordedVersions store, Clock clock,
            @Value("${ienline.rulebook.versions:" + RulebookSources.BUNDLED + "}") String location) {
        this.store = store;
        this.clock = clock;
        this.location = location;
    }

    @Override
    public void afterPropertiesSet() {
        List<RulebookSources.Source> bundled = RulebookSources.load(location);
        Map<String, RecordedVersions.Row> recorded = store.all().stream()
                .collect(Collectors.toMap(RecordedVersions.Row::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        List<String> refusals = new ArrayList<>();
        Map<String, Known> versions = new LinkedHashMap<>();
        for (RulebookSources.Source source : bundled) {
            String id = source.version().id();
            RecordedVersions.Row row = recorded.get(id);
            if (row != null && !row.contentSha256().equals(source.sha256())) {
                refusals.add("Rulebook version " + id + " in " + source.name() + " differs from the version " + id
                        + " recorded in the database at " + row.recordedAt() + " (content hash " + shortHash(source.sha256())
                        + " in the file, " + shortHash(row.contentSha256()) + " recorded). A published rulebook version"
                        + " never changes: undo the change to " + source.name() + " and put the new rules in a new"
                        + " version file with its own id and effective date (for example " + nextId(id) + ".yaml).");
                continue;
            }
            Optional<RecordedVersions.Row> sameDate = recorded.values().stream()
                    .filter(r -> !r.id().equals(id) && r.effectiveFrom().equals(source.version().effectiveFrom()))
                    .findFirst();
            if (sameDate.isPresent()) {
                refusals.add("Rulebook version " + id + " in " + source.name() + " takes effect on "
                        + source.version().effectiveFrom() + ", the same day as version " + sameDate.get().id()
                        + " recorded in the database. Give it another effective date.");
                continue;
            }
            if (row == null && store.insertIfAbsent(source, clock.instant())) {
                log.info("Recorded rulebook version {} ({}), effective from {}", id, source.name(),
                        source.version().effectiveFrom());
                if (!recorded.isEmpty() && source.version().effectiveFrom().isBefore(LocalDate.now(clock))) {
                    log.warn("Rulebook version {} takes effect retroactively ({}); decisions made since then keep the"
                            + " version they recorded", id, source.version().effectiveFrom());
                }
            }
            versions.put(id, new Known(source.version(), source.canonicalJson(), true));
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(String.join("\n", refusals));
        }
        for (RecordedVersions.Row row : recorded.values()) {
            if (versions.containsKey(row.id())) {
                continue;
            }
            if (row.firstActivatedAt() == null) {
                log.warn("Rulebook version {} is recorded but no longer shipped and was never active; it is ignored",
                        row.id());
                continue;
            }
            try {
                var source = RulebookSources.parseJson(row.sourceName() + " (database)", row.content());
                versions.put(row.id(), new Known(source.version(), row.content(), false));
                log.warn("Rulebook version {} is no longer shipped; it stays in effect from the database", row.id());
            } catch (InvalidRulebook e) {
                log.warn("Recorded rulebook version {} can no longer be read and is left out: {}", row.id(),
                        e.getMessage());
            }
        }
        this.known = Map.copyOf(versions);
        this.timeline = new RulebookVersions(versions.values().stream().map(Known::version).toList());
        LocalDate today = LocalDate.now(clock);
        timeline.activeOn(today).ifPresentOrElse(v -> markActivated(v.id()),
                () -> log.warn("No rulebook version is in effect today ({}); the first takes effect on {}", today,
                        timeline.all().getFirst().effectiveFrom()));
    }

    @Override
    public RulebookVersion active() {
        RulebookVersion version = activeOn(LocalDate.now(clock));
        markActivated(version.id());
        return version;
    }

    @Override
    public RulebookVersion activeOn(LocalDate date) {
        return timeline.activeOn(date).orElseThrow(() -> new IllegalArgumentException("No rulebook version is in"
                + " effect on " + date + "; the first takes effect on " + timeline.all().getFirst().effectiveFrom()));
    }

    @Override
    public Optional<RulebookVersion> version(String id) {
        return Optional.ofNullable(known.get(id)).map(Known::version);
    }

    @Override
    public List<RulebookVersion> versions() {
        return timeline.all();
    }

    @Override
    public List<RecordedVersion> history() {
        return store.all().stream().map(row -> new RecordedVersion(row.id(), row.effectiveFrom(), row.contentSha256(),
                row.sourceName(), row.recordedAt(), row.firstActivatedAt(),
                known.containsKey(row.id()) && known.get(row.id()).bundled())).toList();
    }

    @Override
    public RulebookDiff diff(String fromId, String toId) {
        Known from = require(fromId);
        Known to = require(toId);
        return new VersionDiffer(LocaleContextHolder.getLocale()).diff(fromId, RulebookSources.tree(from.canonicalJson()),
                toId, RulebookSources.tree(to.canonicalJson()));
    }

    private Known require(String id) {
        Known version = id == null ? null : known.get(id);
        if (version == null) {
            throw new IllegalArgumentException("Unknown rulebook version: " + id);
        }
        return version;
    }

    private void markActivated(String id) {
        if (activated.add(id)) {
            store.markActivated(id, clock.instant());
        }
    }

    private static String shortHash(String sha256) {
        return sha256.substring(0, 12) + "…";
    }

    private static String nextId(String id) {
        String[] parts = id.split("\\.");
        return parts[0] + "." + (Integer.parseInt(parts[1]) + 1);
    }
}

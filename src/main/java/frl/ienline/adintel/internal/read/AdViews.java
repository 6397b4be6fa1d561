package frl.ienline.adintel.internal.read;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What the analyst's and inspector's screens show, as plain records (read side only). */
public final class AdViews {

    private AdViews() {
    }

    /** How much of an ad a viewer sees: everything, or no text and masked identifiers. */
    public enum Access { FULL, LIMITED }

    /** The {@code municipality} filter value for ads outside Fryslân or in an unknown place. */
    public static final String OUTSIDE = "BUITEN";

    /**
     * The filters of the ad list; every field is optional.
     *
     * @param municipality a municipality code or {@link #OUTSIDE}
     * @param indicators   ads showing any of these indicator codes
     * @param from         seen on or after this day
     * @param to           seen on or before this day
     */
    public record AdFilter(String municipality, AdLicenceCheck licence, List<String> indicators, String source,
            LocalDate from, LocalDate to) {
        public AdFilter {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("The period ends before it starts");
            }
        }

        public static AdFilter none() {
            return new AdFilter(null, null, List.of(), null, null, null);
        }
    }

    /** One ad in the list; {@code title} is null for a limited viewer. */
    public record AdRow(UUID id, String source, String title, MunicipalityCode municipality, AdLicenceCheck licence,
            int riskScore, List<String> indicators, Instant firstSeen, Instant lastSeen, int snapshots, UUID clusterId,
            UUID networkId) {
        public AdRow {
            indicators = List.copyOf(indicators);
        }
    }

    /** One page of the list, with the total and the counts per licence status under the same filters. */
    public record AdPage(List<AdRow> rows, long total, int page, int pageSize, Map<AdLicenceCheck, Long> perLicence,
            Access access) {
        public AdPage {
            rows = List.copyOf(rows);
            perLicence = Map.copyOf(perLicence);
        }

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }

        public long first() {
            return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
        }

        public long last() {
            return Math.min(total, (long) page * pageSize);
        }

        public long count(AdLicenceCheck check) {
            return perLicence.getOrDefault(check, 0L);
        }
    }

    /** A snapshot in an ad's history. */
    public record SnapshotRef(UUID id, Instant capturedAt, Instant importedAt, String contentHash, AdLicenceCheck licence) {
    }

    /**
     * A value found in the snapshot. {@code shown} is the value as this viewer may see it (masked for a limited
     * viewer); {@code start}/{@code end} are null when the value came from a structured field or the viewer may
     * not see the text; {@code inText} says where it was found either way.
     */
    public record Entity(String kind, String shown, Integer start, Integer end, MunicipalityCode municipality,
            boolean inText) {
    }

    /** A red-flag indicator and the text that triggered it ({@code null} without span or for a limited viewer). */
    public record Indicator(String code, String label, int weight, String language, Integer start, Integer end,
            String trigger) {
    }

    /** One image of a snapshot (hashes only; ienline never stores the pictures). */
    public record Image(String sha256, String dhash) {
    }

    /** The snapshot shown on the ad page. {@code fullText} is null for a limited viewer. */
    public record Snapshot(UUID id, Instant capturedAt, Instant importedAt, String contentHash, String url,
            String fullText, String location, String postcode, Integer claimedAge, MunicipalityCode municipality,
            AdLicenceCheck licence, int riskScore, List<Entity> entities, List<Indicator> indicators, List<Image> images) {
        public Snapshot {
            entities = List.copyOf(entities);
            indicators = List.copyOf(indicators);
            images = List.copyOf(images);
        }

        public List<Entity> entitiesOf(String kind) {
            return entities.stream().filter(e -> e.kind().equals(kind)).toList();
        }
    }

    /**
     * Why the ad has its licence status. {@code otherMunicipality} is set when the licence number belongs to
     * another municipality than the ad.
     */
    public record LicenceReason(AdLicenceCheck check, List<String> numbers, MunicipalityCode otherMunicipality) {
        public LicenceReason {
            Objects.requireNonNull(check, "check");
            numbers = List.copyOf(numbers);
        }

        /** The message key of the reason: {@code adintel.reason.LICENCE_MISMATCH.municipality} … */
        public String messageKey() {
            if (check == AdLicenceCheck.LICENCE_MISMATCH) {
                return "adintel.reason.LICENCE_MISMATCH." + (otherMunicipality != null ? "municipality" : "phone");
            }
            return "adintel.reason." + check.name();
        }
    }

    /** The ad page. */
    public record AdDetail(UUID id, String source, String sourceAdId, Instant firstSeen, Instant lastSeen,
            MunicipalityCode municipality, AdLicenceCheck licence, LicenceReason reason, int riskScore, UUID clusterId,
            int clusterSize, UUID networkId, int networkSize, List<SnapshotRef> history, Snapshot shown, Access access) {
        public AdDetail {
            history = List.copyOf(history);
        }

        public boolean latestShown() {
            return !history.isEmpty() && history.getFirst().id().equals(shown.id());
        }
    }

    /** An ad in a cluster or network, as a table row. */
    public record Member(UUID id, String source, String title, MunicipalityCode municipality, AdLicenceCheck licence,
            Instant firstSeen, Instant lastSeen, UUID clusterId) {
    }

    /** A capture in a timeline. */
    public record Sighting(Instant at, UUID adId, String source, MunicipalityCode municipality) {
    }

    /**
     * A slot of a cluster's template: its number and what the members put there, with how many use each.
     * {@code major} when at least two members put different non-empty text there (a name, an age, a town, a
     * number); a minor slot is a word some members leave out or misspell.
     */
    public record SlotValues(int index, List<Map.Entry<String, Long>> values, boolean major) {
        public SlotValues {
            values = List.copyOf(values);
        }
    }

    /** The cluster page. {@code parts} alternate common text and slots (see {@link TemplatePart}). */
    public record ClusterView(UUID id, Instant createdAt, int size, int visible, List<TemplatePart> parts,
            List<SlotValues> slots, int templateMembers, List<Member> members, List<Sighting> timeline, UUID networkId) {
        public ClusterView {
            parts = List.copyOf(parts);
            slots = java.util.Objects.requireNonNull(slots);
            slots = List.copyOf(slots);
            members = List.copyOf(members);
            timeline = List.copyOf(timeline);
        }

        public int hidden() {
            return size - visible;
        }

        public List<SlotValues> majorSlots() {
            return slots.stream().filter(SlotValues::major).toList();
        }

        public List<SlotValues> minorSlots() {
            return slots.stream().filter(s -> !s.major()).toList();
        }
    }

    /**
     * A piece of a template: common text ({@code slot == 0}) or slot {@code slot} with the representative's value;
     * {@code major} as in {@link SlotValues}.
     */
    public record TemplatePart(String text, int slot, boolean major) {
        public boolean isSlot() {
            return slot > 0;
        }

        public String cssClass() {
            return major ? "hl hl--slot" : "hl hl--slot hl--slot-minor";
        }
    }

    /** What ties ads of a network: the kind, the value masked, and how many of its ads share it. */
    public record Link(String kind, String shown, long ads, UUID clusterId) {
    }

    /** A stay of the network in a municipality. */
    public record Stay(MunicipalityCode municipality, Instant from, Instant until, int ads) {
    }

    /** A mobility event: first appearance in a municipality, or a move. */
    public record Move(String kind, MunicipalityCode from, MunicipalityCode to, Instant at, UUID adId) {
    }

    /** Ads per municipality, in order of first appearance. */
    public record Presence(MunicipalityCode municipality, int ads, Instant first, Instant last) {
    }

    /** The network page. */
    public record NetworkView(UUID id, Instant createdAt, int size, int visible, List<Member> members, List<Link> links,
            List<Stay> stays, List<Move> moves, List<Presence> presence, int outsideFryslan) {
        public NetworkView {
            members = List.copyOf(members);
            links = List.copyOf(links);
            stays = List.copyOf(stays);
            moves = List.copyOf(moves);
            presence = List.copyOf(presence);
        }

        public int hidden() {
            return size - visible;
        }

        /** How many times the network moved to another municipality. */
        public long moveCount() {
            return moves.stream().filter(m -> m.kind().equals("MOVED")).count();
        }
    }
}

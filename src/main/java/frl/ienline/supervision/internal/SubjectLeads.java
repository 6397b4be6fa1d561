package frl.ienline.supervision.internal;

import frl.ienline.supervision.SupervisionFact;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One lead per subject: new or changed ads join the lead of their subject (the lead they are already evidence of,
 * else the subject's open lead) and re-score it from all its evidence; a subject without an open lead gets one
 * when its ads are worth it. Set-based: a handful of statements for a whole batch, whatever its size. Leads
 * outside the mandate are routed to their municipality; every lead linked to an intervened case is checked for
 * displacement.
 */
@Component
class SubjectLeads {

    /** An ad as evidence about a subject. */
    record Sighting(LeadSubject subject, LeadEvidence ad) {
    }

    /** What one batch did to the worklist. */
    record Outcome(int created, int refreshed, int routed, int alerts) {

        Outcome plus(Outcome other) {
            return new Outcome(created + other.created, refreshed + other.refreshed, routed + other.routed,
                    alerts + other.alerts);
        }
    }

    private final LeadStore leads;
    private final CaseStore cases;
    private final Displacements displacements;
    private final MunicipalityNotifications notifications;
    private final Mandate mandate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectLeads(LeadStore leads, CaseStore cases, Displacements displacements,
            MunicipalityNotifications notifications, SupervisionAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.leads = leads;
        this.cases = cases;
        this.displacements = displacements;
        this.notifications = notifications;
        this.mandate = access.mandate();
        this.events = events;
        this.clock = clock;
    }

    Outcome apply(List<Sighting> sightings) {
        if (sightings.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        // Two imports (or an import and a register change) at once must not both make the open lead of one subject:
        // subject-lead writes take turns, on every node, until their transaction ends.
        leads.lockSubjectLeads();
        Instant now = clock.instant();
        Set<String> adIds = new HashSet<>();
        Set<LeadSubject> subjects = new HashSet<>();
        sightings.forEach(s -> {
            adIds.add(s.ad().adId());
            subjects.add(s.subject());
        });
        Map<String, UUID> leadOfAd = leads.leadIdsByAd(adIds);
        Map<LeadSubject, UUID> openLead = leads.openLeadsOf(subjects);

        Map<UUID, Map<String, LeadEvidence>> toExisting = new LinkedHashMap<>();
        Map<LeadSubject, Map<String, LeadEvidence>> toNew = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            UUID lead = leadOfAd.getOrDefault(s.ad().adId(), openLead.get(s.subject()));
            Map<String, LeadEvidence> target = lead != null ? toExisting.computeIfAbsent(lead, k -> new LinkedHashMap<>())
                    : toNew.computeIfAbsent(s.subject(), k -> new LinkedHashMap<>());
            target.merge(s.ad().adId(), s.ad(), SubjectLeads::later);
        }

        Map<UUID, List<LeadEvidence>> stored = leads.evidenceOf(toExisting.keySet());
        Map<UUID, LeadSubject> subjectOf = leads.subjectsOf(toExisting.keySet());
        Map<UUID, Collection<LeadEvidence>> merged = new LinkedHashMap<>();
        toExisting.forEach((lead, fresh) -> {
            Map<String, LeadEvidence> all = new LinkedHashMap<>();
            stored.getOrDefault(lead, List.of()).forEach(ad -> all.put(ad.adId(), ad));
            fresh.values().forEach(ad -> all.merge(ad.adId(), ad, SubjectLeads::later));
            merged.put(lead, all.values());
        });

        Set<String> networks = new HashSet<>();
        Set<String> identifiers = new HashSet<>();
        merged.values().forEach(ads -> collect(ads, networks, identifiers));
        toNew.values().forEach(ads -> collect(ads.values(), networks, identifiers));
        CaseLinks links = cases.intervenedLinks(networks, identifiers);

        List<LeadStore.Summary> refreshed = new ArrayList<>();
        List<Displacements.LeadLinks> toCheck = new ArrayList<>();
        merged.forEach((lead, ads) -> {
            LeadSubject subject = subjectOf.get(lead);
            List<CaseLinks.Link> linked = linksOf(links, ads);
            LeadStore.Summary summary = LeadStore.Summary.of(lead, subject, ads,
                    SubjectScore.of(ads, subject.kind() == LeadSubject.Kind.NETWORK, !linked.isEmpty(), now));
            refreshed.add(summary);
            if (!linked.isEmpty()) {
                toCheck.add(new Displacements.LeadLinks(lead, summary.municipality(), linked));
            }
        });
        List<LeadStore.Summary> created = new ArrayList<>();
        Map<UUID, List<LeadEvidence>> evidence = new LinkedHashMap<>();
        toExisting.forEach((lead, fresh) -> evidence.put(lead, List.copyOf(fresh.values())));
        toNew.forEach((subject, fresh) -> {
            Collection<LeadEvidence> ads = fresh.values();
            List<CaseLinks.Link> linked = linksOf(links, ads);
            LeadScore score = SubjectScore.of(ads, subject.kind() == LeadSubject.Kind.NETWORK, !linked.isEmpty(), now);
            if (SubjectScore.worthALead(ads, score)) {
                UUID lead = UUID.randomUUID();
                LeadStore.Summary summary = LeadStore.Summary.of(lead, subject, ads, score);
                created.add(summary);
                evidence.put(lead, List.copyOf(ads));
                if (!linked.isEmpty()) {
                    toCheck.add(new Displacements.LeadLinks(lead, summary.municipality(), linked));
                }
            }
        });
        leads.insertAdLeads(created, now);
        leads.upsertEvidence(evidence);
        leads.updateSummaries(refreshed, now);

        Set<MunicipalityCode> covered = mandate.participantsOn(LocalDate.now(clock));
        List<MunicipalityNotifications.Notice> routed = created.stream()
                .filter(lead -> !covered.contains(lead.municipality()))
                .map(lead -> new MunicipalityNotifications.Notice(lead.municipality(), lead.id())).toList();
        notifications.notifyAll(MunicipalityNotifications.LEAD_OUTSIDE_MANDATE, routed);
        created.forEach(lead -> events.publishEvent(new SupervisionFact.LeadRaised(lead.id(), lead.municipality(),
                LeadSource.AD.name(), now)));
        int alerts = displacements.checkLeads(toCheck);
        return new Outcome(created.size(), refreshed.size(), routed.size(), alerts);
    }

    /**
     * Two sightings of one ad: the later one, remembering that it was ever new in town, when it was first seen, and
     * the register's word for its licence while it is still not licensed.
     */
    private static LeadEvidence later(LeadEvidence a, LeadEvidence b) {
        LeadEvidence newer = b.lastSeenAt().isBefore(a.lastSeenAt()) ? a : b;
        LeadEvidence older = newer == a ? b : a;
        String status = newer.licenceStatus() != null ? newer.licenceStatus()
                : newer.licenceCheck() == frl.ienline.adintel.AdLicenceCheck.LICENSED ? null : older.licenceStatus();
        return new LeadEvidence(newer.adId(), newer.municipality(), newer.networkId(), newer.licenceCheck(),
                status, newer.indicatorCodes(), newer.identifierIndexes(),
                a.newInTown() || b.newInTown(),
                older.firstSeenAt().isBefore(newer.firstSeenAt()) ? older.firstSeenAt() : newer.firstSeenAt(),
                newer.lastSeenAt());
    }

    private static void collect(Collection<LeadEvidence> ads, Set<String> networks, Set<String> identifiers) {
        for (LeadEvidence ad : ads) {
            if (ad.networkId() != null) {
                networks.add(ad.networkId());
            }
            identifiers.addAll(ad.identifierIndexes());
        }
    }

    /** The intervened cases a lead's ads are linked to, each case and match kind once. */
    private static List<CaseLinks.Link> linksOf(CaseLinks links, Collection<LeadEvidence> ads) {
        Set<CaseLinks.Link> linked = new java.util.LinkedHashSet<>();
        ads.forEach(ad -> linked.addAll(links.of(ad.networkId(), ad.identifierIndexes())));
        return List.copyOf(linked);
    }
}

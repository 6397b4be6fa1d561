package frl.ienline.reporting.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an ad import counts for: each ad once, when reporting first sees it (by its licence status at that
 * moment, with its red-flag indicators), each network and text cluster once, and a move whenever a network
 * turns up in a municipality for the first time after it was seen in another one. Later snapshots of a known
 * ad count for nothing. Imports are taken one at a time (a transaction-scoped lock), so two concurrent imports
 * cannot count the same ad twice.
 */
@Component
public class AdFacts {

    private final JdbcClient jdbc;
    private final Journal journal;
    private final Translation translation;

    AdFacts(JdbcClient jdbc, Journal journal, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.translation = new Translation(clock.getZone());
    }

    /** Counts the sightings of one import (or of the demo history); returns how many facts were new. */
    @Transactional
    public int record(List<AdSighting> sightings, boolean demo) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('reporting.ads'))").query(Object.class).list();
        Map<String, AdSighting> firstOfAd = new LinkedHashMap<>();
        sightings.stream().filter(s -> s.municipality() != null && s.licenceCheck() != AdLicenceCheck.OUTSIDE_FRYSLAN)
                .sorted(Comparator.comparing(AdSighting::capturedAt))
                .forEach(s -> firstOfAd.putIfAbsent(s.adId(), s));
        Set<String> knownAds = known(Measure.ADS_NEW, firstOfAd.keySet().stream().map(AdFacts::adKey).toList());
        Set<String> knownClusters = known(Measure.CLUSTERS_NEW, firstOfAd.values().stream()
                .filter(s -> s.clusterId() != null).map(s -> clusterKey(s.clusterId())).toList());
        Set<String> counted = new HashSet<>();
        List<Fact> facts = new ArrayList<>();
        for (AdSighting ad : firstOfAd.values()) {
            LocalDate day = translation.day(ad.capturedAt());
            String k = adKey(ad.adId());
            if (!knownAds.contains(k)) {
                facts.add(Fact.of(k, day, ad.municipality(), Measure.ADS_NEW, ad.licenceCheck().name()));
                ad.indicatorCodes().stream().distinct()
                        .forEach(i -> facts.add(Fact.of(k, day, ad.municipality(), Measure.AD_INDICATORS, i)));
            }
            if (ad.clusterId() != null) {
                String ck = clusterKey(ad.clusterId());
                if (!knownClusters.contains(ck) && counted.add(ck)) {
                    facts.add(Fact.of(ck, day, ad.municipality(), Measure.CLUSTERS_NEW, ""));
                }
            }
            if (ad.networkId() != null) {
                String nk = Fact.key("Network", ad.networkId());
                Journal.Presence presence = journal.networkSeen(nk, ad.municipality().value(), day);
                if (presence.newNetwork()) {
                    facts.add(Fact.of(nk, day, ad.municipality(), Measure.NETWORKS_NEW, ""));
                }
                presence.movedFrom().ifPresent(from -> facts.add(Fact.of(Fact.key("NetworkMove", ad.networkId()
                        + ":" + ad.municipality().value()), day, ad.municipality(), Measure.NETWORK_MOVES, from)));
            }
        }
        return journal.record(facts, demo);
    }

    private Set<String> known(Measure measure, List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT event_key FROM reporting.fact WHERE event_key = ANY(:k)"
                        + " AND measure = :m")
                .param("k", keys.toArray(String[]::new)).param("m", measure.code()).query(String.class).list());
    }

    private static String adKey(String adId) {
        return Fact.key("Ad", adId);
    }

    private static String clusterKey(String clusterId) {
        return Fact.key("Cluster", clusterId);
    }
}

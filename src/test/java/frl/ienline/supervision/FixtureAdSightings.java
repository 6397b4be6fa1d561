package frl.ienline.supervision;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.shared.MunicipalityCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A plain in-memory {@link AdSightings} for tests, standing in for ad intelligence's import: tests record
 * the snapshots of an "import" and publish {@code AdsImported}; the listener asks this fixture.
 */
public class FixtureAdSightings implements AdSightings {

    private final Map<UUID, List<AdSighting>> imports = new ConcurrentHashMap<>();
    private final List<AdSighting> all = new CopyOnWriteArrayList<>();

    /** Records an import of these snapshots and answers its id. */
    public UUID recordImport(List<AdSighting> snapshots) {
        UUID id = UUID.randomUUID();
        imports.put(id, List.copyOf(snapshots));
        all.addAll(snapshots);
        return id;
    }

    /** An ad snapshot with a phone (given in E.164) as its only identifier. */
    public AdSighting ad(String adId, String municipality, AdLicenceCheck check, List<String> indicators,
            String networkId, String phoneE164, boolean newInTown) {
        return new AdSighting(adId, adId + "-" + UUID.randomUUID(), municipality == null ? null
                : MunicipalityCode.of(municipality), Instant.now(), check, indicators, networkId, null,
                phoneE164 == null ? Set.of() : Set.of(indexOfPhone(phoneE164)), newInTown);
    }

    @Override
    public List<AdSighting> ofImport(UUID importId) {
        return imports.getOrDefault(importId, List.of());
    }

    @Override
    public Optional<AdSighting> latest(String adId) {
        List<AdSighting> found = new ArrayList<>(all.stream().filter(a -> a.adId().equals(adId)).toList());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    @Override
    public List<AdSighting> sharing(String identifierIndex) {
        return all.stream().filter(a -> a.identifierIndexes().contains(identifierIndex)).toList();
    }

    @Override
    public List<AdSighting> ofNetwork(String networkId) {
        return all.stream().filter(a -> networkId.equals(a.networkId())).toList();
    }

    @Override
    public String indexOfPhone(String phoneE164) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("fixture-key|" + phoneE164).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the fixture the application's {@link AdSightings}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        FixtureAdSightings fixtureAdSightings() {
            return new FixtureAdSightings();
        }
    }
}

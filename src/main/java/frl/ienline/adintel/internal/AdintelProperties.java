package frl.ienline.adintel.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of ad intelligence ({@code ienline.adintel.*}).
 *
 * @param blindIndexKey base64 of at least 32 random bytes: the HMAC key of the identifier blind indexes
 *                      ({@code IENLINE_ADINTEL_BLIND_INDEX_KEY}); production refuses to start without one
 * @param demoAds       how many generated ads demo mode imports (0: none)
 * @param demoSeed      the generator seed of the demo ads
 * @param retentionDryRun when true the retention job only counts what it would delete
 */
@ConfigurationProperties("ienline.adintel")
public record AdintelProperties(String blindIndexKey, Integer demoAds, Long demoSeed, Boolean retentionDryRun) {

    public AdintelProperties {
        demoAds = demoAds == null ? 2000 : demoAds;
        demoSeed = demoSeed == null ? 20261128L : demoSeed;
        retentionDryRun = retentionDryRun != null && retentionDryRun;
    }
}

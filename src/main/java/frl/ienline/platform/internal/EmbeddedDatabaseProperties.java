package frl.ienline.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory folder that holds the PostgreSQL cluster, its credentials and the instance lock
 * @param ephemeral     delete the folder when the application stops (tests)
 * @param poolSize      largest number of connections of the application's pool
 */
@ConfigurationProperties("ienline.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral, Integer poolSize) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (poolSize == null || poolSize < 2) {
            poolSize = 20;
        }
    }
}

package frl.ienline.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory folder that holds the PostgreSQL cluster, its credentials and the instance lock
 * @param ephemeral     delete the folder when the application stops (tests)
 */
@ConfigurationProperties("ienline.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}

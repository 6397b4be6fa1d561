package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdTitles;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link AdTitles} over the ads' latest snapshots, in one query per page of ids. */
@Component
class JdbcAdTitles implements AdTitles {

    private final JdbcClient jdbc;

    JdbcAdTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> titlesOf(Collection<String> adIds) {
        UUID[] ids = adIds.stream().map(JdbcAdTitles::uuid).filter(java.util.Objects::nonNull).toArray(UUID[]::new);
        Map<String, String> titles = new HashMap<>();
        if (ids.length > 0) {
            jdbc.sql("""
                    SELECT a.id, s.title FROM adintel.ad a JOIN adintel.snapshot s ON s.id = a.latest_snapshot_id
                     WHERE a.id = ANY(?) AND s.title IS NOT NULL""").param(ids).query(rs -> {
                        titles.put(rs.getObject(1, UUID.class).toString(), rs.getString(2));
                    });
        }
        return titles;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package frl.ienline.rulebook.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions table of the rulebook schema: insert once, read, stamp the first activation. */
@Repository
class RecordedVersions {

    /** A row of {@code rulebook.versions}. */
    record Row(String id, LocalDate effectiveFrom, String content, String contentSha256, String sourceName,
            Instant recordedAt, Instant firstActivatedAt) {
    }

    private final JdbcClient jdbc;

    RecordedVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql("""
                        SELECT id, effective_from, content::text AS content, content_sha256, source_name, recorded_at,
                               first_activated_at
                          FROM rulebook.versions
                         ORDER BY effective_from""")
                .query((rs, n) -> new Row(rs.getString("id"), rs.getObject("effective_from", LocalDate.class),
                        rs.getString("content"), rs.getString("content_sha256"), rs.getString("source_name"),
                        instant(rs.getTimestamp("recorded_at")), instant(rs.getTimestamp("first_activated_at"))))
                .list();
    }

    /** Records a version unless a version with that id is already there; true when it was inserted. */
    boolean insertIfAbsent(RulebookSources.Source source, Instant now) {
        return jdbc.sql("""
                        INSERT INTO rulebook.versions (id, effective_from, content, content_sha256, source_name, recorded_at)
                        VALUES (:id, :effectiveFrom, CAST(:content AS jsonb), :sha256, :sourceName, :now)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", source.version().id())
                .param("effectiveFrom", source.version().effectiveFrom())
                .param("content", source.canonicalJson())
                .param("sha256", source.sha256())
                .param("sourceName", source.name())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Stamps the first activation of a version; a later call changes nothing. */
    void markActivated(String id, Instant now) {
        jdbc.sql("UPDATE rulebook.versions SET first_activated_at = :now WHERE id = :id AND first_activated_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

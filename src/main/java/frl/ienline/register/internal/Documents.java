package frl.ienline.register.internal;

import static frl.ienline.register.internal.Applications.timestamp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents of applications, in the database (ADR 0008): transactional with the file, backed up with it. */
@Repository
public class Documents {

    public record DocumentInfo(UUID id, DocumentKind kind, String fileName, String mediaType, int sizeBytes,
            UUID requestId, Instant addedAt, String addedBy) {
    }

    public record StoredDocument(DocumentInfo info, byte[] content) {
    }

    private final JdbcClient jdbc;

    private final RegisterKeys keys;

    Documents(JdbcClient jdbc, RegisterKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    public void insert(UUID id, UUID applicationId, DocumentKind kind, String fileName, String mediaType,
            byte[] content,
            UUID requestId, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO register.application_document (id, application_id, kind, file_name, media_type, size_bytes,
                    sha256, content, request_id, added_at, added_by)
                VALUES (:id, :application, :kind, :fileName, :mediaType, :size, :sha, :content, :request, :at, :by)""")
                .param("id", id).param("application", applicationId).param("kind", kind.name())
                .param("fileName", keys.encrypt(fileName, RegisterKeys.DOCUMENT_NAME, id)).param("mediaType", mediaType)
                .param("size", content.length).param("sha", sha256(content))
                .param("content", keys.encryptBytes(content, RegisterKeys.DOCUMENT_CONTENT, id)).param("request", requestId)
                .param("at", timestamp(at)).param("by", by).update();
    }

    public List<DocumentInfo> of(UUID applicationId) {
        return jdbc.sql("""
                SELECT id, kind, file_name, media_type, size_bytes, request_id, added_at, added_by
                FROM register.application_document WHERE application_id = :id ORDER BY added_at, id""")
                .param("id", applicationId).query((rs, n) -> info(rs)).list();
    }

    public Optional<StoredDocument> get(UUID applicationId, UUID documentId) {
        return jdbc.sql("""
                SELECT id, kind, file_name, media_type, size_bytes, request_id, added_at, added_by, content
                FROM register.application_document WHERE application_id = :application AND id = :id""")
                .param("application", applicationId).param("id", documentId)
                .query((rs, n) -> new StoredDocument(info(rs), keys.decryptBytes(rs.getBytes("content"),
                        RegisterKeys.DOCUMENT_CONTENT, rs.getObject("id", UUID.class))))
                .optional();
    }

    private DocumentInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new DocumentInfo(id, DocumentKind.valueOf(rs.getString("kind")),
                keys.decrypt(rs.getString("file_name"), RegisterKeys.DOCUMENT_NAME, id), rs.getString("media_type"),
                rs.getInt("size_bytes"), rs.getObject("request_id", UUID.class),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(), rs.getString("added_by"));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

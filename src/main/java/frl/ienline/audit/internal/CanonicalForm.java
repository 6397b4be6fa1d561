package frl.ienline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * The byte string an entry's hash is made over, version 1. Documented in
 * docs/adr/0005-access-log-hash-chain.md; changing anything here breaks every existing chain, so a new form
 * gets a new version number and the old one stays for entries written with it.
 *
 * <pre>
 * form   = "ienline-access-log/v1" LF 13*field
 * field  = name "=" ( "null" / length ":" value ) LF
 * length = decimal count of the UTF-8 bytes of value
 * </pre>
 *
 * Fields in this order: seq, id, occurred_at, actor_id, actor_name, actor_roles, actor_organisation, action,
 * object_type, object_id, subject_pseudonym, purpose, result. seq is decimal; ids are lowercase UUIDs;
 * occurred_at is UTC with exactly six fraction digits ({@code 2025-03-01T09:15:00.000000Z}), the precision
 * PostgreSQL keeps. The length prefix makes the form injective: no value can imitate a field boundary and
 * {@code null} differs from the empty string.
 */
public final class CanonicalForm {

    public static final int VERSION = 1;

    static final String HEADER = "ienline-access-log/v1\n";

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    public static String of(AccessLogEntry entry) {
        if (entry.format() != VERSION) {
            throw new IllegalArgumentException("Unknown canonical form version " + entry.format());
        }
        StringBuilder form = new StringBuilder(256).append(HEADER);
        field(form, "seq", Long.toString(entry.seq()));
        field(form, "id", uuid(entry.id()));
        field(form, "occurred_at", time(entry.occurredAt()));
        field(form, "actor_id", uuid(entry.actorId()));
        field(form, "actor_name", entry.actorName());
        field(form, "actor_roles", entry.actorRoles());
        field(form, "actor_organisation", entry.actorOrganisation());
        field(form, "action", entry.action());
        field(form, "object_type", entry.objectType());
        field(form, "object_id", entry.objectId());
        field(form, "subject_pseudonym", entry.subjectPseudonym());
        field(form, "purpose", entry.purpose());
        field(form, "result", entry.result());
        return form.toString();
    }

    /** Time at the precision PostgreSQL stores, so that what is hashed is what can be read back. */
    public static Instant storedPrecision(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(name).append('=');
        if (value == null) {
            form.append("null");
        } else {
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        form.append('\n');
    }

    private static String uuid(UUID id) {
        return id == null ? null : id.toString().toLowerCase(Locale.ROOT);
    }

    private static String time(Instant instant) {
        if (!storedPrecision(instant).equals(instant)) {
            throw new IllegalArgumentException("occurred_at must be at microsecond precision: " + instant);
        }
        return TIME.format(instant);
    }
}

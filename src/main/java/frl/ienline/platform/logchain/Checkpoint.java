package frl.ienline.platform.logchain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A signed statement "log L had entry N with MAC M at time T", made by the application and kept outside
 * the database (e-mailed to the privacy officer, downloaded from the log's page). Whoever later finds the
 * log ending before N, or entry N with another MAC, knows entries were cut off or rewritten after T.
 * The text form is what is handed out and read back:
 *
 * <pre>
 * ienline-checkpoint/v1
 * log=access-log
 * seq=1234
 * head=&lt;64 hex digits&gt;
 * created=2026-12-10T02:15:00.000000Z
 * key=&lt;base64 of the 32-byte Ed25519 public key&gt;
 * signature=&lt;base64 of the Ed25519 signature over the canonical text of the fields above&gt;
 * </pre>
 */
public record Checkpoint(String log, long seq, String head, Instant createdAt, String publicKey, String signature) {

    public static final String HEADER = "ienline-checkpoint/v1";
    private static final Pattern LOG = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> FIELDS = List.of("log", "seq", "head", "created", "key", "signature");

    public Checkpoint {
        if (log == null || !LOG.matcher(log).matches()) {
            throw new IllegalArgumentException("A checkpoint names its log in lowercase letters, digits and dashes");
        }
        if (seq < 0) {
            throw new IllegalArgumentException("A checkpoint's sequence number is 0 or more");
        }
        if (head == null || !HEX64.matcher(head).matches()) {
            throw new IllegalArgumentException("A checkpoint's head is 64 lowercase hex digits");
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("A checkpoint has a time");
        }
        createdAt = CanonicalText.storedPrecision(createdAt);
        requireBase64(publicKey, "key");
        requireBase64(signature, "signature");
    }

    /** The bytes the signature is made over: every field but the signature, in canonical text. */
    public byte[] signedBytes() {
        return signedBytes(log, seq, head, createdAt, publicKey);
    }

    static byte[] signedBytes(String log, long seq, String head, Instant createdAt, String publicKey) {
        return CanonicalText.header(HEADER).field("log", log).field("seq", seq).field("head", head)
                .field("created", CanonicalText.storedPrecision(createdAt)).field("key", publicKey).bytes();
    }

    /** The text handed out (ends with a line break). */
    public String text() {
        return HEADER + "\nlog=" + log + "\nseq=" + seq + "\nhead=" + head + "\ncreated="
                + CanonicalText.time(createdAt) + "\nkey=" + publicKey + "\nsignature=" + signature + "\n";
    }

    /** A file name for the download, e.g. {@code access-log-checkpoint-1234.txt}. */
    public String fileName() {
        return log + "-checkpoint-" + seq + ".txt";
    }

    /**
     * Reads the text form back.
     *
     * @throws IllegalArgumentException naming what is wrong when it is not a checkpoint
     */
    public static Checkpoint parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No checkpoint text");
        }
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new IllegalArgumentException("Not a checkpoint: the first line must be " + HEADER);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Not a checkpoint line: '" + abbreviate(line) + "'");
            }
            String name = line.substring(0, eq);
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("Unknown checkpoint field '" + abbreviate(name) + "'");
            }
            if (values.put(name, line.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("Checkpoint field '" + name + "' occurs twice");
            }
        }
        for (String field : FIELDS) {
            if (!values.containsKey(field)) {
                throw new IllegalArgumentException("The checkpoint lacks the field '" + field + "'");
            }
        }
        try {
            return new Checkpoint(values.get("log"), Long.parseLong(values.get("seq")), values.get("head"),
                    Instant.parse(values.get("created")), values.get("key"), values.get("signature"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The checkpoint's seq is not a number");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The checkpoint's time is not an ISO instant");
        }
    }

    private static void requireBase64(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A checkpoint has a " + what);
        }
        try {
            Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The checkpoint's " + what + " is not base64");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

package frl.ienline.adintel.engine.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON Lines import format (see {@code docs/ad-import-format.md}) strictly: every line is
 * checked completely, and the result is either every snapshot or every error with its line number and
 * field. Bytes are decoded with a strict UTF-8 decoder so bad encoding names its line; lines longer
 * than the limit are skipped without being held in memory.
 *
 * <p>Thread-safe: {@link #parseLine} may be called from several threads.
 */
public final class AdSnapshotReader {

    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_ERRORS = 1000;

    static final Set<String> FIELDS = Set.of("source", "sourceAdId", "url", "capturedAt", "title", "body",
            "location", "postcode", "claimedAge", "phones", "emails", "images", "licenseNumber");
    private static final Set<String> IMAGE_FIELDS = Set.of("sha256", "dhash");
    private static final int MAX_SHORT = 200;
    private static final int MAX_LIST = 100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));

    private final int maxLineBytes;
    private final int maxErrors;

    public AdSnapshotReader() {
        this(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_ERRORS);
    }

    /**
     * @param maxLineBytes the longest line accepted, in bytes
     * @param maxErrors how many errors are kept (all are counted)
     */
    public AdSnapshotReader(int maxLineBytes, int maxErrors) {
        if (maxLineBytes < 64 || maxErrors < 1) {
            throw new IllegalArgumentException("maxLineBytes >= 64 and maxErrors >= 1 required");
        }
        this.maxLineBytes = maxLineBytes;
        this.maxErrors = maxErrors;
    }

    public int maxLineBytes() {
        return maxLineBytes;
    }

    /** Reads the whole stream: all snapshots, or the errors and none of the snapshots. */
    public ReadOutcome readAll(InputStream in) throws IOException {
        List<AdSnapshot> snapshots = new ArrayList<>();
        Summary summary = stream(in, (line, snapshot) -> snapshots.add(snapshot));
        if (!summary.ok()) {
            snapshots.clear();
            return new ReadOutcome.Rejected(summary.errors(), summary.totalErrors());
        }
        return new ReadOutcome.Accepted(snapshots);
    }

    /**
     * Streams the input: each valid snapshot goes to the sink as soon as its line is read, so a million
     * lines never sit in memory as text. The caller must throw away what the sink received when the
     * summary is not {@linkplain Summary#ok() ok} (an import is all or nothing); a database import does
     * this by rolling back its transaction.
     */
    public Summary stream(InputStream in, SnapshotSink sink) throws IOException {
        LineSplitter lines = new LineSplitter(in, maxLineBytes);
        ErrorList errors = new ErrorList(maxErrors);
        long count = 0;
        long snapshots = 0;
        for (LineSplitter.RawLine raw = lines.next(); raw != null; raw = lines.next()) {
            count = raw.number();
            Parsed parsed = parseLine(raw);
            if (parsed == null) {
                continue;
            }
            if (parsed.errors().isEmpty()) {
                snapshots++;
                if (errors.total() == 0) {
                    sink.accept(raw.number(), parsed.snapshot());
                }
            } else {
                parsed.errors().forEach(errors::add);
            }
        }
        return new Summary(count, snapshots, errors.kept(), errors.total());
    }

    /** What a streaming read saw. */
    public record Summary(long lines, long snapshots, List<LineError> errors, long totalErrors) {
        public Summary {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return totalErrors == 0;
        }
    }

    /** One parsed line: a snapshot or its errors. */
    public record Parsed(AdSnapshot snapshot, List<LineError> errors) {
    }

    /** Keeps the first errors and counts them all. */
    public static final class ErrorList {
        private final int max;
        private final List<LineError> kept = new ArrayList<>();
        /** Volatile: other threads may read it as a hint to stop doing work that will be thrown away. */
        private volatile long total;

        public ErrorList(int max) {
            this.max = max;
        }

        public synchronized void add(LineError error) {
            total = total + 1;
            if (kept.size() < max) {
                kept.add(error);
            }
        }

        public List<LineError> kept() {
            return kept;
        }

        public long total() {
            return total;
        }
    }

    /** Parses one raw line; {@code null} for a blank line (ignored). */
    public Parsed parseLine(LineSplitter.RawLine raw) {
        long line = raw.number();
        if (raw.tooLong()) {
            return failed(new LineError(line, null, "line is longer than " + maxLineBytes + " bytes"));
        }
        String text;
        try {
            text = decode(raw.bytes(), raw.length());
        } catch (BadEncoding e) {
            return failed(new LineError(line, null, "not valid UTF-8 at byte " + (e.offset + 1)));
        }
        if (text.isBlank()) {
            return null;
        }
        return parseText(line, text);
    }

    /** Parses one line of already decoded text. */
    public Parsed parseText(long line, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().toLowerCase(Locale.ROOT).startsWith("duplicate")
                    ? "duplicate field" : "not valid JSON";
            return failed(new LineError(line, null, what + where));
        }
        if (root == null || !root.isObject()) {
            return failed(new LineError(line, null, "a line must hold one JSON object"));
        }
        return new LineParse(line, root).run();
    }

    private static Parsed failed(LineError error) {
        return new Parsed(null, List.of(error));
    }

    private static final class BadEncoding extends Exception {
        final int offset;

        BadEncoding(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static String decode(byte[] bytes, int length) throws BadEncoding {
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = DECODER.get().reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadEncoding(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadEncoding(in.position());
        }
        out.flip();
        return out.toString();
    }

    /** Checks one object field by field, collecting every error. */
    private static final class LineParse {
        private final long line;
        private final JsonNode root;
        private final List<LineError> errors = new ArrayList<>(2);

        LineParse(long line, JsonNode root) {
            this.line = line;
            this.root = root;
        }

        Parsed run() {
            for (Map.Entry<String, JsonNode> property : root.properties()) {
                if (!FIELDS.contains(property.getKey())) {
                    error(safeName(property.getKey()), "unknown field");
                }
            }
            String source = text("source", true, MAX_SHORT);
            String sourceAdId = text("sourceAdId", true, MAX_SHORT);
            Instant capturedAt = instant("capturedAt");
            String body = text("body", true, Integer.MAX_VALUE);
            String url = url();
            String title = text("title", false, 2000);
            String location = text("location", false, MAX_SHORT);
            String postcode = text("postcode", false, 16);
            Integer claimedAge = age();
            List<String> phones = strings("phones", 64);
            List<String> emails = strings("emails", 320);
            List<ImageRef> images = images();
            String licenseNumber = text("licenseNumber", false, 64);
            if (!errors.isEmpty()) {
                return new Parsed(null, List.copyOf(errors));
            }
            return new Parsed(new AdSnapshot(source, sourceAdId, capturedAt, url, title, body, location, postcode,
                    claimedAge, phones, emails, images, licenseNumber), List.of());
        }

        private void error(String field, String message) {
            errors.add(new LineError(line, field, message));
        }

        private JsonNode present(String field, boolean required) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                if (required) {
                    error(field, node == null ? "missing required field" : "required field is null");
                }
                return null;
            }
            return node;
        }

        private String text(String field, boolean required, int max) {
            JsonNode node = present(field, required);
            if (node == null) {
                return null;
            }
            if (!node.isString()) {
                error(field, "must be a string, not " + kind(node));
                return null;
            }
            String value = node.stringValue();
            if (required && !field.equals("body") && value.isBlank()) {
                error(field, "must not be blank");
                return null;
            }
            if (value.length() > max) {
                error(field, "longer than " + max + " characters");
                return null;
            }
            return value;
        }

        private Instant instant(String field) {
            String value = text(field, true, 64);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                error(field, "not an ISO-8601 date-time with offset, such as 2026-11-20T10:15:00Z");
                return null;
            }
        }

        private String url() {
            String value = text("url", false, 2048);
            if (value == null) {
                return null;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    error("url", "must be an absolute http or https URL");
                    return null;
                }
            } catch (URISyntaxException e) {
                error("url", "not a valid URL");
                return null;
            }
            return value;
        }

        private Integer age() {
            JsonNode node = present("claimedAge", false);
            if (node == null) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                error("claimedAge", "must be a whole number, not " + kind(node));
                return null;
            }
            int age = node.intValue();
            if (age < 0 || age > 130) {
                error("claimedAge", "must be between 0 and 130");
                return null;
            }
            return age;
        }

        private List<String> strings(String field, int max) {
            JsonNode node = present(field, false);
            if (node == null) {
                return List.of();
            }
            if (!node.isArray()) {
                error(field, "must be an array of strings, not " + kind(node));
                return List.of();
            }
            if (node.size() > MAX_LIST) {
                error(field, "more than " + MAX_LIST + " elements");
                return List.of();
            }
            List<String> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String path = field + "[" + i + "]";
                if (!element.isString()) {
                    error(path, "must be a string, not " + kind(element));
                } else if (element.stringValue().isBlank()) {
                    error(path, "must not be blank");
                } else if (element.stringValue().length() > max) {
                    error(path, "longer than " + max + " characters");
                } else {
                    values.add(element.stringValue());
                }
            }
            return values;
        }

        private List<ImageRef> images() {
            JsonNode node = present("images", false);
            if (node == null) {
                return List.of();
            }
            if (!node.isArray()) {
                error("images", "must be an array of objects, not " + kind(node));
                return List.of();
            }
            if (node.size() > MAX_LIST) {
                error("images", "more than " + MAX_LIST + " elements");
                return List.of();
            }
            List<ImageRef> images = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String path = "images[" + i + "]";
                if (!element.isObject()) {
                    error(path, "must be an object with sha256 and dhash, not " + kind(element));
                    continue;
                }
                for (Map.Entry<String, JsonNode> property : element.properties()) {
                    if (!IMAGE_FIELDS.contains(property.getKey())) {
                        error(path + "." + safeName(property.getKey()), "unknown field");
                    }
                }
                String sha = hex(element, path, "sha256", 64, true);
                String dhash = hex(element, path, "dhash", 16, false);
                if (sha != null) {
                    images.add(ImageRef.of(sha, dhash));
                }
            }
            return images;
        }

        private String hex(JsonNode object, String path, String field, int digits, boolean required) {
            JsonNode node = object.get(field);
            String where = path + "." + field;
            if (node == null || node.isNull()) {
                if (required) {
                    error(where, node == null ? "missing required field" : "required field is null");
                }
                return null;
            }
            if (!node.isString()) {
                error(where, "must be a string of " + digits + " hex digits, not " + kind(node));
                return null;
            }
            String value = node.stringValue();
            if (!isHex(value)) {
                error(where, "must contain only hex digits 0-9 and a-f");
                return null;
            }
            if (value.length() != digits) {
                error(where, "must be " + digits + " hex digits, not " + value.length());
                return null;
            }
            return value;
        }

        private static boolean isHex(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                    return false;
                }
            }
            return true;
        }

        private static String kind(JsonNode node) {
            return switch (node.getNodeType()) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case NULL -> "null";
                default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }

        /** Field names are echoed only when they look like names, never arbitrary text. */
        private static String safeName(String name) {
            return name.length() <= 40 && name.matches("[A-Za-z_]+") ? name : "(unnamed field)";
        }
    }
}

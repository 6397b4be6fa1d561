package frl.ienline.platform.logchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The HMAC keys of one log, by key id, and the id new entries are written with. Keys come from the
 * environment (e.g. {@code IENLINE_AUDIT_CHAIN_KEYS_K1}, base64 of at least 32 random bytes) and never
 * from the database, so someone with database rights alone cannot write an entry that verifies. Old ids
 * stay configured for as long as entries written with them must be verified. Outside production a
 * missing ring is generated once into a local file (mode 0600); production refuses to start without one.
 */
public final class ChainKeys {

    public static final int MIN_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

    private final Map<String, byte[]> keys;
    private final String currentId;

    private ChainKeys(Map<String, byte[]> keys, String currentId) {
        this.keys = keys;
        this.currentId = currentId;
    }

    /**
     * @param base64ById keys by id, each base64 of at least {@value #MIN_KEY_BYTES} bytes
     * @param currentId  the id new entries use; may be blank when there is exactly one key
     * @param what       names the settings in error messages, e.g. {@code IENLINE_AUDIT_CHAIN_KEYS_<ID>}
     */
    public static ChainKeys of(Map<String, String> base64ById, String currentId, String what) {
        Map<String, byte[]> keys = new TreeMap<>();
        base64ById.forEach((rawId, value) -> {
            String id = rawId.strip().toLowerCase(java.util.Locale.ROOT);
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(what + ": key id '" + rawId + "' is not 1-16 lowercase letters or digits");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value == null ? "" : value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(what + ": key " + id + " is not base64");
            }
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalStateException(what + ": key " + id + " has " + key.length + " bytes; at least "
                        + MIN_KEY_BYTES + " random bytes are needed (openssl rand -base64 32)");
            }
            keys.put(id, key);
        });
        if (keys.isEmpty()) {
            throw new IllegalStateException(what + ": no key configured");
        }
        String current = currentId == null || currentId.isBlank() ? null : currentId.strip().toLowerCase(java.util.Locale.ROOT);
        if (current == null) {
            if (keys.size() > 1) {
                throw new IllegalStateException(what + ": several keys, so the current key id must be set");
            }
            current = keys.keySet().iterator().next();
        }
        if (!keys.containsKey(current)) {
            throw new IllegalStateException(what + ": the current key id '" + current + "' has no key");
        }
        return new ChainKeys(keys, current);
    }

    /**
     * The keys of {@code configured} when there are any; otherwise, outside production, those of the local
     * file {@code devFile} (created with one fresh key when absent); in production a refusal.
     */
    public static ChainKeys configuredOrDevelopment(Map<String, String> configured, String currentId, String what,
            boolean production, Path devFile) {
        if (!configured.isEmpty()) {
            return of(configured, currentId, what);
        }
        if (production) {
            throw new IllegalStateException(what + " is required in production: the log's MAC key must come from"
                    + " the environment, never from a generated file (docs/operations.md)");
        }
        return of(developmentKeys(devFile), null, what + " (development file " + devFile + ")");
    }

    /** The keys of a development key file, created with one fresh key {@code k1} when absent. */
    public static Map<String, String> developmentKeys(Path file) {
        Properties properties = new Properties();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] key = new byte[MIN_KEY_BYTES];
                new SecureRandom().nextBytes(key);
                properties.setProperty("k1", Base64.getEncoder().encodeToString(key));
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(out, "Development MAC key of an ienline log; never use in production");
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the development key file " + file, e);
        }
        Map<String, String> keys = new TreeMap<>();
        properties.stringPropertyNames().forEach(id -> keys.put(id, properties.getProperty(id)));
        return keys;
    }

    /**
     * The keys a Spring application is configured with under {@code prefix} ({@code prefix.keys.<id>} and
     * {@code prefix.current-key-id}, i.e. the variables {@code PREFIX_KEYS_<ID>} and
     * {@code PREFIX_CURRENT_KEY_ID}), or the development file; see {@link #configuredOrDevelopment}.
     */
    public static ChainKeys fromSpring(org.springframework.core.env.Environment environment, String prefix,
            boolean production, Path devFile) {
        org.springframework.boot.context.properties.bind.Binder binder =
                org.springframework.boot.context.properties.bind.Binder.get(environment);
        Map<String, String> configured = binder.bind(prefix + ".keys",
                org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        String current = environment.getProperty(prefix + ".current-key-id");
        String what = prefix.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_') + "_KEYS_<ID>";
        return configuredOrDevelopment(configured, current, what, production, devFile);
    }

    /** The keys of an existing development key file, without creating one. */
    public static Optional<Map<String, String>> existingDevelopmentKeys(Path file) {
        return Files.isRegularFile(file) ? Optional.of(developmentKeys(file)) : Optional.empty();
    }

    /**
     * The keys among environment variables named {@code prefix + ID} (e.g. {@code IENLINE_AUDIT_CHAIN_KEYS_K1}),
     * for commands that run without Spring.
     */
    public static Map<String, String> fromVariables(Map<String, String> environment, String prefix) {
        Map<String, String> keys = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length() && value != null && !value.isBlank()) {
                keys.put(name.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT), value);
            }
        });
        return keys;
    }

    public String currentId() {
        return currentId;
    }

    public byte[] current() {
        return keys.get(currentId).clone();
    }

    /** The key of {@code id}, if this ring holds it. */
    public Optional<byte[]> key(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id)).map(byte[]::clone);
    }

    /** The MAC of an entry with the current key; the caller stores {@link #currentId()} beside it. */
    public String mac(String previous, byte[] canonical) {
        return ChainMac.keyed(keys.get(currentId), previous, canonical);
    }

    @Override
    public String toString() {
        return "ChainKeys" + keys.keySet() + " current=" + currentId; // never the keys themselves
    }
}

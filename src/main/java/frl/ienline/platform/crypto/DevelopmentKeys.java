package frl.ienline.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development key file of one module, {@code <directory>/<module>-keys.properties}, readable by its owner only:
 * {@code current}, {@code key.<id>}, {@code current-blind-index}, {@code blind-index.<id>}, {@code reference}. A
 * missing file is generated; a file missing a part (such as signals' file of before the kit, whose single
 * {@code blind-index} entry is key {@code b0}) gets that part added. Never used with {@code ienline.production=true}.
 */
final class DevelopmentKeys {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevelopmentKeys() {
    }

    static synchronized KeyRingProperties loadOrCreate(String module, Path directory) {
        Path file = directory.resolve(module + "-keys.properties");
        try {
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            boolean changed = false;
            if (properties.stringPropertyNames().stream().noneMatch(n -> n.startsWith("key."))) {
                properties.setProperty("current", "dev1");
                properties.setProperty("key.dev1", randomKey());
                changed = true;
            }
            if (properties.stringPropertyNames().stream().noneMatch(n -> n.startsWith("blind-index"))) {
                properties.setProperty("current-blind-index", "bdev1");
                properties.setProperty("blind-index.bdev1", randomKey());
                changed = true;
            }
            if (properties.getProperty("reference") == null) {
                properties.setProperty("reference", randomKey());
                changed = true;
            }
            if (changed) {
                write(directory, file, properties, module);
            }
            Map<String, String> keys = new TreeMap<>();
            Map<String, String> blind = new TreeMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("key.")) {
                    keys.put(name.substring(4), properties.getProperty(name));
                } else if (name.startsWith("blind-index.")) {
                    blind.put(name.substring("blind-index.".length()), properties.getProperty(name));
                }
            }
            String legacyBlind = properties.getProperty("blind-index");
            String currentBlind = properties.getProperty("current-blind-index",
                    legacyBlind != null ? KeyRingProperties.LEGACY_BLIND_INDEX_KEY_ID : null);
            return new KeyRingProperties(keys, properties.getProperty("current"), blind, currentBlind, legacyBlind,
                    properties.getProperty("reference"), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + module + " development keys in "
                    + directory.toAbsolutePath(), e);
        }
    }

    private static void write(Path directory, Path file, Properties properties, String module) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, module, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "Development keys of the " + module + " module; never use these in production"
                    + " (docs/operations.md, 'Keys')");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log.info("Wrote development keys of the {} module to {}", module, file.toAbsolutePath());
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

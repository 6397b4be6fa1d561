package frl.ienline.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Outside production only: a developer's {@code support.keys} of before the key kit becomes the kit's
 * {@code support-keys.properties}, once, so data written with it stays readable. In production the same values go
 * into the environment by hand (docs/operations.md, 'Keys'): {@code encryption.<id>} → {@code
 * IENLINE_SUPPORT_CRYPTO_KEYS_<ID>}, {@code blind-index.<id>} (or the single {@code blind-index}, id b1) →
 * {@code IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_<ID>}, {@code reference} → {@code IENLINE_SUPPORT_CRYPTO_REFERENCE_KEY}.
 */
final class LegacySupportKeyFile {

    private LegacySupportKeyFile() {
    }

    static void convert(Path legacyDirectory, Path keyDirectory) {
        Path legacy = legacyDirectory.resolve("support.keys");
        Path target = keyDirectory.resolve("support-keys.properties");
        if (!Files.exists(legacy) || Files.exists(target)) {
            return;
        }
        try {
            Properties old = new Properties();
            try (InputStream in = Files.newInputStream(legacy)) {
                old.load(in);
            }
            Properties kit = new Properties();
            for (String name : old.stringPropertyNames()) {
                String value = old.getProperty(name);
                if (name.startsWith("encryption.")) {
                    kit.setProperty("key." + name.substring("encryption.".length()), value);
                } else if (name.equals("blind-index")) {
                    kit.setProperty("blind-index.b1", value);
                } else if (name.startsWith("blind-index.") && !name.equals("blind-index.current")) {
                    kit.setProperty(name, value);
                }
            }
            kit.setProperty("current", old.getProperty("current", "k1"));
            kit.setProperty("current-blind-index", old.getProperty("blind-index.current", "b1"));
            String reference = old.getProperty("reference", old.getProperty("blind-index", old.getProperty("blind-index.b1")));
            if (reference != null) {
                kit.setProperty("reference", reference);
            }
            Files.createDirectories(keyDirectory);
            Path temporary = Files.createTempFile(keyDirectory, "support", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                kit.store(out, "Development keys of the support module, taken over from support.keys");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take over the development keys in " + legacy.toAbsolutePath(), e);
        }
    }
}

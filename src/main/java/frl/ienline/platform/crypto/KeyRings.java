package frl.ienline.platform.crypto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Makes each module's {@link KeyRing} from {@code ienline.<module>.crypto.*} (see {@link KeyRingProperties}).
 *
 * <p>With {@code ienline.production=true} every part must be configured: data keys and the current key id, blind
 * index keys and the current blind index key id, and the reference key when the module asks for one. A missing
 * part refuses the start with a message naming the environment variables; nothing is ever generated. Outside
 * production each missing part comes from the module's development key file {@code <key directory>/<module>-keys.properties}
 * (mode 0600), generated once on first start, so a developer's data stays readable across restarts.
 *
 * <pre>{@code
 * @Bean KeyRing supportKeyRing(KeyRings rings) { return rings.load("support", KeyRings.Option.REFERENCE_KEY); }
 * @Bean FieldCipher supportFieldCipher(KeyRing supportKeyRing) { return new FieldCipher(supportKeyRing); }
 * }</pre>
 */
@Component
public class KeyRings {

    /** What a module needs beyond data and blind index keys. */
    public enum Option {
        /** The module makes stable keyed references: {@code …_REFERENCE_KEY} is required in production. */
        REFERENCE_KEY,
        /** The module has no blind index: no blind index keys are asked for. */
        NO_BLIND_INDEX
    }

    private final Environment environment;

    public KeyRings(Environment environment) {
        this.environment = environment;
    }

    /** The key ring of {@code module}, or a refused start (production) / generated development keys (otherwise). */
    public KeyRing load(String module, Option... options) {
        if (module == null || !KeyRing.MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("Invalid module name for a key ring: '" + module + "'");
        }
        KeyRingProperties properties = Binder.get(environment)
                .bind("ienline." + module + ".crypto", Bindable.of(KeyRingProperties.class))
                .orElseGet(KeyRingProperties::empty);
        properties = withBlindIndexKeysFromVariables(module, properties);
        boolean production = environment.getProperty("ienline.production", Boolean.class, false);
        boolean wantsReference = List.of(options).contains(Option.REFERENCE_KEY);
        if (List.of(options).contains(Option.NO_BLIND_INDEX)) {
            properties = new KeyRingProperties(properties.keys(), properties.currentKeyId(), null, null, null,
                    properties.referenceKey(), properties.keyDirectory());
        }
        KeyRing ring = resolve(module, properties, production, wantsReference, List.of(options).contains(Option.NO_BLIND_INDEX),
                keyDirectory(module, properties));
        return ring;
    }

    static KeyRing resolve(String module, KeyRingProperties properties, boolean production, boolean wantsReference,
            boolean noBlindIndex, Path keyDirectory) {
        if (production) {
            requireComplete(module, properties, wantsReference, noBlindIndex);
            return ring(module, properties, wantsReference);
        }
        KeyRingProperties development = DevelopmentKeys.loadOrCreate(module, keyDirectory);
        boolean ownData = !properties.keys().isEmpty();
        boolean ownBlind = !properties.allBlindIndexKeys().isEmpty();
        KeyRingProperties merged = new KeyRingProperties(
                ownData ? properties.keys() : development.keys(),
                ownData ? onlyOrNamed(properties.currentKeyId(), properties.keys()) : development.currentKeyId(),
                noBlindIndex ? null : ownBlind ? properties.allBlindIndexKeys() : development.allBlindIndexKeys(),
                noBlindIndex ? null : ownBlind ? onlyOrNamed(properties.currentBlindIndexKeyId(), properties.allBlindIndexKeys())
                        : development.currentBlindIndexKeyId(),
                null,
                properties.referenceKey() != null ? properties.referenceKey() : development.referenceKey(),
                keyDirectory);
        return ring(module, merged, wantsReference);
    }

    private static void requireComplete(String module, KeyRingProperties properties, boolean wantsReference,
            boolean noBlindIndex) {
        String prefix = "IENLINE_" + module.toUpperCase(Locale.ROOT) + "_CRYPTO_";
        List<String> missing = new ArrayList<>();
        if (properties.keys().isEmpty()) {
            missing.add(prefix + "KEYS_<ID>");
        }
        if (properties.currentKeyId() == null) {
            missing.add(prefix + "CURRENT_KEY_ID");
        }
        if (!noBlindIndex && properties.allBlindIndexKeys().isEmpty()) {
            missing.add(prefix + "BLIND_INDEX_KEYS_<ID>");
        }
        if (!noBlindIndex && properties.currentBlindIndexKeyId() == null) {
            missing.add(prefix + "CURRENT_BLIND_INDEX_KEY_ID");
        }
        if (wantsReference && properties.referenceKey() == null) {
            missing.add(prefix + "REFERENCE_KEY");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("ienline.production=true but the " + module + " keys are incomplete: set "
                    + String.join(", ", missing) + " (docs/operations.md, 'Keys'); keys are never generated in production");
        }
    }

    private static KeyRing ring(String module, KeyRingProperties properties, boolean wantsReference) {
        Map<String, byte[]> data = new TreeMap<>();
        properties.keys().forEach((id, value) -> data.put(id, KeyRing.decode(module, "data key '" + id + "'", value)));
        Map<String, byte[]> blind = new TreeMap<>();
        properties.allBlindIndexKeys().forEach((id, value) ->
                blind.put(id, KeyRing.decode(module, "blind index key '" + id + "'", value)));
        byte[] reference = wantsReference && properties.referenceKey() != null
                ? KeyRing.decode(module, "reference key", properties.referenceKey()) : null;
        return KeyRing.of(module, properties.currentKeyId(), data, properties.currentBlindIndexKeyId(), blind, reference);
    }

    /** Outside production, a single configured key is current without saying so. */
    private static String onlyOrNamed(String named, Map<String, String> keys) {
        return named != null || keys.size() != 1 ? named : keys.keySet().iterator().next();
    }

    /**
     * Spring's relaxed binding does not map {@code IENLINE_<MODULE>_CRYPTO_BLIND_INDEX_KEYS_<ID>} onto the map
     * {@code blind-index-keys} (the dash in a map's name), so those variables are collected here.
     */
    private KeyRingProperties withBlindIndexKeysFromVariables(String module, KeyRingProperties properties) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return properties;
        }
        String prefix = "IENLINE_" + module.toUpperCase(Locale.ROOT) + "_CRYPTO_BLIND_INDEX_KEYS_";
        Map<String, String> keys = new TreeMap<>();
        for (PropertySource<?> source : configurable.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.toUpperCase(Locale.ROOT).startsWith(prefix) && name.length() > prefix.length()) {
                        keys.putIfAbsent(name.substring(prefix.length()).toLowerCase(Locale.ROOT),
                                String.valueOf(enumerable.getProperty(name)));
                    }
                }
            }
        }
        if (keys.isEmpty()) {
            return properties;
        }
        keys.putAll(properties.blindIndexKeys());
        return new KeyRingProperties(properties.keys(), properties.currentKeyId(), keys,
                properties.currentBlindIndexKeyId(), properties.blindIndexKey(), properties.referenceKey(),
                properties.keyDirectory());
    }

    private Path keyDirectory(String module, KeyRingProperties properties) {
        if (properties.keyDirectory() != null) {
            return properties.keyDirectory();
        }
        return Path.of(environment.getProperty("ienline.crypto.key-directory", "data/keys"));
    }
}

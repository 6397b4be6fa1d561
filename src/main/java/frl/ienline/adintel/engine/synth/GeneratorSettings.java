package frl.ienline.adintel.engine.synth;

import java.util.Objects;

/**
 * @param ads how many ads to write
 * @param seed the seed: the same settings give the same bytes
 * @param obfuscation 0 (none) … 4 (heavy); {@value #DEFAULT_OBFUSCATION} is the default
 * @param organisedShare the share of ads that belong to organised networks (the rest are independent workers)
 * @param mode how texts are written: per template ({@link Mode#TEMPLATES}) or from one shared phrase stock
 */
public record GeneratorSettings(int ads, long seed, int obfuscation, double organisedShare, Mode mode) {

    public static final int DEFAULT_OBFUSCATION = 2;
    public static final int MAX_OBFUSCATION = 4;

    /** How the generator writes texts. */
    public enum Mode {
        /** Every sentence drawn part by part; unrelated ads rarely share more than a few words in a row. */
        TEMPLATES,
        /**
         * Many independent advertisers compose their texts from one stock of phrases per language (nl, en, ro);
         * operations' templates differ in one phrase from another operation's; some ads are only common words.
         */
        SHARED_PHRASES
    }

    public GeneratorSettings {
        if (ads < 0) {
            throw new IllegalArgumentException("ads must be >= 0");
        }
        if (obfuscation < 0 || obfuscation > MAX_OBFUSCATION) {
            throw new IllegalArgumentException("obfuscation must be 0.." + MAX_OBFUSCATION);
        }
        if (organisedShare < 0 || organisedShare > 1) {
            throw new IllegalArgumentException("organisedShare must be 0..1");
        }
        Objects.requireNonNull(mode, "mode");
    }

    public static GeneratorSettings of(int ads, long seed) {
        return new GeneratorSettings(ads, seed, DEFAULT_OBFUSCATION, 0.5, Mode.TEMPLATES);
    }

    public GeneratorSettings withObfuscation(int level) {
        return new GeneratorSettings(ads, seed, level, organisedShare, mode);
    }

    public GeneratorSettings withOrganisedShare(double share) {
        return new GeneratorSettings(ads, seed, obfuscation, share, mode);
    }

    public GeneratorSettings withMode(Mode value) {
        return new GeneratorSettings(ads, seed, obfuscation, organisedShare, value);
    }
}

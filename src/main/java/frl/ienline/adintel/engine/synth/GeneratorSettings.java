package frl.ienline.adintel.engine.synth;

/**
 * @param ads how many ads to write
 * @param seed the seed: the same settings give the same bytes
 * @param obfuscation 0 (none) … 4 (heavy); {@value #DEFAULT_OBFUSCATION} is the default
 * @param organisedShare the share of ads that belong to organised networks (the rest are independent workers)
 */
public record GeneratorSettings(int ads, long seed, int obfuscation, double organisedShare) {

    public static final int DEFAULT_OBFUSCATION = 2;
    public static final int MAX_OBFUSCATION = 4;

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
    }

    public static GeneratorSettings of(int ads, long seed) {
        return new GeneratorSettings(ads, seed, DEFAULT_OBFUSCATION, 0.5);
    }

    public GeneratorSettings withObfuscation(int level) {
        return new GeneratorSettings(ads, seed, level, organisedShare);
    }
}

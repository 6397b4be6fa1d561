package frl.ienline.adintel.engine.synth;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Random draws both generator modes make the same way: phone numbers, images, licence numbers, weighted picks. */
final class Draws {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Draws() {
    }

    static String phone(SplittableRandom random, String country) {
        while (true) {
            String candidate = switch (country) {
                case "ro" -> "+407" + digits(random, 8);
                case "bg" -> "+3598" + (7 + random.nextInt(3)) + digits(random, 7);
                case "hu" -> "+36" + (random.nextBoolean() ? "30" : "70") + digits(random, 7);
                case "es" -> "+346" + digits(random, 8);
                case "pl" -> "+48" + (5 + random.nextInt(3)) + digits(random, 8);
                default -> "+316" + (1 + random.nextInt(5)) + digits(random, 7);
            };
            try {
                if (PHONES.isValidNumber(PHONES.parse(candidate, "ZZ"))) {
                    return candidate;
                }
            } catch (NumberParseException e) {
                // try again
            }
        }
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    static Plan.Image image(SplittableRandom random) {
        byte[] sha = new byte[32];
        for (int i = 0; i < 32; i++) {
            sha[i] = (byte) random.nextInt(256);
        }
        long dhash;
        do {
            dhash = random.nextLong();
        } while (Long.bitCount(dhash) < 16 || Long.bitCount(dhash) > 48);
        return new Plan.Image(HexFormat.of().formatHex(sha), dhash);
    }

    /** A re-encoded or resized copy: a new file, a difference hash a few bits away. */
    static Plan.Image nearCopy(SplittableRandom random, Plan.Image image) {
        long dhash = image.dhash();
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
            dhash ^= 1L << random.nextInt(64);
        }
        Plan.Image fresh = image(random);
        return new Plan.Image(fresh.sha(), dhash);
    }

    static String licence(SplittableRandom random) {
        String[] kinds = {"PB", "EB", "OE"};
        return "FRL-" + (2023 + random.nextInt(4)) + "-" + kinds[random.nextInt(3)] + "-" + String.format("%04d", 1 + random.nextInt(300));
    }

    static String pick(SplittableRandom random, String[] values, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Index 0..n-1, the first ones most likely (Zipf with exponent 1): how popular stock phrases are. */
    static int zipf(SplittableRandom random, int n) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1.0 / i;
        }
        double u = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            u -= 1.0 / i;
            if (u < 0) {
                return i - 1;
            }
        }
        return n - 1;
    }
}

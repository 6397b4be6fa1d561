package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.network.EntityKeys;
import frl.ienline.adintel.engine.network.LinkKind;

/**
 * Who wrote an ad, as far as counting independent authors goes: its smallest phone key; else its smallest e-mail or
 * handle key; else the ad itself. An operation's copies then count as its few phones, an independent advertiser
 * as one.
 */
final class Authors {

    private Authors() {
    }

    static long of(long[] keys, String source, String sourceAdId) {
        long phone = Long.MAX_VALUE;
        long other = Long.MAX_VALUE;
        for (long key : keys) {
            LinkKind kind = EntityKeys.kind(key);
            if (kind == LinkKind.PHONE) {
                phone = Math.min(phone, key);
            } else if (kind == LinkKind.EMAIL || kind == LinkKind.HANDLE) {
                other = Math.min(other, key);
            }
        }
        if (phone != Long.MAX_VALUE) {
            return phone;
        }
        if (other != Long.MAX_VALUE) {
            return other;
        }
        return hash(0x41D5L, source + '\t' + sourceAdId);
    }

    /** A content-and-id fingerprint that orders two snapshots whose rank is otherwise equal. */
    static long fingerprint(AdFeatures ad) {
        long h = hash(0x1D5L, ad.source() + '\t' + ad.sourceAdId());
        for (int s : ad.text().shingles()) {
            h = mix(h ^ s);
        }
        for (long k : ad.keys()) {
            h = mix(h ^ k);
        }
        for (long d : ad.dhashes()) {
            h = mix(h ^ d);
        }
        return h;
    }

    static long micros(java.time.Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }

    private static long hash(long seed, String value) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

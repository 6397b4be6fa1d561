package frl.ienline.adintel.engine.network;

/**
 * 64-bit keys for identifiers (phone, e-mail, handle, image), so the indexes hold longs instead of
 * strings. The kind is part of the key, so a phone number never equals an e-mail address; the kind is
 * also kept in the top 3 bits so it can be read back from the key.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    public static long key(LinkKind kind, String value) {
        long h = 0xcbf29ce484222325L ^ kind.ordinal();
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h & 0x1FFF_FFFF_FFFF_FFFFL) | ((long) kind.ordinal() << 61);
    }

    public static LinkKind kind(long key) {
        return LinkKind.values()[(int) (key >>> 61)];
    }
}

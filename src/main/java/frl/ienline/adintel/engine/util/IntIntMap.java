package frl.ienline.adintel.engine.util;

/** An open-addressing map from int keys to int values, without boxing. */
public final class IntIntMap {

    public static final int MISSING = Integer.MIN_VALUE;

    private int[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private int mask;

    public IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected / 0.6)) - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    public int get(int key) {
        int i = slot(key, mask);
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return MISSING;
    }

    /** Stores the value and returns the previous one, or {@link #MISSING}. */
    public int put(int key, int value) {
        int i = slot(key, mask);
        while (used[i]) {
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        if (++size > keys.length * 0.6) {
            grow();
        }
        return MISSING;
    }

    public int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        int capacity = keys.length * 2;
        keys = new int[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}

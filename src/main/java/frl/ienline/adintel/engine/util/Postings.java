package frl.ienline.adintel.engine.util;

import java.util.Arrays;

/**
 * Lists of item indexes under long keys (LSH buckets), as linked lists in two int arrays: one
 * posting costs 8 bytes plus the key's slot. Iteration runs newest first.
 */
public final class Postings {

    private final LongIntMap heads;
    private int[] item;
    private int[] next;
    private int size;

    public Postings(int expected) {
        heads = new LongIntMap(expected);
        item = new int[Math.max(16, expected)];
        next = new int[item.length];
    }

    public void add(long key, int value) {
        if (size == item.length) {
            item = Arrays.copyOf(item, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        int previous = heads.put(key, size);
        item[size] = value;
        next[size] = previous == LongIntMap.MISSING ? -1 : previous;
        size++;
    }

    /** The first posting of a key, or -1. */
    public int head(long key) {
        int head = heads.get(key);
        return head == LongIntMap.MISSING ? -1 : head;
    }

    public int item(int posting) {
        return item[posting];
    }

    public int next(int posting) {
        return next[posting];
    }

    public int size() {
        return size;
    }
}

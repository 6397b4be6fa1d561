package frl.ienline.adintel.engine.util;

import java.util.Arrays;

/**
 * Disjoint sets over item indexes 0..n-1 that grow as items are added. The root of a set is always its
 * smallest index, so the identity of a component does not depend on the order of the unions: a full
 * recomputation and an incremental run over the same items name their components the same way.
 */
public final class UnionFind {

    private int[] parent;
    private int[] size;
    private int count;

    public UnionFind(int capacity) {
        parent = new int[Math.max(16, capacity)];
        size = new int[parent.length];
    }

    /** Adds a new singleton and returns its index. */
    public int add() {
        if (count == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
            size = Arrays.copyOf(size, size.length * 2);
        }
        parent[count] = count;
        size[count] = 1;
        return count++;
    }

    public void ensure(int n) {
        while (count < n) {
            add();
        }
    }

    public int count() {
        return count;
    }

    public int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    /** Joins the sets of a and b; true when they were apart. */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        int low = Math.min(ra, rb);
        int high = Math.max(ra, rb);
        parent[high] = low;
        size[low] += size[high];
        return true;
    }

    /** The size of the set that x is in. */
    public int sizeOf(int x) {
        return size[find(x)];
    }

    /** The root of every item, as one array. */
    public int[] roots() {
        int[] roots = new int[count];
        for (int i = 0; i < count; i++) {
            roots[i] = find(i);
        }
        return roots;
    }
}

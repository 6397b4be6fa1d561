package frl.ienline.adintel.engine.util;

import java.util.Arrays;

/**
 * A growable sequence of int arrays stored back to back (compressed sparse rows): one big int array
 * and the offsets where each row starts. Appending only.
 */
public final class IntArrays {

    private int[] data;
    private long[] offsets;
    private int rows;
    private long length;

    public IntArrays(int expectedRows, int expectedPerRow) {
        data = new int[Math.max(16, expectedRows * expectedPerRow)];
        offsets = new long[Math.max(16, expectedRows + 1)];
    }

    public int add(int[] row) {
        if (length + row.length > data.length) {
            long grown = Math.max(length + row.length, (long) (data.length * 1.5));
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("Too much data for one array");
            }
            data = Arrays.copyOf(data, (int) grown);
        }
        if (rows + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        System.arraycopy(row, 0, data, (int) length, row.length);
        length += row.length;
        rows++;
        offsets[rows] = length;
        return rows - 1;
    }

    public int rows() {
        return rows;
    }

    public int start(int row) {
        return (int) offsets[row];
    }

    public int end(int row) {
        return (int) offsets[row + 1];
    }

    public int length(int row) {
        return (int) (offsets[row + 1] - offsets[row]);
    }

    public int get(int index) {
        return data[index];
    }

    public int[] row(int row) {
        return Arrays.copyOfRange(data, start(row), end(row));
    }

    /** The backing array, for tight loops; valid until the next add. */
    public int[] data() {
        return data;
    }
}

package frl.ienline.adintel.engine.util;

import java.util.Arrays;

/** Like {@link IntArrays}, for rows of longs (entity keys, image hashes). */
public final class LongArrays {

    private long[] data;
    private int[] offsets;
    private int rows;
    private int length;

    public LongArrays(int expectedRows, int expectedPerRow) {
        data = new long[Math.max(16, expectedRows * expectedPerRow)];
        offsets = new int[Math.max(16, expectedRows + 1)];
    }

    public int add(long[] row) {
        if (length + row.length > data.length) {
            data = Arrays.copyOf(data, Math.max(length + row.length, (int) Math.min(Integer.MAX_VALUE - 16, data.length * 1.5)));
        }
        if (rows + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        System.arraycopy(row, 0, data, length, row.length);
        length += row.length;
        rows++;
        offsets[rows] = length;
        return rows - 1;
    }

    public int rows() {
        return rows;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int end(int row) {
        return offsets[row + 1];
    }

    public long get(int index) {
        return data[index];
    }

    public long[] row(int row) {
        return Arrays.copyOfRange(data, offsets[row], offsets[row + 1]);
    }
}

package frl.ienline.audit.internal;

import java.util.List;

/**
 * One page of a list: its items, its 1-based number and whether another page follows.
 */
public record ResultPage<T>(List<T> items, int number, boolean hasNext) {

    public ResultPage {
        if (number < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1: " + number);
        }
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    /** Cuts a list fetched with one row more than {@code size} into a page. */
    static <T> ResultPage<T> of(List<T> fetched, int number, int size) {
        return new ResultPage<>(fetched.size() > size ? fetched.subList(0, size) : fetched, number, fetched.size() > size);
    }
}

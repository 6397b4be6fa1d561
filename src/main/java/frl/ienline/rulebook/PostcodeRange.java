package frl.ienline.rulebook;

/** A range of 4-digit postcode areas, e.g. {@code 8900-8939}; a single area has {@code from == to}. */
public record PostcodeRange(int from, int to) {

    public PostcodeRange {
        if (from < 1000 || to > 9999 || from > to) {
            throw new IllegalArgumentException("A postcode range runs from 1000 to 9999 upwards, not " + from + "-" + to);
        }
    }

    public boolean contains(int postcode) {
        return postcode >= from && postcode <= to;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}

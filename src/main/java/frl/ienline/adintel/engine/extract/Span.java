package frl.ienline.adintel.engine.extract;

/** A half-open character range {@code [start, end)} in an ad's text, for highlighting. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}

package frl.ienline.adintel.engine.snapshot;

/**
 * What is wrong with one line of an import.
 *
 * @param line 1-based line number
 * @param field the field path such as {@code images[1].dhash}, or {@code null} for the line as a whole
 * @param message what is wrong, in English, without the offending value (it may be personal data)
 */
public record LineError(long line, String field, String message) {

    public LineError {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message is required");
        }
    }

    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : ", " + field) + ": " + message;
    }
}

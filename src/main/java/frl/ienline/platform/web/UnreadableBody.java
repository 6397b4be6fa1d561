package frl.ienline.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says what is wrong with an unreadable JSON body and where, without echoing its content. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof JacksonException jackson) {
            String path = jackson.getPathReference();
            var location = jackson.getLocation();
            return "Malformed JSON" + (path == null || path.isBlank() ? "" : " at " + path)
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
        }
        return "The request body could not be read";
    }
}

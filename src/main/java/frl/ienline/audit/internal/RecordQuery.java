package frl.ienline.audit.internal;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Who saw this record": a record by object type and id, or a person by pseudonym (or both, narrowing).
 * Problems name a form field and a message key of the audit bundle.
 */
public record RecordQuery(String objectType, String objectId, String subjectPseudonym) {

    static final int MAX_LENGTH = 200;
    private static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,99}");

    public RecordQuery {
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        subjectPseudonym = blankToNull(subjectPseudonym);
        List<Problem> problems = new ArrayList<>();
        if (objectType == null && objectId == null && subjectPseudonym == null) {
            problems.add(new Problem("objectType", "audit.error.recordQuery.empty"));
        }
        if (objectType != null && !OBJECT_TYPE.matcher(objectType).matches()) {
            problems.add(new Problem("objectType", "audit.error.objectType.format"));
        }
        if (objectId != null && objectType == null) {
            problems.add(new Problem("objectType", "audit.error.objectType.required"));
        }
        if (objectType != null && objectId == null) {
            problems.add(new Problem("objectId", "audit.error.objectId.required"));
        }
        if (objectId != null && objectId.length() > MAX_LENGTH) {
            problems.add(new Problem("objectId", "audit.error.tooLong"));
        }
        if (subjectPseudonym != null && subjectPseudonym.length() > MAX_LENGTH) {
            problems.add(new Problem("subject", "audit.error.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    /** What the search is about, for the access log entry of the search itself. */
    String describedObject() {
        return objectType == null ? null : objectType + "/" + objectId;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package frl.ienline.audit.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What the privacy officer does with the access log: verify the chain, see who accessed a record or a
 * person (R17), browse recent entries and export a "who saw" result. Only {@link Role#PRIVACY_OFFICER};
 * anyone else is refused and the refusal is logged. Every use of the log is itself an entry in it, with
 * object type {@value #OBJECT_TYPE}, written before the log is read.
 */
@Service
public class AccessLogReview {

    public static final String OBJECT_TYPE = "access-log";
    public static final String PURPOSE = "access-log-audit";
    public static final int PAGE_SIZE = 50;
    /** A larger "who saw" result is refused for export: narrow the search (by person or by record). */
    static final int EXPORT_LIMIT = 10_000;
    private static final int LOGGED_INPUT_LIMIT = 200;

    private final AccessLogEntries entries;
    private final ChainVerifier verifier;
    private final AccessRecorder recorder;
    private final Clock clock;

    AccessLogReview(AccessLogEntries entries, ChainVerifier verifier, AccessRecorder recorder, Clock clock) {
        this.entries = entries;
        this.verifier = verifier;
        this.recorder = recorder;
        this.clock = clock;
    }

    public ChainVerification verifyChain() {
        authorise(Action.VIEW, "chain");
        recorder.allowed(Action.VIEW, OBJECT_TYPE, "chain", null, PURPOSE);
        return verifier.verify();
    }

    /** "Who saw this record": every access to it, oldest first, one page. */
    public ResultPage<AccessLogEntry> whoSaw(String objectType, String objectId, String subjectPseudonym, int page) {
        authorise(Action.SEARCH, describe(objectType, objectId, subjectPseudonym));
        RecordQuery query = new RecordQuery(objectType, objectId, subjectPseudonym);
        recorder.allowed(Action.SEARCH, OBJECT_TYPE, query.describedObject(), query.subjectPseudonym(), PURPOSE);
        int number = Math.max(page, 1);
        return ResultPage.of(entries.forRecord(query, (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1), number, PAGE_SIZE);
    }

    /** The "who saw this record" result as CSV; the export is logged as such. */
    public String exportWhoSaw(String objectType, String objectId, String subjectPseudonym) {
        authorise(Action.EXPORT, describe(objectType, objectId, subjectPseudonym));
        RecordQuery query = new RecordQuery(objectType, objectId, subjectPseudonym);
        recorder.allowed(Action.EXPORT, OBJECT_TYPE, query.describedObject(), query.subjectPseudonym(), PURPOSE);
        List<AccessLogEntry> found = entries.forRecord(query, 0, EXPORT_LIMIT + 1);
        if (found.size() > EXPORT_LIMIT) {
            throw InputRejected.of("objectId", "audit.error.exportTooLarge");
        }
        return CsvExport.write(found, zone());
    }

    /** The newest entries first; without filters a view, with filters a search. */
    public ResultPage<AccessLogEntry> recent(RecentFilter filter, int page) {
        Action action = filter.isEmpty() ? Action.VIEW : Action.SEARCH;
        authorise(action, null);
        recorder.allowed(action, OBJECT_TYPE, filter.actor() == null ? null : "actor/" + filter.actor(), null, PURPOSE);
        int number = Math.max(page, 1);
        return ResultPage.of(entries.recent(filter, zone(), (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1), number,
                PAGE_SIZE);
    }

    /** Refuses, and logs the refusal, unless the current actor is a privacy officer. */
    public void authorise(Action action, String objectId) {
        Actor actor = CurrentActor.require();
        if (!actor.hasRole(Role.PRIVACY_OFFICER)) {
            recorder.denied(action, OBJECT_TYPE, objectId, PURPOSE);
            throw new AccessDeniedException("The access log is for the privacy officer");
        }
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** What was asked for, as far as it is safe to keep in the log of a refused request. */
    private static String describe(String objectType, String objectId, String subjectPseudonym) {
        String described = RecordQuery.blankToNull(objectType) == null ? null
                : objectType.strip() + "/" + (objectId == null ? "" : objectId.strip());
        if (described == null && RecordQuery.blankToNull(subjectPseudonym) != null) {
            described = "subject";
        }
        return described == null || described.length() <= LOGGED_INPUT_LIMIT ? described
                : described.substring(0, LOGGED_INPUT_LIMIT);
    }
}

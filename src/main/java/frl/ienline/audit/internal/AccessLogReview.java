package frl.ienline.audit.internal;

import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.Checkpoint;
import frl.ienline.platform.logchain.CheckpointKeeper;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.AccessRefused;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the privacy officer does with the access log: verify the chain, see who accessed a record or a
 * person (R17), browse recent entries and export a "who saw" result. Only {@link Role#PRIVACY_OFFICER}
 * (their own organisation's entries and those about their municipality's records, {@link LogScope}) and
 * {@link Role#REGIONAL_AUDITOR} (the whole region); anyone else is refused and the refusal is logged.
 * Every use of the log is itself an entry in it, with object type {@value #OBJECT_TYPE}, written before the
 * log is read.
 */
@Service
public class AccessLogReview {

    public static final String OBJECT_TYPE = "access-log";
    public static final String PURPOSE = "access-log-audit";
    public static final int PAGE_SIZE = 50;
    static final int CHECKPOINTS_SHOWN = 60;
    /** A larger "who saw" result is refused for export: narrow the search (by person or by record). */
    static final int EXPORT_LIMIT = 10_000;
    private static final int LOGGED_INPUT_LIMIT = 200;

    private final AccessLogEntries entries;
    private final ChainVerifier verifier;
    private final AccessRecorder recorder;
    private final Checkpoints checkpoints;
    private final Clock clock;

    AccessLogReview(AccessLogEntries entries, ChainVerifier verifier, AccessRecorder recorder, Checkpoints checkpoints,
            Clock clock) {
        this.entries = entries;
        this.verifier = verifier;
        this.recorder = recorder;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** The whole chain, compared with every checkpoint kept in the database. */
    public ChainVerification verifyChain() {
        authorise(Action.VIEW, "chain");
        recorder.allowed(Action.VIEW, OBJECT_TYPE, "chain", null, PURPOSE);
        return verifier.verify(checkpoints.keeper().signed());
    }

    /** Makes a checkpoint now (verify, sign, keep, mail), as the nightly job does. */
    public CheckpointKeeper.Made makeCheckpoint() {
        authorise(Action.CREATE, "checkpoint");
        recorder.allowed(Action.CREATE, OBJECT_TYPE, "checkpoint", null, PURPOSE);
        return checkpoints.make();
    }

    /** The newest kept checkpoints; they hold no entry, only a sequence number and a MAC. */
    public List<CheckpointKeeper.Kept> checkpoints() {
        authorise(Action.VIEW, "checkpoint");
        recorder.allowed(Action.VIEW, OBJECT_TYPE, "checkpoint", null, PURPOSE);
        return checkpoints.keeper().recent(CHECKPOINTS_SHOWN);
    }

    /** One kept checkpoint as the signed text the privacy officer keeps outside ienline. */
    public Checkpoint checkpoint(UUID id) {
        authorise(Action.EXPORT, "checkpoint/" + id);
        recorder.allowed(Action.EXPORT, OBJECT_TYPE, "checkpoint/" + id, null, PURPOSE);
        return checkpoints.keeper().byId(id).orElseThrow(() -> new NotFound("checkpoint"));
    }

    /** The fingerprint of the key that signs checkpoints. */
    public String checkpointKeyFingerprint() {
        return checkpoints.keeper().fingerprint();
    }

    /** "Who saw this record": every access to it, oldest first, one page. */
    public ResultPage<AccessLogEntry> whoSaw(String objectType, String objectId, String subjectPseudonym, int page) {
        Actor actor = authorise(Action.SEARCH, describe(objectType, objectId, subjectPseudonym));
        RecordQuery query = new RecordQuery(objectType, objectId, subjectPseudonym);
        recorder.allowed(Action.SEARCH, OBJECT_TYPE, query.describedObject(), query.subjectPseudonym(), PURPOSE);
        int number = Math.max(page, 1);
        return ResultPage.of(entries.forRecord(query, LogScope.of(actor), (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1),
                number, PAGE_SIZE);
    }

    /** The "who saw this record" result as CSV; the export is logged as such. */
    public String exportWhoSaw(String objectType, String objectId, String subjectPseudonym) {
        Actor actor = authorise(Action.EXPORT, describe(objectType, objectId, subjectPseudonym));
        RecordQuery query = new RecordQuery(objectType, objectId, subjectPseudonym);
        recorder.allowed(Action.EXPORT, OBJECT_TYPE, query.describedObject(), query.subjectPseudonym(), PURPOSE);
        List<AccessLogEntry> found = entries.forRecord(query, LogScope.of(actor), 0, EXPORT_LIMIT + 1);
        if (found.size() > EXPORT_LIMIT) {
            throw InputRejected.of("objectId", "audit.error.exportTooLarge");
        }
        return CsvExport.write(found, zone());
    }

    /** The newest entries first; without filters a view, with filters a search. */
    public ResultPage<AccessLogEntry> recent(RecentFilter filter, int page) {
        Action action = filter.isEmpty() ? Action.VIEW : Action.SEARCH;
        Actor actor = authorise(action, null);
        recorder.allowed(action, OBJECT_TYPE, filter.actor() == null ? null : "actor/" + filter.actor(), null, PURPOSE);
        int number = Math.max(page, 1);
        return ResultPage.of(entries.recent(filter, LogScope.of(actor), zone(), (long) (number - 1) * PAGE_SIZE,
                PAGE_SIZE + 1), number, PAGE_SIZE);
    }

    /** The current actor when a privacy officer or regional auditor; otherwise a logged refusal. */
    public Actor authorise(Action action, String objectId) {
        Actor actor = CurrentActor.require();
        if (!isAuditor(actor)) {
            recorder.denied(action, OBJECT_TYPE, objectId, PURPOSE);
            throw new AccessRefused("The access log is for the privacy officer");
        }
        return actor;
    }

    /** Whether {@code actor} may read (part of) the access log. */
    public static boolean isAuditor(Actor actor) {
        return actor.hasAnyRole(Role.PRIVACY_OFFICER, Role.REGIONAL_AUDITOR);
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

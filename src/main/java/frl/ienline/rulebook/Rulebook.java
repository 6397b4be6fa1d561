package frl.ienline.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The regional rulebook as the running application knows it: the versions shipped with it plus every
 * version the database has recorded. Inject this bean; do not load files yourself.
 *
 * <p>Typical use: {@code rulebook.active().licenceKind("PB")} for today's rules, and record
 * {@code rulebook.active().id()} with every decision so it can later be judged by the rules of its day
 * ({@code rulebook.version(id)}).
 */
public interface Rulebook {

    /** The version in effect today (by the application's clock). */
    RulebookVersion active();

    /**
     * The version in effect on a date.
     *
     * @throws IllegalArgumentException when no version is in effect yet on that date
     */
    RulebookVersion activeOn(LocalDate date);

    /** A version by id, e.g. the one a decision was made under. */
    Optional<RulebookVersion> version(String id);

    /** All versions, past, present and future, ordered by effective date. */
    List<RulebookVersion> versions();

    /** Every version as recorded in the database, with the moment it first became active. */
    List<RecordedVersion> history();

    /**
     * What changed from one version to another, field by field.
     *
     * @throws IllegalArgumentException when a version id is unknown
     */
    RulebookDiff diff(String fromId, String toId);
}

package frl.ienline.register.internal;

/**
 * The steps that concern the applicant or holder and leave a notice in the file. The text of each is
 * {@code register.notice.<KIND>[.<variant>].title/body} in the message bundles, filled with the notice's values.
 */
public enum NoticeKind {
    /** Receipt, with the statutory decision deadline. */
    RECEIPT,
    /** A request for information, with its repair term. */
    INFORMATION_REQUESTED,
    /** The decision term is suspended while the Bibob advice is awaited. */
    TERM_SUSPENDED_BIBOB,
    /** The decision term was extended once. */
    TERM_EXTENDED,
    /** The decision; variant = the outcome. */
    DECISION,
    /** The holder's reminder, the rulebook's lead time before expiry. */
    RENEWAL_REMINDER,
    LICENCE_SUSPENDED,
    LICENCE_REVOKED,
    /** The decision on an objection; variant = its outcome. */
    OBJECTION_DECIDED
}

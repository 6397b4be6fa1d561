package frl.ienline.adintel.engine.network;

/** What ties two ads together in a network. */
public enum LinkKind {
    /** The same phone number (E.164). */
    PHONE,
    /** The same e-mail address. */
    EMAIL,
    /** The same messenger or social media handle. */
    HANDLE,
    /** The same image file (SHA-256). */
    IMAGE,
    /** Images whose difference hashes differ in at most a few bits (re-encoded or resized copies). */
    SIMILAR_IMAGE,
    /** Near-duplicate text (the same template). */
    TEXT
}

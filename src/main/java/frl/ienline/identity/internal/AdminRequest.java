package frl.ienline.identity.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change one functional administrator asked for and a second must approve (review M13).
 *
 * @param userId      the account concerned; {@code null} only for {@link Kind#CREATE_ACCOUNT}
 * @param username    the new account's user name ({@link Kind#CREATE_ACCOUNT} only)
 * @param displayName the name asked for ({@link Kind#CREATE_ACCOUNT}, {@link Kind#CHANGE_ACCESS})
 * @param access      the access asked for ({@link Kind#CREATE_ACCOUNT}, {@link Kind#CHANGE_ACCESS})
 */
record AdminRequest(UUID id, Kind kind, UUID userId, Username username, String displayName, StaffAccess access,
        UUID requestedBy, String requestedByName, Instant requestedAt, Status status, String decidedByName,
        Instant decidedAt) {

    enum Kind { CREATE_ACCOUNT, CHANGE_ACCESS, RESET_PASSWORD, RESET_SECOND_FACTOR, BIND_PROVIDER }

    enum Status { PENDING, APPROVED, REJECTED }

    AdminRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        if ((kind == Kind.CREATE_ACCOUNT) != (userId == null)) {
            throw new IllegalArgumentException("Only a new account's request has no account id");
        }
        if ((kind == Kind.CREATE_ACCOUNT || kind == Kind.CHANGE_ACCESS) && (access == null || displayName == null)) {
            throw new IllegalArgumentException(kind + " needs a name and an access");
        }
    }

    static AdminRequest about(Kind kind, UUID userId, UUID requestedBy, String requestedByName, Instant now) {
        return new AdminRequest(UUID.randomUUID(), kind, userId, null, null, null, requestedBy, requestedByName, now,
                Status.PENDING, null, null);
    }

    static AdminRequest access(Kind kind, UUID userId, Username username, String displayName, StaffAccess access,
            UUID requestedBy, String requestedByName, Instant now) {
        return new AdminRequest(UUID.randomUUID(), kind, userId, username, displayName.strip(), access, requestedBy,
                requestedByName, now, Status.PENDING, null, null);
    }

    /** The id written to the access log: the account, or the request while the account does not exist yet. */
    UUID subjectId() {
        return userId != null ? userId : id;
    }
}

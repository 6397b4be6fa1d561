package frl.ienline.identity.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second pair of eyes (review M13): another functional administrator approves or rejects what one asked
 * for in {@link UserAdministration}. Nobody decides their own request or one about their own account; a
 * request is decided once and goes stale after {@link #STALE_AFTER}. An approved password reset or binding
 * link yields a one-time link that the approving administrator sees once (it is stored only as a hash).
 * The user gets a notice of every approved change; everything goes to the access log.
 */
@Service
class AccessApprovals {

    static final Duration STALE_AFTER = Duration.ofDays(7);

    /** An approved request and, for a new account, a password reset or a binding, the link to hand over. */
    record Approved(AdminRequest request, UUID userId, AccountLinks.Issued link) {
    }

    private final AdminRequests requests;
    private final StaffUsers users;
    private final RecoveryCodes recoveryCodes;
    private final AccountLinks links;
    private final AccountNotices notices;
    private final Passwords passwords;
    private final AccessRecorder recorder;
    private final Clock clock;

    AccessApprovals(AdminRequests requests, StaffUsers users, RecoveryCodes recoveryCodes, AccountLinks links,
            AccountNotices notices, Passwords passwords, AccessRecorder recorder, Clock clock) {
        this.requests = requests;
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.links = links;
        this.notices = notices;
        this.passwords = passwords;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Requests that can still be decided, oldest first. */
    List<AdminRequest> pending() {
        UserAdministration.requireAdministrator();
        return requests.pending(clock.instant().minus(STALE_AFTER));
    }

    @Transactional
    Approved approve(UUID requestId) {
        Actor admin = UserAdministration.requireAdministrator();
        AdminRequest request = decidable(requestId, admin, "approve");
        if (!requests.decide(requestId, AdminRequest.Status.APPROVED, admin.id(), admin.username(),
                clock.instant().minus(STALE_AFTER), clock.instant())) {
            throw InputRejected.of("request", "identity.error.requestDecided");
        }
        Approved approved = apply(request, admin);
        recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, approved.userId(), null,
                "user-approve:" + request.kind());
        return approved;
    }

    @Transactional
    void reject(UUID requestId) {
        Actor admin = UserAdministration.requireAdministrator();
        AdminRequest request = decidable(requestId, admin, "reject");
        if (!requests.decide(requestId, AdminRequest.Status.REJECTED, admin.id(), admin.username(),
                clock.instant().minus(STALE_AFTER), clock.instant())) {
            throw InputRejected.of("request", "identity.error.requestDecided");
        }
        recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, request.subjectId(), null,
                "user-reject:" + request.kind());
    }

    /** The request, unless the administrator asked for it or it is about their own account (logged as refused). */
    private AdminRequest decidable(UUID requestId, Actor admin, String verb) {
        AdminRequest request = requests.byId(requestId).orElseThrow(() -> new NotFound("admin-request"));
        if (request.requestedBy().equals(admin.id())) {
            recorder.denied(Action.CHANGE, UserAdministration.OBJECT_TYPE, request.subjectId(),
                    "user-" + verb + "-own-request:" + request.kind());
            throw InputRejected.of("request", "identity.error.approveOwn");
        }
        if (admin.id().equals(request.userId())) {
            recorder.denied(Action.CHANGE, UserAdministration.OBJECT_TYPE, request.subjectId(),
                    "user-" + verb + "-about-self:" + request.kind());
            throw InputRejected.of("request", "identity.error.approveAboutSelf");
        }
        return request;
    }

    private Approved apply(AdminRequest request, Actor admin) {
        return switch (request.kind()) {
            case CREATE_ACCOUNT -> {
                if (users.exists(request.username())) {
                    throw InputRejected.of("request", "identity.error.username.taken");
                }
                StaffUser user = StaffUser.create(request.username(), request.displayName(), request.access(),
                        passwords.unusableHash(), false, clock.instant());
                users.insert(user);
                recorder.allowed(Action.CREATE, UserAdministration.OBJECT_TYPE, user.id(), null, "user-create");
                yield new Approved(request, user.id(), link(user.id(), AccountLinks.Purpose.PASSWORD, request, admin));
            }
            case CHANGE_ACCESS -> {
                StaffUser user = account(request);
                users.update(user.rename(request.displayName(), clock.instant()).changeAccess(request.access(), clock.instant()));
                notices.add(user.id(), AccountNotices.Kind.ACCESS_CHANGED);
                recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, user.id(), null, "user-change");
                yield new Approved(request, user.id(), null);
            }
            case RESET_PASSWORD -> {
                StaffUser user = account(request);
                users.update(user.changePassword(passwords.unusableHash(), clock.instant()));
                notices.add(user.id(), AccountNotices.Kind.PASSWORD_RESET);
                recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, user.id(), null, "user-reset-password");
                yield new Approved(request, user.id(), link(user.id(), AccountLinks.Purpose.PASSWORD, request, admin));
            }
            case RESET_SECOND_FACTOR -> {
                StaffUser user = account(request);
                users.resetSecondFactor(user.id(), clock.instant());
                recoveryCodes.deleteAll(user.id());
                notices.add(user.id(), AccountNotices.Kind.SECOND_FACTOR_RESET);
                recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, user.id(), null, "user-reset-second-factor");
                yield new Approved(request, user.id(), null);
            }
            case BIND_PROVIDER -> {
                StaffUser user = account(request);
                notices.add(user.id(), AccountNotices.Kind.PROVIDER_LINK_ISSUED);
                yield new Approved(request, user.id(), link(user.id(), AccountLinks.Purpose.IDP, request, admin));
            }
        };
    }

    private AccountLinks.Issued link(UUID userId, AccountLinks.Purpose purpose, AdminRequest request, Actor admin) {
        AccountLinks.Issued link = links.issue(userId, purpose, request.requestedBy(), admin.id());
        recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, userId, null, "user-link-issued:" + purpose);
        return link;
    }

    private StaffUser account(AdminRequest request) {
        return users.byId(request.userId()).orElseThrow(() -> new NotFound(UserAdministration.OBJECT_TYPE));
    }
}

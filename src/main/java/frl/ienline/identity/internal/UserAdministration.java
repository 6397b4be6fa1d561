package frl.ienline.identity.internal;

import frl.ienline.identity.Organisation;
import frl.ienline.identity.Organisations;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one functional administrator does with staff accounts: find, create, change name, organisation, roles
 * and scope, disable, enable, remove a provider binding — and ask for what needs a second administrator
 * (review M13, approved in {@link AccessApprovals}): a care role or wider care access, a new administrator or
 * privacy officer, a password reset, a second-factor reset, a provider-binding link. No administrator ever sets or learns a password: a new account
 * gets a one-time link to set its own. Nobody grants themselves a role. Only {@link Role#FUNCTIONAL_ADMIN};
 * every change goes to the access log (object type {@code user}). Input problems come back as one
 * {@link InputRejected} whose {@code where} is the form field and {@code what} a message key.
 */
@Service
class UserAdministration {

    static final String OBJECT_TYPE = "user";
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.FUNCTIONAL_ADMIN, Role.PRIVACY_OFFICER);

    /** What the form sends; {@code username} is ignored on change. */
    record Draft(String username, String displayName, String organisationCode, List<String> roles,
            List<String> municipalities) {
    }

    /** What a create or change did. */
    sealed interface Outcome {
    }

    /** Done at once; {@code link} is the new account's one-time password link (create only), shown once. */
    record Done(UUID userId, AccountLinks.Issued link) implements Outcome {
    }

    /** Waits for a second administrator. */
    record Requested(UUID requestId, UUID userId) implements Outcome {
    }

    private final StaffUsers users;
    private final AdminRequests requests;
    private final AccountLinks links;
    private final AccountNotices notices;
    private final Organisations organisations;
    private final OidcProviders providers;
    private final Passwords passwords;
    private final AccessRecorder recorder;
    private final Clock clock;

    UserAdministration(StaffUsers users, AdminRequests requests, AccountLinks links, AccountNotices notices,
            Organisations organisations, OidcProviders providers, Passwords passwords, AccessRecorder recorder,
            Clock clock) {
        this.users = users;
        this.requests = requests;
        this.links = links;
        this.notices = notices;
        this.organisations = organisations;
        this.providers = providers;
        this.passwords = passwords;
        this.recorder = recorder;
        this.clock = clock;
    }

    List<StaffUser> search(StaffUsers.Filter filter) {
        requireAdministrator();
        return users.search(filter);
    }

    StaffUser get(UUID id) {
        requireAdministrator();
        return users.byId(id).orElseThrow(() -> new NotFound(OBJECT_TYPE));
    }

    List<AdminRequest> pendingFor(UUID id) {
        requireAdministrator();
        return requests.pendingFor(id);
    }

    @Transactional
    Outcome create(Draft draft) {
        Actor admin = requireAdministrator();
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (!Username.isValid(draft.username())) {
            problems.add(new InputRejected.Problem("username", "identity.error.username.format"));
        } else if (users.exists(Username.of(draft.username()))) {
            problems.add(new InputRejected.Problem("username", "identity.error.username.taken"));
        }
        StaffAccess access = validate(draft, problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        if (needsSecondAdministrator(null, access)) {
            AdminRequest request = AdminRequest.access(AdminRequest.Kind.CREATE_ACCOUNT, null, Username.of(draft.username()),
                    draft.displayName(), access, admin.id(), admin.username(), clock.instant());
            requests.insert(request);
            recorder.allowed(Action.CREATE, OBJECT_TYPE, request.subjectId(), null, "user-request:CREATE_ACCOUNT");
            return new Requested(request.id(), null);
        }
        StaffUser user = StaffUser.create(Username.of(draft.username()), draft.displayName(), access,
                passwords.unusableHash(), false, clock.instant());
        users.insert(user);
        recorder.allowed(Action.CREATE, OBJECT_TYPE, user.id(), null, "user-create");
        AccountLinks.Issued link = links.issue(user.id(), AccountLinks.Purpose.PASSWORD, admin.id(), null);
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, user.id(), null, "user-link-issued:PASSWORD");
        return new Done(user.id(), link);
    }

    @Transactional
    Outcome change(UUID id, Draft draft) {
        Actor admin = requireAdministrator();
        StaffUser user = get(id);
        List<InputRejected.Problem> problems = new ArrayList<>();
        StaffAccess access = validate(draft, problems);
        if (access != null && admin.id().equals(id)) {
            if (!access.roles().contains(Role.FUNCTIONAL_ADMIN)) {
                problems.add(new InputRejected.Problem("roles", "identity.error.roles.ownAdmin"));
            } else if (!user.access().roles().containsAll(access.roles())) {
                problems.add(new InputRejected.Problem("roles", "identity.error.roles.self"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        if (needsSecondAdministrator(user.access(), access)) {
            AdminRequest request = AdminRequest.access(AdminRequest.Kind.CHANGE_ACCESS, id, null, draft.displayName(),
                    access, admin.id(), admin.username(), clock.instant());
            requests.insert(request);
            recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-request:CHANGE_ACCESS");
            return new Requested(request.id(), id);
        }
        users.update(user.rename(draft.displayName(), clock.instant()).changeAccess(access, clock.instant()));
        if (!access.equals(user.access())) {
            notices.add(id, AccountNotices.Kind.ACCESS_CHANGED);
        }
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-change");
        return new Done(id, null);
    }

    /** Asks a second administrator to reset the password or second factor, or to issue a provider-binding link. */
    @Transactional
    UUID request(UUID id, AdminRequest.Kind kind) {
        Actor admin = requireAdministrator();
        if (kind == AdminRequest.Kind.CREATE_ACCOUNT || kind == AdminRequest.Kind.CHANGE_ACCESS) {
            throw new IllegalArgumentException("Access requests come from the form: " + kind);
        }
        StaffUser user = get(id);
        if (admin.id().equals(id)) {
            throw InputRejected.of("account", "identity.error.requestSelf");
        }
        if (kind == AdminRequest.Kind.BIND_PROVIDER && providers.offeredFor(user.access().organisationCode()).isEmpty()) {
            throw InputRejected.of("account", "identity.error.noProvider");
        }
        if (requests.pendingExists(id, kind, clock.instant().minus(AccessApprovals.STALE_AFTER))) {
            throw InputRejected.of("account", "identity.error.requestPending");
        }
        AdminRequest request = AdminRequest.about(kind, id, admin.id(), admin.username(), clock.instant());
        requests.insert(request);
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-request:" + kind);
        return request.id();
    }

    @Transactional
    void disable(UUID id) {
        Actor admin = requireAdministrator();
        if (admin.id().equals(id)) {
            throw InputRejected.of("account", "identity.error.disableSelf");
        }
        users.update(get(id).disable(clock.instant()));
        links.revokeAll(id);
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-disable");
    }

    @Transactional
    void enable(UUID id) {
        requireAdministrator();
        users.update(get(id).enable(clock.instant()));
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-enable");
    }

    /** Ends logins through the identity provider at once (taking away needs no second administrator). */
    @Transactional
    void unbindProvider(UUID id) {
        requireAdministrator();
        StaffUser user = get(id);
        users.unbindOidc(user.id(), clock.instant());
        notices.add(id, AccountNotices.Kind.PROVIDER_UNBOUND);
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-provider-unbound");
    }

    /**
     * A second administrator is needed when the account gains care access (see {@link #widensCareAccess}), and
     * when it becomes a functional administrator or privacy officer — otherwise one administrator could appoint
     * a second "administrator" of their own and approve their own requests. While fewer than two administrators
     * are enabled (a new installation), the one there may appoint the second alone. Taking away never waits.
     */
    private boolean needsSecondAdministrator(StaffAccess before, StaffAccess after) {
        return widensCareAccess(before, after)
                || (grantsOversight(before, after) && users.countEnabledWithRole(Role.FUNCTIONAL_ADMIN) >= 2);
    }

    /** The account ends up in the care compartment and gains a care role, a municipality or another organisation. */
    static boolean widensCareAccess(StaffAccess before, StaffAccess after) {
        if (after.compartment() != Compartment.CARE) {
            return false;
        }
        return before == null || !before.roles().containsAll(after.roles())
                || !before.municipalities().containsAll(after.municipalities())
                || !before.organisationCode().equals(after.organisationCode());
    }

    /** The account gains a role that oversees others: functional administrator or privacy officer. */
    static boolean grantsOversight(StaffAccess before, StaffAccess after) {
        return OVERSIGHT.stream().anyMatch(role -> after.roles().contains(role)
                && (before == null || !before.roles().contains(role)));
    }

    private StaffAccess validate(Draft draft, List<InputRejected.Problem> problems) {
        if (!StaffUser.validDisplayName(draft.displayName())) {
            problems.add(new InputRejected.Problem("displayName", "identity.error.displayName"));
        }
        String organisation = draft.organisationCode() == null ? "" : draft.organisationCode().strip();
        if (!organisation.isEmpty() && organisations.find(organisation).isEmpty()) {
            problems.add(new InputRejected.Problem("organisation", "identity.error.organisation.unknown"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String raw : draft.roles() == null ? List.<String>of() : draft.roles()) {
            try {
                roles.add(Role.valueOf(raw));
            } catch (IllegalArgumentException e) {
                problems.add(new InputRejected.Problem("roles", "identity.error.roles.unknown"));
            }
        }
        Set<String> known = organisations.municipalities().stream().map(Organisation::code).collect(Collectors.toSet());
        Set<MunicipalityCode> municipalities = new TreeSet<>();
        for (String raw : draft.municipalities() == null ? List.<String>of() : draft.municipalities()) {
            if (known.contains(raw)) {
                municipalities.add(MunicipalityCode.of(raw));
            } else {
                problems.add(new InputRejected.Problem("municipalities", "identity.error.municipalities.unknown"));
            }
        }
        List<StaffAccess.Problem> rules = StaffAccess.problems(organisation, roles, municipalities);
        rules.forEach(p -> problems.add(new InputRejected.Problem(p.field(), p.messageKey())));
        return rules.isEmpty() && problems.stream().noneMatch(p -> p.where().equals("organisation"))
                ? StaffAccess.of(organisation, roles, municipalities) : null;
    }

    /** Throws {@link AccessDeniedException} unless the current actor is a functional administrator. */
    void checkAccess() {
        requireAdministrator();
    }

    static Actor requireAdministrator() {
        Actor actor = CurrentActor.require();
        if (!actor.hasRole(Role.FUNCTIONAL_ADMIN)) {
            throw new AccessDeniedException("User administration is for functional administrators");
        }
        return actor;
    }
}

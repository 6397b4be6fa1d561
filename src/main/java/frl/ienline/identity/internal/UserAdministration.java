package frl.ienline.identity.internal;

import frl.ienline.identity.Organisation;
import frl.ienline.identity.Organisations;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
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
 * What functional administrators do with staff accounts: find, create, change organisation, roles and
 * scope, set a new password, disable, enable, reset the second factor. Only {@link Role#FUNCTIONAL_ADMIN};
 * every change is written to the access log (object type {@code user}). Input problems come back as one
 * {@link InputRejected} whose {@code where} is the form field and {@code what} a message key.
 */
@Service
class UserAdministration {

    static final String OBJECT_TYPE = "user";

    /** What the form sends; {@code username} is ignored on change, {@code password} optional on change. */
    record Draft(String username, String displayName, String organisationCode, List<String> roles,
            List<String> municipalities, String password) {
    }

    private final StaffUsers users;
    private final RecoveryCodes recoveryCodes;
    private final Organisations organisations;
    private final Passwords passwords;
    private final AccessRecorder recorder;
    private final Clock clock;

    UserAdministration(StaffUsers users, RecoveryCodes recoveryCodes, Organisations organisations, Passwords passwords,
            AccessRecorder recorder, Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.organisations = organisations;
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

    @Transactional
    UUID create(Draft draft) {
        requireAdministrator();
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (!Username.isValid(draft.username())) {
            problems.add(new InputRejected.Problem("username", "identity.error.username.format"));
        } else if (users.exists(Username.of(draft.username()))) {
            problems.add(new InputRejected.Problem("username", "identity.error.username.taken"));
        }
        StaffAccess access = validate(draft, problems);
        Passwords.problems(draft.password(), draft.username())
                .forEach(key -> problems.add(new InputRejected.Problem("password", key)));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        StaffUser user = StaffUser.create(Username.of(draft.username()), draft.displayName(), access,
                passwords.hash(draft.password()), false, clock.instant());
        users.insert(user);
        recorder.allowed(Action.CREATE, OBJECT_TYPE, user.id(), null, "user-create");
        return user.id();
    }

    @Transactional
    void change(UUID id, Draft draft) {
        Actor admin = requireAdministrator();
        StaffUser user = get(id);
        List<InputRejected.Problem> problems = new ArrayList<>();
        StaffAccess access = validate(draft, problems);
        boolean newPassword = draft.password() != null && !draft.password().isEmpty();
        if (newPassword) {
            Passwords.problems(draft.password(), user.username().value())
                    .forEach(key -> problems.add(new InputRejected.Problem("password", key)));
        }
        if (access != null && admin.id().equals(id) && !access.roles().contains(Role.FUNCTIONAL_ADMIN)) {
            problems.add(new InputRejected.Problem("roles", "identity.error.roles.ownAdmin"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        StaffUser changed = user.rename(draft.displayName(), clock.instant()).changeAccess(access, clock.instant());
        if (newPassword) {
            changed = changed.changePassword(passwords.hash(draft.password()), clock.instant());
        }
        users.update(changed);
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, newPassword ? "user-change-with-password" : "user-change");
    }

    @Transactional
    void disable(UUID id) {
        Actor admin = requireAdministrator();
        if (admin.id().equals(id)) {
            throw InputRejected.of("account", "identity.error.disableSelf");
        }
        users.update(get(id).disable(clock.instant()));
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-disable");
    }

    @Transactional
    void enable(UUID id) {
        requireAdministrator();
        users.update(get(id).enable(clock.instant()));
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-enable");
    }

    /** The user enrols a new authenticator at the next login; old recovery codes stop working. */
    @Transactional
    void resetSecondFactor(UUID id) {
        requireAdministrator();
        StaffUser user = get(id);
        users.resetSecondFactor(user.id(), clock.instant());
        recoveryCodes.deleteAll(user.id());
        recorder.allowed(Action.CHANGE, OBJECT_TYPE, id, null, "user-reset-second-factor");
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
        return rules.isEmpty() ? StaffAccess.of(organisation, roles, municipalities) : null;
    }

    /** Throws {@link AccessDeniedException} unless the current actor is a functional administrator. */
    void checkAccess() {
        requireAdministrator();
    }

    private static Actor requireAdministrator() {
        Actor actor = CurrentActor.require();
        if (!actor.hasRole(Role.FUNCTIONAL_ADMIN)) {
            throw new AccessDeniedException("User administration is for functional administrators");
        }
        return actor;
    }
}

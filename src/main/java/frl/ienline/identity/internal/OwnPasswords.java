package frl.ienline.identity.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords that only their owner knows (review M13, ASVS V6): a signed-in staff member changes their own
 * password with the current one, and a new or reset account gets its password through a one-time link
 * ({@link AccountLinks.Purpose#PASSWORD}) instead of from an administrator. Both go to the access log.
 */
@Service
class OwnPasswords {

    /** The link is unknown, used, revoked or expired, or its account is disabled. */
    static final class LinkInvalid extends RuntimeException {
        LinkInvalid() {
            super("The one-time link cannot be used");
        }
    }

    private final StaffUsers users;
    private final AccountLinks links;
    private final Passwords passwords;
    private final AccessRecorder recorder;
    private final Clock clock;

    OwnPasswords(StaffUsers users, AccountLinks links, Passwords passwords, AccessRecorder recorder, Clock clock) {
        this.users = users;
        this.links = links;
        this.passwords = passwords;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The account a password link is for, if the link can still be used. */
    StaffUser accountOf(String token) {
        return links.valid(token, AccountLinks.Purpose.PASSWORD).flatMap(link -> users.byId(link.userId()))
                .filter(StaffUser::enabled).orElseThrow(LinkInvalid::new);
    }

    /** Sets the password through the link and uses the link up; nothing changes when the input is refused. */
    @Transactional
    void setThroughLink(String token, String password, String repeat) {
        AccountLinks.Link link = links.valid(token, AccountLinks.Purpose.PASSWORD).orElseThrow(LinkInvalid::new);
        StaffUser user = users.byId(link.userId()).filter(StaffUser::enabled).orElseThrow(LinkInvalid::new);
        List<InputRejected.Problem> problems = newPasswordProblems(password, repeat, user);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        if (!links.use(link.id())) {
            throw new LinkInvalid();
        }
        users.update(user.changePassword(passwords.hash(password), clock.instant()));
        recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, user.id(), null, "user-password-set-through-link");
    }

    /** The signed-in staff member changes their own password; the current one is required. */
    @Transactional(noRollbackFor = InputRejected.class)
    void change(String current, String password, String repeat) {
        Actor actor = CurrentActor.require();
        UUID id = actor.id();
        StaffUser user = users.byId(id).orElseThrow(() -> new NotFound(UserAdministration.OBJECT_TYPE));
        if (!passwords.matches(current, user.passwordHash())) {
            recorder.denied(Action.CHANGE, UserAdministration.OBJECT_TYPE, id, "user-password-change-own");
            throw InputRejected.of("current", "identity.error.password.current");
        }
        List<InputRejected.Problem> problems = newPasswordProblems(password, repeat, user);
        if (password != null && password.equals(current)) {
            problems.add(new InputRejected.Problem("password", "identity.error.password.same"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        users.update(user.changePassword(passwords.hash(password), clock.instant()));
        recorder.allowed(Action.CHANGE, UserAdministration.OBJECT_TYPE, id, null, "user-password-change-own");
    }

    private static List<InputRejected.Problem> newPasswordProblems(String password, String repeat, StaffUser user) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        Passwords.problems(password, user.username().value())
                .forEach(key -> problems.add(new InputRejected.Problem("password", key)));
        if (problems.isEmpty() && !password.equals(repeat)) {
            problems.add(new InputRejected.Problem("repeat", "identity.error.password.repeat"));
        }
        return problems;
    }
}

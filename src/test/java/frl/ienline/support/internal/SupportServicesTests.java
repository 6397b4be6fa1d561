package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import frl.ienline.support.SoundingBoardAdvice;
import frl.ienline.support.SupportFigures;
import frl.ienline.support.internal.CareContacts.ContactInput;
import frl.ienline.support.internal.CareContacts.ExitPhase;
import frl.ienline.support.internal.CareContacts.Referral;
import frl.ienline.support.internal.CareContacts.Topic;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Editors' review, care-contact scoping, sounding-board advice, retention and the anonymous figures. */
@SpringBootTest
class SupportServicesTests {

    @Autowired
    PortalContent content;
    @Autowired
    CareContacts contacts;
    @Autowired
    SoundingBoard board;
    @Autowired
    Members members;
    @Autowired
    Alerts alerts;
    @Autowired
    AlertRetention retention;
    @Autowired
    SupportFigures figures;
    @Autowired
    SoundingBoardAdvice advice;
    @Autowired
    CareJdbc db;
    @Autowired
    Clock clock;
    @Autowired
    CareAccessLog accessLog;

    final TestActors.TestActor author = TestActors.actor("FIER", Role.CARE_WORKER);
    final TestActors.TestActor reviewer = TestActors.actor("GGD", Role.CARE_WORKER);

    @Test
    void aPageTranslationIsPublishedOnlyAfterASecondEditorReviewsIt() {
        assertThat(content.page("gezondheid", "ro").fallback()).isTrue();
        AtomicReference<UUID> draft = new AtomicReference<>();
        TestActors.runAs(author, () -> {
            assertThat(content.coverage()).anySatisfy(c -> {
                assertThat(c.slug()).isEqualTo("gezondheid");
                assertThat(c.languages().get("ro").published()).isNull();
            });
            draft.set(content.saveDraft("gezondheid", "ro", "Sănătate", "Teste gratuite la GGD.", "Testare gratuită.\n\n- HIV"));
            content.submitForReview(draft.get());
        });
        assertThat(content.page("gezondheid", "ro").fallback()).as("not published before review").isTrue();
        assertThatThrownBy(() -> TestActors.runAs(author, () -> content.approve(draft.get())))
                .isInstanceOf(AccessDeniedException.class);
        TestActors.runAs(reviewer, () -> content.approve(draft.get()));
        var page = content.page("gezondheid", "ro");
        assertThat(page.fallback()).isFalse();
        assertThat(page.title()).isEqualTo("Sănătate");
        TestActors.runAs(reviewer, () -> {
            UUID second = content.saveDraft("gezondheid", "ro", "Sănătate 2", "Teste gratuite.", "Text nou.");
            content.submitForReview(second);
        });
        TestActors.runAs(author, () -> content.approve(content.awaitingReview().stream()
                .filter(v -> v.slug().equals("gezondheid")).findFirst().orElseThrow().id()));
        TestActors.runAs(author, () -> assertThat(content.history("gezondheid", "ro")).extracting(PortalContent.Version::status)
                .containsExactly(PortalContent.Status.PUBLISHED, PortalContent.Status.SUPERSEDED));
        assertThat(content.page("gezondheid", "ro").title()).isEqualTo("Sănătate 2");
    }

    @Test
    void careContactsAreVisibleOnlyToTheRecordingOrganisation() {
        String pseudonym = "Zon" + UUID.randomUUID().toString().substring(0, 4);
        TestActors.runAs(author, () -> contacts.record(new ContactInput(pseudonym, LocalDate.now(clock),
                Set.of(Topic.EXIT, Topic.HOUSING), Set.of(Referral.EXIT_PROGRAMME), ExitPhase.INTAKE, "Eerste gesprek.")));
        TestActors.runAs(author, () -> assertThat(contacts.list(pseudonym)).singleElement()
                .satisfies(c -> assertThat(c.exitPhase()).isEqualTo(ExitPhase.INTAKE)));
        TestActors.runAs(reviewer, () -> assertThat(contacts.list(pseudonym)).isEmpty());
        TestActors.runAs(reviewer, () -> assertThat(contacts.list(null)).noneMatch(c -> c.pseudonym().equals(pseudonym)));
        assertThat(accessLog.recent("FIER", 50)).anyMatch(e -> pseudonym.equals(e.subject()));
        assertThat(accessLog.firstBrokenEntry()).isEmpty();
    }

    @Test
    void adviceLeavesWithVersionTextAndCountOnly() {
        UUID member = members.signUp("Klank" + UUID.randomUUID().toString().substring(0, 4), "een-lang-wachtwoord", null, false, "nl");
        var coordinator = TestActors.actor("FIER", Role.SOUNDING_BOARD_COORDINATOR);
        AtomicReference<UUID> consultation = new AtomicReference<>();
        TestActors.runAs(coordinator, () -> consultation.set(board.openConsultation("Thuiswerk", "2027.1-concept",
                "Thuiswerkers zonder vergunning toestaan.", LocalDate.now(clock).plusDays(14))));
        assertThatThrownBy(() -> board.respond(member, consultation.get(), "Goed plan")).isInstanceOf(AccessDeniedException.class);
        board.join(member, true);
        board.respond(member, consultation.get(), "Goed plan, maar let op veiligheid.");
        TestActors.runAs(coordinator, () -> board.recordAdvice(consultation.get(), "De groep steunt het voorstel."));
        assertThat(advice.adviceFor("2027.1-concept")).singleElement().satisfies(a -> {
            assertThat(a.advice()).isEqualTo("De groep steunt het voorstel.");
            assertThat(a.responses()).isEqualTo(1);
        });
        assertThat(advice.adviceFor("2027.1-concept").toString()).doesNotContain("Klank");
    }

    @Test
    void expiredAlertsAreDeletedAndOnlyCountedAndADryRunDeletesNothing() {
        Instant past = clock.instant().minus(Duration.ofDays(400));
        UUID expired = alerts.create(null, "FRYSLAN", Severity.LOW, List.of(Category.OTHER), "Verlopen waarschuwing",
                LocalDate.now(clock).minusDays(400), "FIER", past, past.plus(Duration.ofDays(365)), List.of(), false);
        AlertRetention.Result dry = retention.run(true);
        assertThat(dry.alerts()).isGreaterThanOrEqualTo(1);
        assertThat(db.query("SELECT count(*) FROM support.alert WHERE id = :id").param("id", expired).query(Long.class).single()).isEqualTo(1);
        AlertRetention.Result real = retention.run(false);
        assertThat(real.alerts()).isGreaterThanOrEqualTo(1);
        assertThat(db.query("SELECT count(*) FROM support.alert WHERE id = :id").param("id", expired).query(Long.class).single()).isZero();
        assertThat(db.query("SELECT count(*) FROM support.retention_run").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void figuresSuppressSmallNumbers() {
        LocalDate today = LocalDate.now(clock);
        members.signUp("Telling" + UUID.randomUUID().toString().substring(0, 4), "een-lang-wachtwoord", null, false, "nl");
        var counts = figures.counts(today.minusDays(30), today.plusDays(1));
        assertThat(counts.members().shown()).matches("<5|\\d+");
        long real = members.count();
        assertThat(counts.members().shown()).isEqualTo(real < 5 && real > 0 ? "<5" : Long.toString(real));
    }
}

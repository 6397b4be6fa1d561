package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import frl.ienline.support.SoundingBoardAdvice;
import frl.ienline.shared.SupportFigures;
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
    @Autowired
    CareLogVerifier careLogVerifier;
    @Autowired
    CareLogKeys careLogKeys;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(frl.ienline.platform.CareCompartmentDatabase.DATA_SOURCE)
    javax.sql.DataSource care;

    final TestActors.TestActor author = TestActors.actor("FIER", Role.CARE_WORKER);
    final TestActors.TestActor reviewer = TestActors.actor("GGD", Role.CARE_WORKER);

    @Test
    void everyPageHasItsOwnPublishedTextInEveryPortalLanguage() {
        for (String slug : content.slugs()) {
            if (slug.startsWith("test-")) {
                continue; // pages other tests add on purpose with a missing translation
            }
            for (String language : PortalLanguages.ALL) {
                var page = content.page(slug, language);
                assertThat(page.fallback()).as("%s in %s falls back to Dutch", slug, language).isFalse();
                assertThat(page.language()).isEqualTo(language);
                assertThat(page.title()).isNotBlank();
                assertThat(page.body().blocks()).as("%s in %s has a body", slug, language).isNotEmpty();
                if (!language.equals("nl")) {
                    assertThat(page.title()).as("%s in %s is translated, not a copy of the Dutch", slug, language)
                            .isNotEqualTo(content.page(slug, "nl").title());
                }
            }
        }
        assertThat(content.index("hu").stream().filter(l -> !l.slug().startsWith("test-")))
                .hasSize(6).noneMatch(PortalContent.PageLink::fallback);
    }

    @Test
    void firstTranslationsAreFlaggedForNativeReviewForEditorsOnly() {
        TestActors.runAs(author, () -> {
            assertThat(content.coverage()).allSatisfy(row -> {
                if (!row.slug().startsWith("test-")) {
                    assertThat(row.missing()).isZero();
                }
            });
            var rechten = content.coverage().stream().filter(c -> c.slug().equals("rechten")).findFirst().orElseThrow();
            assertThat(rechten.languages().get("pl").nativeReviewPending()).isTrue();
            assertThat(rechten.languages().get("nl").nativeReviewPending()).isFalse();
            assertThat(rechten.awaitingNativeReview()).isEqualTo(5);
            assertThat(content.history("uitstappen", "bg")).singleElement().satisfies(v -> {
                assertThat(v.status()).isEqualTo(PortalContent.Status.PUBLISHED);
                assertThat(v.nativeReviewPending()).isTrue();
                assertThat(v.reviewNote()).isEqualTo("machine-assisted translation, review by a native speaker pending");
            });
        });
    }

    @Test
    void theDiacriticsOfTheTranslationsAreTheProperOnes() {
        String ro = content.page("gezondheid", "ro").title() + content.page("rechten", "ro").title()
                + content.page("uitstappen", "ro").summary();
        assertThat(ro).contains("ă", "ț", "ș").doesNotContain("ş", "ţ"); // comma below, not cedilla
        assertThat(content.page("rechten", "bg").title()).matches("[\\p{IsCyrillic} ]+");
        assertThat(content.page("gezondheid", "hu").summary()).contains("ő", "ű");
        assertThat(content.page("anoniem-melden", "es").body().blocks().toString()).contains("¿", "ó", "é");
        assertThat(content.page("uitstappen", "es").body().blocks().toString()).contains("ñ", "¿", "Tú");
        assertThat(content.page("rechten", "pl").title() + content.page("anoniem-melden", "pl").summary())
                .contains("ą", "ż", "ś");
    }

    /** A page only in Dutch: on purpose, so the visible fallback stays tested now that all seeded pages are translated. */
    private String pageWithOnlyDutch() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        db.query("INSERT INTO support.portal_page (slug, position, created_at) VALUES (:slug, 99, now())")
                .param("slug", slug).update();
        db.query("""
                INSERT INTO support.portal_page_version (id, slug, language, version, title, summary, body, status,
                    author_name, author_org, created_at)
                VALUES (gen_random_uuid(), :slug, 'nl', 1, 'Alleen Nederlands', 'Nog niet vertaald.', 'Tekst.',
                    'PUBLISHED', 'test', 'TEST', now())""").param("slug", slug).update();
        return slug;
    }

    @Test
    void aMissingTranslationFallsBackVisiblyToDutchAndShowsAsMissingToEditors() {
        String slug = pageWithOnlyDutch();
        var page = content.page(slug, "ro");
        assertThat(page.fallback()).isTrue();
        assertThat(page.language()).isEqualTo("nl");
        assertThat(page.requestedLanguage()).isEqualTo("ro");
        assertThat(page.title()).isEqualTo("Alleen Nederlands");
        assertThat(content.page(slug, "nl").fallback()).isFalse();
        assertThat(content.index("ro")).anySatisfy(l -> {
            assertThat(l.slug()).isEqualTo(slug);
            assertThat(l.fallback()).isTrue();
        });
        TestActors.runAs(author, () -> assertThat(content.coverage()).anySatisfy(c -> {
            assertThat(c.slug()).isEqualTo(slug);
            assertThat(c.missing()).isEqualTo(6);
        }));
    }

    @Test
    void aPageTranslationIsPublishedOnlyAfterASecondEditorReviewsIt() {
        String slug = pageWithOnlyDutch();
        assertThat(content.page(slug, "ro").fallback()).isTrue();
        AtomicReference<UUID> draft = new AtomicReference<>();
        TestActors.runAs(author, () -> {
            assertThat(content.coverage()).anySatisfy(c -> {
                assertThat(c.slug()).isEqualTo(slug);
                assertThat(c.languages().get("ro").published()).isNull();
            });
            draft.set(content.saveDraft(slug, "ro", "Sănătate", "Teste gratuite la GGD.", "Testare gratuită.\n\n- HIV"));
            content.submitForReview(draft.get());
        });
        assertThat(content.page(slug, "ro").fallback()).as("not published before review").isTrue();
        assertThatThrownBy(() -> TestActors.runAs(author, () -> content.approve(draft.get())))
                .isInstanceOf(AccessDeniedException.class);
        TestActors.runAs(reviewer, () -> content.approve(draft.get()));
        var page = content.page(slug, "ro");
        assertThat(page.fallback()).isFalse();
        assertThat(page.title()).isEqualTo("Sănătate");
        TestActors.runAs(reviewer, () -> {
            UUID second = content.saveDraft(slug, "ro", "Sănătate 2", "Teste gratuite.", "Text nou.");
            content.submitForReview(second);
        });
        TestActors.runAs(author, () -> content.approve(content.awaitingReview().stream()
                .filter(v -> v.slug().equals(slug)).findFirst().orElseThrow().id()));
        TestActors.runAs(author, () -> assertThat(content.history(slug, "ro")).extracting(PortalContent.Version::status)
                .containsExactly(PortalContent.Status.PUBLISHED, PortalContent.Status.SUPERSEDED));
        assertThat(content.page(slug, "ro").title()).isEqualTo("Sănătate 2");
    }

    @Test
    void aReviewedVersionOfAFirstTranslationClearsTheNativeReviewFlag() {
        TestActors.runAs(author, () -> {
            UUID id = content.saveDraft("hulp", "es", "Dónde encontrar ayuda", "Organizaciones que te ayudan.",
                    "Revisado por una hablante nativa.");
            content.submitForReview(id);
        });
        TestActors.runAs(reviewer, () -> content.approve(content.awaitingReview().stream()
                .filter(v -> v.slug().equals("hulp") && v.language().equals("es")).findFirst().orElseThrow().id()));
        TestActors.runAs(author, () -> {
            assertThat(content.history("hulp", "es")).extracting(PortalContent.Version::nativeReviewPending)
                    .containsExactly(false, true);
            assertThat(content.coverage().stream().filter(c -> c.slug().equals("hulp")).findFirst().orElseThrow()
                    .languages().get("es").nativeReviewPending()).isFalse();
        });
    }

    @Test
    void theCareLogChainSurvivesAnInstantThatPostgresRoundsIntoTheNextMillisecond() {
        // .123999600 s is stored as .124000 (microseconds, rounded): the hash must not use the unrounded instant
        Clock awkward = Clock.fixed(Instant.parse("2026-01-05T10:00:00.123999600Z"), java.time.ZoneOffset.UTC);
        CareAccessLog awkwardLog = new CareAccessLog(care, db, careLogKeys, awkward, Duration.ofSeconds(5));
        try {
            awkwardLog.allowed(author, CareAccessLog.Action.VIEW, "test", null, null, "test");
        } finally {
            awkwardLog.destroy();
        }
        assertThat(careLogVerifier.verify(List.of()).intact()).isTrue();
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
        // M16: the care log ties the entries together with a keyed reference, never the pseudonym itself
        assertThat(accessLog.recent("FIER", 50)).anyMatch(e -> contacts.reference(pseudonym).equals(e.subject()))
                .noneMatch(e -> e.subject() != null && e.subject().contains(pseudonym));
        assertThat(careLogVerifier.verify(List.of()).intact()).isTrue();
    }

    @Test
    void adviceLeavesWithVersionTextAndCountOnly() {
        UUID member = members.signUp("Klank" + UUID.randomUUID().toString().substring(0, 4), "een-lang-wachtwoord", null, false, "nl").orElseThrow();
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

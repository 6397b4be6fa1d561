package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.SUDWEST;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.company;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.register.internal.ApplicationFile;
import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.BibobOutcome;
import frl.ienline.register.internal.DecisionCheck;
import frl.ienline.register.internal.DecisionCheck.Verdict;
import frl.ienline.register.internal.DocumentKind;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.OnlineApplying;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.TransitionRefused;
import frl.ienline.shared.AccessEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The application workflow end to end on the real PostgreSQL, through the module's services. */
@SpringBootTest
@RecordApplicationEvents
class LicenceApplicationsIntegrationTests {

    @Autowired
    OnlineApplying applying;

    @Autowired
    LicenceApplications applications;

    @Autowired
    LicenceAdministration licences;

    @Autowired
    LicenceVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void onlineApplicationFromDraftToLicenceWithBibobAndConditions() {
        OnlineApplying.Started started = applying.start("c.test-" + UUID.randomUUID());
        UUID id = started.id();
        assertThat(applying.signIn(started.reference().value(), started.followUpCode(), "test-client")).contains(id);
        assertThat(applying.signIn(started.reference().value(), "WRNG-CODE-WRNG-CODE", "test-client")).isEmpty();
        var business = RegisterFixtures.club("GM0080", "Test Club Integratie");
        applying.saveBusiness(id, business);
        applying.saveOperator(id, person("Tessa Integratie", "1980-01-01"));
        applying.saveManagers(id, managers("Tom Integratie", "1985-02-02"));
        assertThatThrownBy(() -> applying.submit(id)).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).args()).containsExactly("contact"));
        applying.saveContact(id, RegisterFixtures.contact("tessa@example.nl"));
        applying.submit(id);
        // the officer of the municipality sees the contact details, and that reading is its own access entry
        assertThat(as(LEEUWARDEN, () -> applications.file(id)).contact().email()).isEqualTo("tessa@example.nl");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_type = 'licence-application-contact' "
                + "AND object_id = :id AND result = 'ALLOWED'").param("id", id.toString()).query(Long.class).single())
                .isOne();
        assertThatThrownBy(() -> applying.saveContact(id, RegisterFixtures.contact("ander@example.nl")))
                .isInstanceOf(TransitionRefused.class); // after submitting only through the municipality
        assertThat(applying.view(id).application().state()).isEqualTo(ApplicationState.RECEIVED);

        TestActors.runAs(LEEUWARDEN, () -> applications.requestInformation(id, "Het bedrijfsplan ontbreekt"));
        var view = applying.view(id);
        assertThat(view.application().state()).isEqualTo(ApplicationState.INCOMPLETE);
        assertThat(view.deadline().suspended()).isTrue();
        UUID request = view.application().requests().getFirst().id();
        applying.answer(id, request, "Hierbij het bedrijfsplan", DocumentKind.BUSINESS_PLAN, "plan.pdf",
                UploadInspectorTest.pdf("Bedrijfsplan Test Club"), "c.test");
        assertThat(applying.view(id).application().state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
        assertThat(applying.view(id).documents()).singleElement()
                .satisfies(d -> assertThat(d.requestId()).isEqualTo(request));

        TestActors.runAs(LEEUWARDEN, () -> {
            applications.requestBibobAdvice(id, "Financiering");
            applications.recordBibobAdvice(id, BibobOutcome.LESSER_DANGER, "Mindere mate van gevaar");
            ApplicationFile file = applications.file(id);
            assertThat(file.checks()).extracting(DecisionCheck::code).contains("ageOperator", "ageManager",
                    "capWorkrooms", "history", "bibobLesser");
            assertThatThrownBy(() -> applications.decide(id, Outcome.GRANTED, List.of(), "Voldoet"))
                    .isInstanceOf(TransitionRefused.class);
            Optional<String> number = applications.decide(id, Outcome.GRANTED_WITH_CONDITIONS,
                    List.of("Financiële verantwoording per kwartaal"), "Voldoet met voorschrift");
            assertThat(number).hasValueSatisfying(n -> assertThat(n).matches("FRL-0080-PB-\\d{4}"));
            assertThat(verification.status(number.get())).isEqualTo(LicenceStatus.VALID);
            assertThat(verification.matchesAdPhone(number.get(), business.adPhone().e164())).isTrue();
            assertThat(verification.matchesAdPhone(number.get(), "+31699999999")).isFalse();
            ApplicationFile decided = applications.file(id);
            assertThat(decided.application().decision().rulebookVersion()).isNotBlank();
            assertThat(decided.licenceNumber()).isEqualTo(number.get());
        });

        String storedRulebook = jdbc.sql("SELECT rulebook_version FROM register.application WHERE id = :id")
                .param("id", id).query(String.class).single();
        assertThat(storedRulebook).isNotBlank();
        List<String> actions = jdbc.sql("SELECT action FROM register.application_history WHERE application_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
        assertThat(actions).containsSubsequence("started", "submitted", "informationRequested", "documentAdded",
                "informationSupplied", "bibobRequested", "bibobRecorded", "decided.GRANTED_WITH_CONDITIONS");
        String byWhom = jdbc.sql("""
                SELECT by_whom FROM register.application_history WHERE application_id = :id AND action = 'bibobRequested'""")
                .param("id", id).query(String.class).single();
        assertThat(byWhom).isEqualTo(LEEUWARDEN.username());
    }

    @Test
    void followUpCodeIsStoredOnlyAsAHash() {
        OnlineApplying.Started started = applying.start("c.test-" + UUID.randomUUID());
        String compact = started.followUpCode().replace("-", "");
        long leaks = jdbc.sql("""
                SELECT count(*) FROM register.application WHERE id = :id
                  AND (encode(follow_up_code_hash, 'escape') LIKE '%' || :code || '%' OR reference = :code)""")
                .param("id", started.id()).param("code", compact).query(Long.class).single();
        assertThat(leaks).isZero();
        byte[] hash = jdbc.sql("SELECT follow_up_code_hash FROM register.application WHERE id = :id")
                .param("id", started.id()).query(byte[].class).single();
        assertThat(hash).hasSize(32);
    }

    @Test
    void aRefusalInLeeuwardenIsSeenInSudwestFryslanForFiveYears() {
        UUID refusedId = inAssessment(applications, LEEUWARDEN, club("GM0080", "Test Club Geweigerd"),
                person("Rik Herhaling", "1977-07-07"), managers("Sanne Vaker", "1988-08-08"));
        TestActors.runAs(LEEUWARDEN, () -> {
            applications.inviteView(refusedId, LocalDate.now().plusDays(14), "Voornemen tot weigering");
            applications.decide(refusedId, Outcome.REFUSED, List.of(), "Openbare orde");
        });
        // The same manager, spelled differently, now as operator in Súdwest-Fryslân
        UUID newId = inAssessment(applications, SUDWEST, RegisterFixtures.escort("GM1900", "Test Escort Nieuw"),
                person("sanne  VAKER", "1988-08-08"), managers("Uwe Ander", "1980-03-03"));
        ApplicationFile file = as(SUDWEST, () -> applications.file(newId));
        DecisionCheck history = file.checks().stream().filter(c -> c.code().equals("historyRefusal")).findFirst()
                .orElseThrow();
        assertThat(history.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(history.args()).contains("sanne  VAKER".replaceAll("\\s+", " "), "Leeuwarden");
        String reference = as(LEEUWARDEN, () -> applications.file(refusedId)).application().reference().value();
        assertThat(history.args()).contains(reference);
        // the same for a company matched on its KvK number
        UUID companyRefused = inAssessment(applications, LEEUWARDEN, club("GM0080", "Test Club BV Geweigerd"),
                company("Test Holding B.V.", "12345670"), managers("Vera Ander", "1981-01-01"));
        TestActors.runAs(LEEUWARDEN, () -> {
            applications.inviteView(companyRefused, LocalDate.now().plusDays(14), "Voornemen tot weigering");
            applications.decide(companyRefused, Outcome.REFUSED, List.of(), "Bibob");
        });
        UUID companyAgain = inAssessment(applications, SUDWEST, RegisterFixtures.escort("GM1900", "Test Escort BV"),
                company("Andere Naam B.V.", "12345670"), managers("Wim Ander", "1982-02-02"));
        assertThat(as(SUDWEST, () -> applications.file(companyAgain)).checks())
                .anySatisfy(c -> assertThat(c.code()).isEqualTo("historyRefusal"));
    }

    @Test
    void refusalsOlderThanTheLookBackDoNotCount() {
        UUID old = inAssessment(applications, LEEUWARDEN, club("GM0080", "Test Club Oud"),
                person("Xander Lang Geleden", "1970-01-01"), managers("Yara Lang Geleden", "1971-01-01"));
        TestActors.runAs(LEEUWARDEN, () -> {
            applications.inviteView(old, LocalDate.now().plusDays(14), "Voornemen tot weigering");
            applications.decide(old, Outcome.REFUSED, List.of(), "Openbare orde");
        });
        jdbc.sql("UPDATE register.application SET decided_on = :d WHERE id = :id")
                .param("d", LocalDate.now().minusYears(5).minusDays(1)).param("id", old).update();
        UUID again = inAssessment(applications, LEEUWARDEN, club("GM0080", "Test Club Weer"),
                person("Xander Lang Geleden", "1970-01-01"), managers("Zoë Nieuw", "1990-01-01"));
        assertThat(as(LEEUWARDEN, () -> applications.file(again)).checks())
                .anySatisfy(c -> assertThat(c.code()).isEqualTo("history"))
                .noneSatisfy(c -> assertThat(c.code()).isEqualTo("historyRefusal"));
    }

    @Test
    void sudwestFryslanAllowsOnePremisesLicence() {
        List<UUID> ids = List.of(
                inAssessment(applications, SUDWEST, club("GM1900", "Test Club Sneek Een"), person("Anne Een",
                "1980-01-01"),
                        managers("Bert Een", "1980-01-01")),
                inAssessment(applications, SUDWEST, club("GM1900", "Test Club Sneek Twee"), person("Cees Twee",
                "1980-01-01"),
                        managers("Door Twee", "1980-01-01")));
        String first = as(SUDWEST, () -> applications.decide(ids.get(0), Outcome.GRANTED, List.of(),
                "Voldoet")).orElseThrow();
        assertThat(first).startsWith("FRL-1900-PB-");
        ApplicationFile second = as(SUDWEST, () -> applications.file(ids.get(1)));
        assertThat(second.checks()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("capLicences");
            assertThat(c.verdict()).isEqualTo(Verdict.BLOCKING);
        });
        assertThatThrownBy(() -> as(SUDWEST, () -> applications.decide(ids.get(1), Outcome.GRANTED, List.of(), "x")))
                .isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).code()).isEqualTo("blockingCheck"));
    }

    @Test
    void overdueApplicationsAreMarkedInTheWorklistAndStayUndecided() {
        UUID late = as(LEEUWARDEN, () -> applications.registerPaper(club("GM0080", "Test Club Laat"),
                person("Eva Laat", "1980-01-01"), managers("Frank Laat", "1980-01-01"), LocalDate.now().minusDays(60)));
        var items = as(LEEUWARDEN, applications::worklist);
        var item = items.stream().filter(i -> i.id().equals(late)).findFirst().orElseThrow();
        assertThat(item.deadline().overdue()).isTrue();
        assertThat(item.deadline().due()).isEqualTo(LocalDate.now().minusDays(4));
        assertThat(items.getFirst().deadline().overdue()).isTrue();
        assertThat(as(LEEUWARDEN,
                () -> applications.file(late)).application().state()).isEqualTo(ApplicationState.RECEIVED);
        assertThat(as(SUDWEST, applications::worklist)).noneMatch(i -> i.id().equals(late));
    }

    @Test
    void historyIsAppendOnlyForTheApplicationRole() {
        UUID id = inAssessment(applications, LEEUWARDEN, club("GM0080", "Test Club Historie"), person("Gijs H",
                "1980-01-01"),
                managers("Hans H", "1980-01-01"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE register.application_history SET reason = 'x' WHERE application_id = :id")
                .param("id", id).update()).isInstanceOf(BadSqlGrammarException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM register.licence_history").update())
                .isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void everyViewOfAFileIsLoggedWithTheReferenceAsPseudonym() {
        UUID id = inAssessment(applications, LEEUWARDEN, club("GM0080", "Test Club Log"), person("Ida Log",
                "1980-01-01"),
                managers("Jan Log", "1980-01-01"));
        events.clear();
        // another municipality's officer: the reduced file (M11), logged like any view
        var file = (frl.ienline.register.internal.ReducedFile) as(SUDWEST, () -> applications.view(id));
        List<AccessEvent> views = events.stream(AccessEvent.class)
                .filter(e -> e.action() == AccessEvent.Action.VIEW && id.toString().equals(e.objectId())).toList();
        assertThat(views).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(AccessEvent.Result.ALLOWED);
            assertThat(e.subjectPseudonym()).isEqualTo(file.reference());
            assertThat(e.actorName()).isEqualTo(SUDWEST.username());
            assertThat(e.objectType()).isEqualTo("licence-application");
        });
    }

    @Test
    void licenceNumbersAreGaplessUnderConcurrentGrants() throws Exception {
        // as many grants as the test pool has connections (8); the access log appends on its own pool
        int n = 8;
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(inAssessment(applications, LEEUWARDEN, RegisterFixtures.escort("GM0080",
                    "Test Escort Parallel " + i),
                    person("Kees Parallel " + i, "1980-01-01"), managers("Lies Parallel " + i, "1980-01-01")));
        }
        List<String> numbers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(n)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (UUID id : ids) {
                futures.add(executor.submit(() -> {
                    start.await();
                    numbers.add(as(LEEUWARDEN, () -> applications.decide(id, Outcome.GRANTED, List.of(), "Voldoet"))
                            .orElseThrow());
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get();
            }
        }
        List<Integer> sequence = numbers.stream().map(s -> Integer.parseInt(s.substring(s.length() - 4))).sorted().toList();
        assertThat(sequence).doesNotHaveDuplicates().hasSize(n);
        assertThat(sequence.getLast() - sequence.getFirst()).isEqualTo(n - 1);
        assertThat(numbers).allMatch(s -> s.startsWith("FRL-0080-EB-"));
    }
}

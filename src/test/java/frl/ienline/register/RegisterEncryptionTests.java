package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.CanaryScan;
import frl.ienline.TestActors;
import frl.ienline.register.internal.BibobOutcome;
import frl.ienline.register.internal.DocumentKind;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.OnlineApplying;
import frl.ienline.register.internal.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * M4 (review 2026-12), R15: what an applicant and an officer enter about people, Bibob findings, views, decisions,
 * requests and documents is stored encrypted; a canary in every such field appears in no column of the register
 * schema, while the application still reads it back and still finds earlier refusals by name and date of birth.
 */
@SpringBootTest
class RegisterEncryptionTests {

    @Autowired
    OnlineApplying applying;

    @Autowired
    LicenceApplications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("registerReencryption")
    frl.ienline.platform.crypto.Reencryption reencryption;

    /** An upgrade: rows written in plain text before V230 are encrypted and indexed by the kit's job, and stay readable. */
    @Test
    void plainTextFromBeforeTheKitIsEncryptedByTheJobAndStillFound() {
        String canary = "Oudkanarie" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = RegisterFixtures.inAssessment(applications, LEEUWARDEN, RegisterFixtures.club("GM0080", "Club Oud"),
                person("Vervangen", "1970-03-03"), managers("Vervangen Ook", "1971-04-04"));
        jdbc.sql("""
                UPDATE register.application SET operator_name = :name, operator_name_key = NULL,
                    operator_birth_date = '1970-03-03', bibob_summary = :bibob WHERE id = :id""")
                .param("name", canary + " Oud").param("bibob", "Bibob " + canary).param("id", id).update();
        jdbc.sql("UPDATE register.application_manager SET name = :name, name_key = NULL, birth_date = '1971-04-04' WHERE application_id = :id")
                .param("name", canary + " Beheerder").param("id", id).update();
        assertThat(CanaryScan.find(jdbc, canary, "register")).isNotEmpty();
        TestActors.runAs(LEEUWARDEN, () -> assertThat(applications.file(id).application().operator().name())
                .isEqualTo(canary + " Oud"));

        var result = reencryption.run();

        assertThat(result.failed()).isZero();
        assertThat(CanaryScan.find(jdbc, canary, "register")).isEmpty();
        TestActors.runAs(LEEUWARDEN, () -> {
            var application = applications.file(id).application();
            assertThat(application.operator().name()).isEqualTo(canary + " Oud");
            assertThat(application.operator().birthDate()).isEqualTo(LocalDate.parse("1970-03-03"));
            assertThat(application.managers().getFirst().name()).isEqualTo(canary + " Beheerder");
            assertThat(application.bibobSummary()).isEqualTo("Bibob " + canary);
        });
        long indexed = jdbc.sql("""
                SELECT count(*) FROM register.application_manager WHERE application_id = :id AND name_key IS NOT NULL""")
                .param("id", id).query(Long.class).single();
        assertThat(indexed).isEqualTo(1);
    }

    @Test
    void aCanaryInEveryRegisterFieldIsStoredNowhereInPlainText() {
        String canary = "Kanarie" + UUID.randomUUID().toString().substring(0, 8);
        OnlineApplying.Started started = applying.start("c.canary-" + UUID.randomUUID());
        UUID id = started.id();
        applying.saveBusiness(id, RegisterFixtures.club("GM0080", "Club Versleuteld"));
        applying.saveContact(id, RegisterFixtures.contact(canary + "@example.nl"));
        applying.saveOperator(id, person(canary + " Exploitant", "1980-01-01"));
        applying.saveManagers(id, managers(canary + " Beheerder", "1985-02-02"));
        applying.addDocument(id, DocumentKind.FLOOR_PLAN, canary + "-plattegrond.pdf",
                frl.ienline.register.UploadInspectorTest.pdf("Plattegrond " + canary), "c.canary");
        applying.submit(id);
        TestActors.runAs(LEEUWARDEN, () -> applications.requestInformation(id, "Vraag " + canary));
        UUID request = applying.view(id).application().requests().getFirst().id();
        applying.answer(id, request, "Antwoord " + canary, DocumentKind.BUSINESS_PLAN, "plan.pdf",
                frl.ienline.register.UploadInspectorTest.pdf("Bedrijfsplan " + canary), "c.canary");
        TestActors.runAs(LEEUWARDEN, () -> {
            applications.extendDecisionTerm(id, "Verdaging " + canary);
            applications.requestBibobAdvice(id, "Financiering");
            applications.recordBibobAdvice(id, BibobOutcome.LESSER_DANGER, "Bibob " + canary);
            applications.inviteView(id, LocalDate.now().plusWeeks(2), "Zienswijze gevraagd");
            applications.recordView(id, "Zienswijze " + canary);
            applications.decide(id, Outcome.GRANTED_WITH_CONDITIONS, List.of("Voorschrift"), "Besluit " + canary);
        });

        assertThat(CanaryScan.find(jdbc, canary, "register")).isEmpty();
        byte[] content = jdbc.sql("SELECT content FROM register.application_document WHERE application_id = :id LIMIT 1")
                .param("id", id).query(byte[].class).single();
        assertThat(new String(content, StandardCharsets.ISO_8859_1)).startsWith("v1.").doesNotContain("%PDF");
        String nameKey = jdbc.sql("SELECT operator_name_key FROM register.application WHERE id = :id")
                .param("id", id).query(String.class).single();
        assertThat(nameKey).matches("[a-z0-9-]{1,32}\\.[0-9a-f]{64}").doesNotContainIgnoringCase("exploitant");

        TestActors.runAs(LEEUWARDEN, () -> {
            var file = applications.file(id);
            assertThat(file.application().operator().name()).isEqualTo(canary + " Exploitant");
            assertThat(file.application().bibobSummary()).isEqualTo("Bibob " + canary);
            assertThat(file.application().managers().getFirst().name()).isEqualTo(canary + " Beheerder");
            assertThat(file.application().requests().getFirst().answer()).isEqualTo("Antwoord " + canary);
            var document = applications.document(id, file.documents().getFirst().id());
            assertThat(new String(document.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        });
    }
}

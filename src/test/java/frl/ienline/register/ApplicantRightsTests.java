package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.SUDWEST;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.CanaryScan;
import frl.ienline.TestActors;
import frl.ienline.register.internal.ApplicantRights;
import frl.ienline.register.internal.BibobOutcome;
import frl.ienline.register.internal.DocumentKind;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.shared.AccessRefused;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * M17 (review 2026-12), R17: the privacy officer (or the file's own licensing officer) erases an applicant's file
 * and rectifies the people in it; both logged. After erasure neither the canary nor any ciphertext that held it is
 * left in any schema the application can read.
 */
@SpringBootTest
class ApplicantRightsTests {

    static final Actor PRIVACY_LEEUWARDEN = TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080");

    @Autowired
    LicenceApplications applications;

    @Autowired
    ApplicantRights rights;

    @Autowired
    JdbcClient jdbc;

    @Test
    void erasureLeavesNoTraceOfTheApplicantAndIsLogged() {
        String canary = "Wiskanarie" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = RegisterFixtures.inAssessment(applications, LEEUWARDEN, club("GM0080", "Club Wissen"),
                person(canary + " Exploitant", "1979-01-01"), managers(canary + " Beheerder", "1984-01-01"));
        TestActors.runAs(LEEUWARDEN, () -> {
            applications.addDocument(id, DocumentKind.OTHER, canary + ".pdf", UploadInspectorTest.pdf("Doc " + canary));
            applications.requestBibobAdvice(id, "Reden " + canary);
            applications.recordBibobAdvice(id, BibobOutcome.NO_DANGER, "Bibob " + canary);
        });
        List<String> ciphertexts = new ArrayList<>(jdbc.sql("""
                SELECT unnest(ARRAY[operator_name, operator_birth_date, bibob_summary]) FROM register.application
                WHERE id = :id""").param("id", id).query(String.class).list());
        ciphertexts.addAll(jdbc.sql("SELECT name FROM register.application_manager WHERE application_id = :id")
                .param("id", id).query(String.class).list());
        ciphertexts.addAll(jdbc.sql("SELECT reason FROM register.application_history WHERE application_id = :id AND reason IS NOT NULL")
                .param("id", id).query(String.class).list());
        assertThat(ciphertexts).hasSizeGreaterThanOrEqualTo(5);

        assertThatThrownBy(() -> TestActors.runAs(SUDWEST, () -> rights.erase(id))).isInstanceOf(AccessRefused.class);
        TestActors.runAs(PRIVACY_LEEUWARDEN, () -> rights.erase(id));

        String[] schemas = CanaryScan.readableSchemas(jdbc);
        assertThat(schemas).contains("register", "audit");
        assertThat(CanaryScan.find(jdbc, canary, schemas)).isEmpty();
        for (String ciphertext : ciphertexts) {
            assertThat(CanaryScan.find(jdbc, ciphertext, schemas)).as("a ciphertext of the erased file").isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM register.application_document WHERE application_id = :id")
                .param("id", id).query(Long.class).single()).isZero();
        List<String> logged = jdbc.sql("""
                SELECT action || ':' || result FROM audit.access_log WHERE object_id = :id ORDER BY seq""")
                .param("id", id.toString()).query(String.class).list();
        assertThat(logged).contains("DELETE:ALLOWED", "DELETE:DENIED");
    }

    @Test
    void rectificationReplacesThePeopleAndIsLogged() {
        UUID id = RegisterFixtures.inAssessment(applications, LEEUWARDEN, club("GM0080", "Club Verbeteren"),
                person("Foute Naam", "1979-02-02"), managers("Foute Beheerder", "1984-02-02"));
        String before = jdbc.sql("SELECT operator_name FROM register.application WHERE id = :id").param("id", id)
                .query(String.class).single();
        TestActors.runAs(PRIVACY_LEEUWARDEN, () -> rights.rectify(id, person("Goede Naam", "1979-02-03"), managers("Goede Beheerder", "1984-02-02"), "Verzoek betrokkene"));
        TestActors.runAs(LEEUWARDEN, () -> {
            var application = applications.file(id).application();
            assertThat(application.operator().name()).isEqualTo("Goede Naam");
            assertThat(application.managers()).extracting(p -> p.name()).containsExactly("Goede Beheerder");
        });
        assertThat(CanaryScan.find(jdbc, before, "register")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_id = :id AND action = 'CHANGE'")
                .param("id", id.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }
}

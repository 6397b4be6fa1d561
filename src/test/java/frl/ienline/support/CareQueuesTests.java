package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.Alerts;
import frl.ienline.support.internal.ClientIdentifier;
import frl.ienline.support.internal.Members;
import frl.ienline.support.internal.Objections;
import frl.ienline.support.internal.SafetyReports;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * M12: inside the compartment, a care worker sees the own organisation's and own municipalities' queues —
 * reports, verified members, alerts, objections — not every organisation's; another's record answers 404.
 * New members wait in one shared queue (they belong to no organisation yet), as do objections naming no alert.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CareQueuesTests {

    final TestActors.TestActor fier = TestActors.actor("FIER", Role.CARE_WORKER, "GM0080");
    final TestActors.TestActor xenia = TestActors.actor("XENIA", Role.CARE_WORKER, "GM0090");

    @Autowired
    MockMvc mvc;
    @Autowired
    SafetyReports reports;
    @Autowired
    Members members;
    @Autowired
    Alerts alerts;
    @Autowired
    Objections objections;

    @Test
    void eachCareWorkerSeesTheOwnOrganisationsAndMunicipalitiesQueues() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID member = members.signUp("Queue-" + suffix, "lang-genoeg-wachtwoord", null, false, "nl").orElseThrow();
        UUID leeuwarden = reports.submitByMember(member, input("GM0080", "In Leeuwarden " + suffix));
        UUID smallingerland = reports.submitByMember(member, input("GM0090", "In Drachten " + suffix));
        UUID onBehalf = as(xenia, () -> reports.submitOnBehalf(input("GM0080", "Namens Xenia " + suffix)));

        // reports: by municipality, and the own organisation's reports on a member's behalf
        assertThat(as(fier, () -> reports.queue().stream().map(SafetyReports.Summary::id).toList()))
                .contains(leeuwarden, onBehalf).doesNotContain(smallingerland);
        assertThat(as(xenia, () -> reports.queue().stream().map(SafetyReports.Summary::id).toList()))
                .contains(smallingerland, onBehalf).doesNotContain(leeuwarden);
        mvc.perform(get("/app/ondersteuning/meldingen/" + smallingerland).with(TestActors.as(fier)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/ondersteuning/meldingen/" + smallingerland).with(TestActors.as(xenia)))
                .andExpect(status().isOk());

        // members: a new member is in both queues until an organisation verifies them
        assertThat(as(xenia, () -> members.forVerification().stream().map(Members.Member::id).toList()))
                .contains(member);
        TestActors.runAs(fier, () -> members.verify(member));
        assertThat(as(fier, () -> members.forVerification().stream().map(Members.Member::id).toList()))
                .contains(member);
        assertThat(as(xenia, () -> members.forVerification().stream().map(Members.Member::id).toList()))
                .doesNotContain(member);
        assertThatThrownBy(() -> TestActors.runAs(xenia, () -> members.verify(member))).isInstanceOf(NotFound.class);

        // alerts: published by the own organisation or for the own municipalities
        UUID alert = as(fier, () -> reports.publish(leeuwarden, "GM0080", Severity.HIGH, "Klant " + suffix,
                Set.of(ClientIdentifier.Kind.PHONE)));
        assertThat(as(fier, () -> alerts.all().stream().map(Alerts.Alert::id).toList())).contains(alert);
        assertThat(as(xenia, () -> alerts.all().stream().map(Alerts.Alert::id).toList())).doesNotContain(alert);
        assertThatThrownBy(() -> TestActors.runAs(xenia, () -> alerts.withdraw(alert, "Niet van ons")))
                .isInstanceOf(NotFound.class);

        // objections: about the own alerts (one naming no known alert is not stored at all, D8)
        UUID aboutFier = objections.submit(alert.toString().substring(0, 8), "Klopt niet " + suffix, null).orElseThrow();
        assertThat(objections.submit(null, "Zonder kenmerk " + suffix, null)).isEmpty();
        assertThat(as(fier, () -> objections.all().stream().map(Objections.Objection::id).toList()))
                .contains(aboutFier);
        assertThat(as(xenia, () -> objections.all().stream().map(Objections.Objection::id).toList()))
                .doesNotContain(aboutFier);
        assertThatThrownBy(() -> TestActors.runAs(xenia, () -> objections.decide(aboutFier, Objections.Decision.UPHELD,
                "Niet van ons"))).isInstanceOf(NotFound.class);
    }

    private static ReportInput input(String municipality, String description) {
        return new ReportInput(Set.of(Category.THREAT), LocalDate.now().minusDays(1), municipality, description,
                "06-12345678", null, null, null, null, false, false);
    }

    private static <T> T as(TestActors.TestActor actor, Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        TestActors.runAs(actor, () -> result.set(body.get()));
        return result.get();
    }
}

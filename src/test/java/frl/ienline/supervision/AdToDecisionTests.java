package frl.ienline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.register.RegisterFixtures;
import frl.ienline.register.internal.Address;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.DecisionProposals;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.Person;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import frl.ienline.supervision.internal.CaseFiles;
import frl.ienline.supervision.internal.Enforcement;
import frl.ienline.supervision.internal.Lead;
import frl.ienline.supervision.internal.LeadFilter;
import frl.ienline.supervision.internal.LeadScore;
import frl.ienline.supervision.internal.LeadSource;
import frl.ienline.supervision.internal.LeadSubject;
import frl.ienline.supervision.internal.ScoreReason;
import frl.ienline.supervision.internal.SubjectKind;
import frl.ienline.supervision.internal.SubjectScore;
import frl.ienline.supervision.internal.LeadEvidence;
import frl.ienline.supervision.internal.Worklist;
import frl.ienline.register.internal.Operator;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, end to end on real imports: an ad with licence X → X revoked by a step of the team → the licensing
 * officer decides → the public register says "ingetrokken" → the ad's status changes → the subject's lead appears
 * with that reason. A municipality outside the team gets the same proposal for the same history. On a generated
 * import the worklist holds one lead per subject.
 */
class AdToDecisionTests extends SupervisionTesting {

    @Autowired
    MockMvc mvc;
    @Autowired
    LicenceApplications applications;
    @Autowired
    LicenceAdministration licences;
    @Autowired
    DecisionProposals proposals;
    @Autowired
    Worklist worklist;
    @Autowired
    CaseFiles cases;
    @Autowired
    Enforcement enforcement;
    @Autowired
    AdSightings sightings;
    @Autowired
    frl.ienline.supervision.internal.SupervisionAccess access;

    /** Achtkarspelen takes no part in the regional team: its own enforcement officer. */
    final TestActor achtkarspelen = TestActors.actor("GM0059", Role.MUNICIPAL_ENFORCEMENT_OFFICER, "GM0059");

    /** A licence in Leeuwarden, granted today, with the given ad phone number (as 06…). */
    String licence(String name, String adPhone) {
        Business business = new Business(LicenceKind.PB, MunicipalityCode.of("GM0080"), name,
                new Address("Kettingstraat", "4", "8911 AB", "Leeuwarden"),
                frl.ienline.register.internal.AdPhoneNumber.of(adPhone), 2, 3);
        UUID application = RegisterFixtures.inAssessment(applications, RegisterFixtures.LEEUWARDEN, business,
                Operator.person(new Person("Otto Keten", LocalDate.parse("1970-02-02")), null),
                List.of(new Person("Bea Keten", LocalDate.parse("1980-03-03"))));
        return RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> applications.decide(application,
                Outcome.GRANTED, List.of(), "Voldoet.")).orElseThrow();
    }

    static String adWithLicence(String id, String place, String phone, String licenceNumber) {
        return "{\"source\":\"kinky.nl\",\"sourceAdId\":\"" + id + "\",\"capturedAt\":\"" + Instant.now()
                + "\",\"title\":\"Club in " + place + "\",\"body\":\"Welkom in onze club, vergunning " + licenceNumber
                + "\",\"location\":\"" + place + "\",\"phones\":[\"" + phone + "\"],\"images\":[],\"licenseNumber\":\""
                + licenceNumber + "\"}";
    }

    String checkOf(String sourceAdId) {
        return jdbc.sql("""
                SELECT a.licence_check FROM adintel.ad a WHERE a.source_ad_id = :id""").param("id", sourceAdId)
                .query(String.class).single();
    }

    UUID caseWithBusiness(TestActor actor, String number) {
        UUID lead = as(actor, () -> worklist.createExternal(LeadSource.MUNICIPALITY_REQUEST,
                MunicipalityCode.of("GM0080"), "Verzoek: controle van " + number));
        UUID caseId = as(actor, () -> worklist.openCase(lead, null));
        as(actor, () -> cases.addBusiness(caseId, number));
        return caseId;
    }

    static String proposed(List<Enforcement.Proposal> proposals, String number) {
        return proposals.stream().filter(p -> p.subject().kind() == SubjectKind.BUSINESS
                && p.subject().reference().equals(number)).findFirst().orElseThrow().ladder().proposed().code();
    }

    @Test
    void aRevocationByTheTeamIsDecidedInTheRegisterAndTheAdsOfTheLicenceBecomeALead() throws Exception {
        String number = licence("Club Ketting", "0613990001");
        importAds(adWithLicence("e2e-ketting-1", "Leeuwarden", "0613990001", number));
        assertThat(checkOf("e2e-ketting-1")).isEqualTo("LICENSED");

        // the team takes the revocation step (a deviation from the proposed warning, with a rulebook reason)
        UUID caseId = caseWithBusiness(inspector, number);
        assertThat(proposed(as(inspector, () -> enforcement.proposals(caseId)), number)).isEqualTo("WARNING");
        UUID step = as(inspector, () -> enforcement.decide(caseId, SubjectKind.BUSINESS, number, "REVOCATION",
                "SERIOUS_ABUSE", null, null, null));
        // it is a proposal in the register, not yet a decision: the licence is still valid
        DecisionProposals.Proposal proposal = RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> proposals.forOfficer()).stream()
                .filter(p -> p.sourceActionId().equals(step)).findFirst().orElseThrow();
        assertThat(proposal.open()).isTrue();
        mvc.perform(get("/api/v1/vergunningen/" + number)).andExpect(jsonPath("$.status").value("geldig"));
        // another municipality's licensing officer cannot decide it
        assertThatThrownBy(() -> RegisterFixtures.as(RegisterFixtures.SUDWEST, () -> {
            proposals.adopt(proposal.id(), null, "Niet mijn gemeente");
            return null;
        })).isInstanceOf(RuntimeException.class);

        // Leeuwarden's licensing officer decides it, with the letter
        RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> {
            proposals.adopt(proposal.id(), null, "Minderjarige aangetroffen bij de controle.");
            return null;
        });
        mvc.perform(get("/api/v1/vergunningen/" + number)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ingetrokken"));
        byte[] letter = RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> proposals.letter(proposal.id()));
        assertThat(new String(letter, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the ad follows the register, and its subject's lead appears with the reason
        await(() -> Optional.of(checkOf("e2e-ketting-1")).filter("INVALID_LICENCE"::equals));
        UUID lead = awaitLead("e2e-ketting-1");
        List<String> reasons = await(() -> Optional.of(jdbc.sql("SELECT array_to_string(reasons, ',') FROM supervision.lead WHERE id = :id")
                .param("id", lead).query(String.class).single()).filter(r -> r.contains("REVOKED_LICENCE")))
                .lines().toList();
        assertThat(reasons.getFirst()).startsWith("REVOKED_LICENCE::60");
        // the step counts on the ladder: adopted; the next proposal on the licence is the one after revocation
        await(() -> jdbc.sql("SELECT register_outcome FROM supervision.enforcement_action WHERE id = :id")
                .param("id", step).query(String.class).optional().filter("ADOPTED"::equals));
    }

    @Test
    void aMunicipalityOutsideTheTeamGetsTheSameProposalForTheSameHistory() {
        String number = licence("Club Gelijk", "0613990002");
        UUID teamCase = caseWithBusiness(inspector, number);
        as(inspector, () -> enforcement.decide(teamCase, SubjectKind.BUSINESS, number, null, null, null, null, null));

        // the register's own suspension counts as a step in the region-wide history
        UUID licenceId = jdbc.sql("SELECT id FROM register.licence WHERE number = :n").param("n", number)
                .query(UUID.class).single();
        RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> {
            licences.suspend(licenceId, LocalDate.now(clock).plusMonths(1), "Brandveiligheid niet op orde.");
            return null;
        });
        await(() -> jdbc.sql("SELECT licence_number FROM supervision.register_step WHERE licence_number = :n")
                .param("n", number).query(String.class).optional());

        // Achtkarspelen's own officer opens a case in Achtkarspelen, with the same business
        UUID ownCase = as(achtkarspelen, () -> cases.create("GM0059", "Eigen zaak Achtkarspelen"));
        as(achtkarspelen, () -> cases.addBusiness(ownCase, number));
        String forTheMunicipality = proposed(as(achtkarspelen, () -> enforcement.proposals(ownCase)), number);
        String forTheTeam = proposed(as(inspector, () -> enforcement.proposals(teamCase)), number);
        assertThat(forTheMunicipality).isEqualTo(forTheTeam).isEqualTo("REVOCATION");
        // the same deviation reasons: a step other than the proposal needs one of the rulebook's list
        assertThatThrownBy(() -> as(achtkarspelen, () -> enforcement.decide(ownCase, SubjectKind.BUSINESS, number,
                "WARNING", "geen code van de lijst", null, null, null))).isInstanceOf(InputRejected.class);
        UUID step = as(achtkarspelen, () -> enforcement.decide(ownCase, SubjectKind.BUSINESS, number, "WARNING",
                "VIOLATION_ENDED", null, null, null));
        assertThat(as(achtkarspelen, () -> enforcement.deviations())).extracting(a -> a.id()).contains(step);

        // only the team's mandate differs: the municipality's officer works no team municipality and no team case
        assertThatThrownBy(() -> as(achtkarspelen, () -> cases.create("GM0080", "In Leeuwarden")))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> as(achtkarspelen, () -> cases.view(teamCase))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(achtkarspelen, () -> worklist.view(LeadFilter.open())))
                .isInstanceOf(frl.ienline.shared.AccessRefused.class);
    }

    @Test
    void aDeclinedProposalIsNoStepOnTheLadder() throws Exception {
        String number = licence("Club Afgewezen", "0613990003");
        UUID caseId = caseWithBusiness(inspector, number);
        UUID step = as(inspector, () -> enforcement.decide(caseId, SubjectKind.BUSINESS, number, "SUSPENSION",
                "DANGER_TO_PUBLIC_ORDER", null, null, null));
        assertThat(proposed(as(inspector, () -> enforcement.proposals(caseId)), number)).isEqualTo("REVOCATION");
        DecisionProposals.Proposal proposal = RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> proposals.forOfficer())
                .stream().filter(p -> p.sourceActionId().equals(step)).findFirst().orElseThrow();
        assertThatThrownBy(() -> RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> {
            proposals.adopt(proposal.id(), null, "Zonder einddatum");
            return null;
        })).isInstanceOf(InputRejected.class); // a suspension needs its end date
        RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> {
            proposals.decline(proposal.id(), "Het gevaar is al weggenomen door de exploitant.");
            return null;
        });
        mvc.perform(get("/api/v1/vergunningen/" + number)).andExpect(jsonPath("$.status").value("geldig"));
        await(() -> jdbc.sql("SELECT register_outcome FROM supervision.enforcement_action WHERE id = :id")
                .param("id", step).query(String.class).optional().filter("DECLINED"::equals));
        // the declined suspension does not count: the ladder starts again at a warning
        assertThat(proposed(as(inspector, () -> enforcement.proposals(caseId)), number)).isEqualTo("WARNING");
    }

    @Test
    void onAGeneratedImportTheWorklistHoldsOneLeadPerSubject() throws Exception {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        new AdGenerator(GeneratorSettings.of(600, 1313)).write(jsonl, new StringWriter());
        String[] lines = jsonl.toString(StandardCharsets.UTF_8).split("\n");
        UUID importId = importAds(lines);
        List<AdSighting> imported = sightings.ofImport(importId).stream()
                .filter(ad -> ad.municipality() != null).toList();
        // the subjects of the import, and which are worth a lead (an ad without a valid licence of its own, new in
        // town, or a high score)
        Map<LeadSubject, List<AdSighting>> bySubject = imported.stream()
                .collect(Collectors.groupingBy(LeadSubject::ofAd));
        long worth = bySubject.values().stream().filter(ads -> {
            List<LeadEvidence> evidence = ads.stream().map(LeadEvidence::of).toList();
            LeadScore score = SubjectScore.of(evidence, false, false, clock.instant());
            return SubjectScore.worthALead(evidence, score);
        }).count();
        List<String> adIds = imported.stream().map(AdSighting::adId).toList();
        // wait until every ad of the import that is worth it is evidence of a lead
        int leads = await(() -> {
            int count = jdbc.sql("""
                    SELECT count(DISTINCT l.id) FROM supervision.lead l JOIN supervision.lead_ad e ON e.lead_id = l.id
                     WHERE e.ad_id = ANY(:ads)""").param("ads", adIds.toArray(String[]::new)).query(Integer.class)
                    .single();
            return count >= worth ? Optional.of(count) : Optional.empty();
        });
        assertThat(bySubject.size()).isLessThan(imported.size()); // advertisers with several ads
        assertThat(leads).isEqualTo(worth);
        // one open lead per subject, and the worklist counts them all (no cap)
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT subject_kind, subject_key FROM supervision.lead WHERE state = 'OPEN'
                 GROUP BY 1, 2 HAVING count(*) > 1) d""").query(Integer.class).single()).isZero();
        int open = jdbc.sql("SELECT count(*) FROM supervision.lead WHERE state = 'OPEN' AND municipality = ANY(:m)")
                .param("m", access.mandate().participantsOn(LocalDate.now(clock)).stream()
                        .map(MunicipalityCode::value).toArray(String[]::new)).query(Integer.class).single();
        Worklist.View view = as(inspector, () -> worklist.view(LeadFilter.open()));
        assertThat(view.total()).isEqualTo(open);
        assertThat(view.leads()).hasSizeLessThanOrEqualTo(LeadFilter.PAGE_SIZE);
    }
}

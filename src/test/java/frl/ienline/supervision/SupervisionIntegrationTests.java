package frl.ienline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import frl.ienline.TestActors;
import frl.ienline.register.internal.Address;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.Operator;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.Person;
import frl.ienline.register.RegisterFixtures;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import frl.ienline.supervision.internal.CaseFiles;
import frl.ienline.supervision.internal.CaseRetention;
import frl.ienline.supervision.internal.ControlKind;
import frl.ienline.supervision.internal.Controls;
import frl.ienline.supervision.internal.Enforcement;
import frl.ienline.supervision.internal.Lead;
import frl.ienline.supervision.internal.LeadFilter;
import frl.ienline.supervision.internal.LeadSource;
import frl.ienline.supervision.internal.NotificationInbox;
import frl.ienline.supervision.internal.Report;
import frl.ienline.supervision.internal.Rows;
import frl.ienline.supervision.internal.SubjectKind;
import frl.ienline.supervision.internal.Worklist;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * Supervision end to end on the real database, with real ad imports: leads from ads (and their routing
 * outside the mandate, with a mail that carries a link only), a case, a control with two members and its
 * locked report, the signal hand-off, the ladder across municipalities with a recorded deviation, the
 * Romanian letter, displacement alerts, licence conditions as the checklist, BSN refusal and retention.
 */
class SupervisionIntegrationTests extends SupervisionTesting {

    @Autowired
    Worklist worklist;
    @Autowired
    CaseFiles cases;
    @Autowired
    Controls controls;
    @Autowired
    Enforcement enforcement;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    CaseRetention retention;
    @Autowired
    LicenceApplications applications;

    private void knowBothTeamMembers() {
        as(coordinator, () -> worklist.view(frl.ienline.supervision.internal.LeadFilter.open()));
        as(inspector, () -> worklist.view(frl.ienline.supervision.internal.LeadFilter.open()));
    }

    private Controls.Plan plan(ControlKind kind, String municipality, List<String> members, String reason,
            String licence) {
        return new Controls.Plan(kind, LocalDate.now().plusDays(1), LocalTime.of(20, 30), "Hotel aan de ring",
                LocationType.HOTEL, municipality, members, reason, true, licence);
    }

    private Report report(IndicatorCode... indicators) {
        return new Report(Report.Answer.YES, Report.Answer.YES, "Een man in een grijze auto", "Hotel",
                "Werkt zeven dagen per week", indicators.length == 0 ? EnumSet.noneOf(IndicatorCode.class)
                        : EnumSet.copyOf(Arrays.asList(indicators)), List.of(), "Telefoon werd door een ander beantwoord.",
                Report.Outcome.WARNING, true, false);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void adsBecomeLeadsAndThoseOutsideTheMandateAreRoutedWithALinkOnly() throws Exception {
        int mailsBefore = SMTP.getReceivedMessages().length;
        importAds(ad("it-1", "Leeuwarden", "06-12340001", "Nieuw in de stad, 24/7 beschikbaar"),
                ad("it-2", "Hollum", "06-12340002", "Vakantie op Ameland, bel me"));
        UUID inMandate = awaitLead("it-1");
        UUID outside = awaitLead("it-2");

        Worklist.View view = as(inspector, () -> worklist.view(frl.ienline.supervision.internal.LeadFilter.open()));
        assertThat(view.leads()).extracting(Rows.Lead::id).contains(inMandate).doesNotContain(outside);
        Rows.Lead lead = view.leads().stream().filter(l -> l.id().equals(inMandate)).findFirst().orElseThrow();
        assertThat(lead.reasons()).extracting(r -> r.code()).contains("NO_LICENCE_NUMBER");
        assertThat(lead.score()).isEqualTo(lead.reasons().stream().mapToInt(r -> r.points()).sum());
        assertThat(view.outsideMandate()).containsKey(MunicipalityCode.of("GM0060"));
        assertThat(view.mandate()).contains(MunicipalityCode.of("GM0080")).doesNotContain(MunicipalityCode.of("GM0060"));

        assertThat(jdbc.sql("SELECT count(*) FROM supervision.notification WHERE object_id = :id AND municipality = 'GM0060'")
                .param("id", outside).query(Integer.class).single()).isEqualTo(1);
        MimeMessage mail = await(() -> Arrays.stream(SMTP.getReceivedMessages()).skip(mailsBefore)
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("sekswerk@ameland.example");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst());
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("/app/toezicht/meldingen").contains("Ameland")
                .doesNotContain("0612340002").doesNotContain("12340002").doesNotContain("it-2").doesNotContain("Hollum");

        var ameland = TestActors.actor("GM0060", Role.LICENSING_OFFICER, "GM0060");
        assertThat(as(ameland, () -> inbox.forOfficer())).anySatisfy(item -> assertThat(item.lead().id()).isEqualTo(outside));
        var leeuwardenOfficer = TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080");
        assertThat(as(leeuwardenOfficer, () -> inbox.forOfficer())).noneMatch(item -> item.lead() != null
                && item.lead().id().equals(outside));
    }

    @Test
    void fromALeadToALetterASignalAndADisplacementAlert() throws Exception {
        knowBothTeamMembers();
        importAds(ad("it-10", "Leeuwarden", "06-12340010", "Hoi, ik ben Bella, nieuw hier"));
        UUID leadA = awaitLead("it-10");
        UUID caseA = as(inspector, () -> worklist.openCase(leadA, "Bella in Leeuwarden"));
        UUID bella = as(inspector, () -> cases.addPerson(caseA, "Bella", "FROM_21_TO_25", "RO", "ro", "06 1234 0010"));

        // at least two team members, or a reason
        assertThatThrownBy(() -> as(inspector, () -> controls.plan(caseA, plan(ControlKind.DECOY_APPOINTMENT, "GM0080",
                List.of(inspector.username()), null, null))))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems())
                        .extracting(InputRejected.Problem::where).contains("fewerMembersReason"));
        UUID control = as(inspector, () -> controls.plan(caseA, plan(ControlKind.DECOY_APPOINTMENT, "GM0080",
                List.of(inspector.username(), coordinator.username()), null, null)));

        as(inspector, () -> {
            controls.report(control, report(IndicatorCode.BROUGHT_OR_PICKED_UP, IndicatorCode.NO_ACCESS_TO_OWN_ID));
            return null;
        });
        // the finished report is locked, in the application and in the database
        assertThatThrownBy(() -> as(inspector, () -> {
            controls.report(control, report());
            return null;
        })).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE supervision.control SET observations = 'changed' WHERE id = :id")
                .param("id", control).update()).isInstanceOf(DataAccessException.class);
        as(inspector, () -> {
            controls.addendum(control, "Correctie: de auto was blauw.");
            return null;
        });
        assertThat(as(inspector, () -> controls.view(control)).addenda()).hasSize(1);

        // signal hand-off in one step: only ids and codes cross
        SignalReference signal = as(inspector, () -> controls.handOff(control));
        assertThat(jdbc.sql("SELECT count(*) FROM signals.signal WHERE reference = :r AND control_id = :c")
                .param("r", signal.value()).param("c", control.toString()).query(Integer.class).single()).isEqualTo(1);
        Rows.Handoff handoff = as(inspector, () -> controls.view(control)).handoff();
        assertThat(handoff.signalReference()).isEqualTo(signal.value());
        assertThat(handoff.indicators()).containsExactlyInAnyOrder("BROUGHT_OR_PICKED_UP", "NO_ACCESS_TO_OWN_ID");
        assertThat(handoff.caseIds()).containsExactly(caseA.toString());
        assertThat(handoff.adIds()).hasSize(1);
        assertThatThrownBy(() -> as(inspector, () -> controls.handOff(control))).isInstanceOf(InputRejected.class);

        // the ladder: a first violation gets a warning, in the person's language
        assertThat(as(inspector, () -> enforcement.proposals(caseA))).filteredOn(p -> p.subject().kind() == SubjectKind.PERSON)
                .singleElement().satisfies(p -> assertThat(p.ladder().proposed().code()).isEqualTo("WARNING"));
        UUID warning = as(inspector, () -> enforcement.decide(caseA, SubjectKind.PERSON, bella.toString(), null, null,
                null, control, null));
        String letter = pdfText(as(inspector, () -> enforcement.letter(warning)));
        assertThat(letter).contains("Avertisment", "Bella", "încălcarea", "Frizia", "municipalitatea Leeuwarden",
                "Fier");

        // the same phone shows up in Smallingerland: a displacement alert and a lead there
        importAds(ad("it-11", "Drachten", "06 1234 0010", "Nieuw in Drachten, Bella"));
        UUID leadB = awaitLead("it-11");
        List<Rows.Alert> alerts = as(inspector, () -> inbox.alerts());
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.fromCaseId()).isEqualTo(caseA);
            assertThat(a.toLeadId()).isEqualTo(leadB);
            assertThat(a.toMunicipality()).isEqualTo(MunicipalityCode.of("GM0090"));
        });

        // a second violation in another municipality counts as a second violation
        UUID caseB = as(inspector, () -> worklist.openCase(leadB, "Bella in Drachten"));
        UUID bellaB = as(inspector, () -> cases.addPerson(caseB, "Bella", "FROM_21_TO_25", "RO", "ro", "0612340010"));
        Enforcement.Proposal proposal = as(inspector, () -> enforcement.proposals(caseB)).stream()
                .filter(p -> p.subject().kind() == SubjectKind.PERSON).findFirst().orElseThrow();
        assertThat(proposal.ladder().proposed().code()).isEqualTo("INTENT");
        assertThat(proposal.ladder().basis()).extracting(b -> b.municipality().value()).containsExactly("GM0080");

        // deviating needs a recorded reason, and is reportable
        assertThatThrownBy(() -> as(inspector, () -> enforcement.decide(caseB, SubjectKind.PERSON, bellaB.toString(),
                "PENALTY_ORDER", "", "Een reden die niet uit de regelset komt", null, null)))
                .isInstanceOf(InputRejected.class);
        UUID order = as(inspector, () -> enforcement.decide(caseB, SubjectKind.PERSON, bellaB.toString(),
                "PENALTY_ORDER", "SERIOUS_ABUSE", "Tweede keer binnen een maand, met signalen van dwang.", null, null));
        assertThat(as(inspector, () -> enforcement.deviations())).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(order);
            assertThat(a.proposedStepCode()).isEqualTo("INTENT");
            assertThat(a.deviationReasonCode()).isEqualTo("SERIOUS_ABUSE");
            assertThat(a.penaltyAmount()).isEqualByComparingTo("500");
            assertThat(a.deadline()).isEqualTo(LocalDate.now(clock).plusDays(1));
        });
        assertThat(as(inspector, () -> enforcement.deadlines())).extracting(Rows.EnforcementAction::id).contains(order);
        assertThat(pdfText(as(inspector, () -> enforcement.letter(order)))).contains("500", "1.500");

        // and in Ameland (outside the mandate): an alert, and Ameland's contact is notified
        importAds(ad("it-12", "Hollum", "+31612340010", "Bella op Ameland"));
        UUID leadC = awaitLead("it-12");
        UUID alertToAmeland = await(() -> jdbc.sql("""
                SELECT id FROM supervision.displacement_alert WHERE to_lead_id = :lead AND to_municipality = 'GM0060' LIMIT 1""")
                .param("lead", leadC).query(UUID.class).optional());
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.notification WHERE object_id = :id AND kind = 'DISPLACEMENT'")
                .param("id", alertToAmeland).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theChecklistOfAnInspectionComesFromTheLicenceConditions() {
        knowBothTeamMembers();
        Business business = new Business(LicenceKind.PB, MunicipalityCode.of("GM0080"), "Test Club Toezicht",
                new Address("Controlestraat", "3", "8911 AB", "Leeuwarden"), RegisterFixtures.nextPhone(), 2, 3);
        UUID application = RegisterFixtures.inAssessment(applications, RegisterFixtures.LEEUWARDEN, business,
                Operator.person(new Person("Otto Exploitant", LocalDate.parse("1970-02-02")), null),
                List.of(new Person("Bea Beheer", LocalDate.parse("1980-03-03"))));
        String number = RegisterFixtures.as(RegisterFixtures.LEEUWARDEN, () -> applications.decide(application,
                Outcome.GRANTED_WITH_CONDITIONS, List.of("De beheerder is altijd aanwezig.", "Condooms gratis beschikbaar."),
                "Voldoet.")).orElseThrow();
        UUID lead = as(inspector, () -> worklist.createExternal(LeadSource.MUNICIPALITY_REQUEST,
                MunicipalityCode.of("GM0080"), "Verzoek: controle van de voorschriften."));
        UUID caseId = as(inspector, () -> worklist.openCase(lead, null));
        UUID control = as(inspector, () -> controls.plan(caseId, plan(ControlKind.LICENSED_BUSINESS_INSPECTION, "GM0080",
                List.of(inspector.username(), coordinator.username()), null, number)));
        Rows.Control planned = as(inspector, () -> controls.view(control)).control();
        assertThat(planned.checklistItems()).containsExactly("De beheerder is altijd aanwezig.",
                "Condooms gratis beschikbaar.");
        assertThat(as(inspector, () -> cases.view(caseId)).businesses()).extracting(Rows.CaseBusiness::licenceNumber)
                .containsExactly(number);
        // one answer per condition
        assertThatThrownBy(() -> as(inspector, () -> {
            controls.report(control, report());
            return null;
        })).isInstanceOf(InputRejected.class);
        Report answered = new Report(Report.Answer.YES, Report.Answer.YES, null, null, null, EnumSet.noneOf(IndicatorCode.class),
                List.of("MET", "NOT_MET"), null, Report.Outcome.WARNING, false, false);
        as(inspector, () -> {
            controls.report(control, answered);
            return null;
        });
        // the business is a subject of the licensed track
        assertThat(as(inspector, () -> enforcement.proposals(caseId))).anySatisfy(p -> {
            assertThat(p.subject().kind()).isEqualTo(SubjectKind.BUSINESS);
            assertThat(p.ladder().track().name()).isEqualTo("LICENSED");
        });
        // the licensing officer of Leeuwarden sees this inspection, the one of Súdwest-Fryslân does not
        assertThat(as(TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080"),
                () -> controls.licensedInspections())).extracting(Rows.Control::id).contains(control);
        assertThat(as(TestActors.actor("GM1900", Role.LICENSING_OFFICER, "GM1900"), () -> controls.licensedInspections()))
                .extracting(Rows.Control::id).doesNotContain(control);
    }

    @Test
    void bulkTriageSavedFiltersAssignmentAndTheLoadView() {
        knowBothTeamMembers();
        MunicipalityCode opsterland = MunicipalityCode.of("GM0086");
        UUID a = as(inspector, () -> worklist.createExternal(LeadSource.TIP, opsterland, "Bulk een"));
        UUID b = as(inspector, () -> worklist.createExternal(LeadSource.TIP, opsterland, "Bulk twee"));
        UUID c = as(inspector, () -> worklist.createExternal(LeadSource.SIGNAL, opsterland, "Bulk drie"));
        as(coordinator, () -> worklist.bulk(List.of(a, b), Worklist.BulkAction.ASSIGN, null, null, inspector.username(),
                null));
        LeadFilter mine = new LeadFilter(Lead.State.OPEN, null, opsterland, 0, inspector.username());
        assertThat(as(inspector, () -> worklist.view(mine)).leads()).extracting(Rows.Lead::id)
                .containsExactlyInAnyOrder(a, b);
        LeadFilter signals = new LeadFilter(Lead.State.OPEN, LeadSource.SIGNAL, opsterland, 50, null);
        assertThat(as(inspector, () -> worklist.view(signals)).leads()).extracting(Rows.Lead::id).containsExactly(c);
        as(inspector, () -> {
            worklist.saveFilter("Mijn Opsterland", mine);
            return null;
        });
        assertThat(as(inspector, () -> worklist.view(LeadFilter.open())).savedFilters())
                .anySatisfy(f -> assertThat(f.query()).isEqualTo(mine.query()).contains("toegewezen="));
        assertThat(as(coordinator, () -> worklist.load())).anySatisfy(load -> {
            assertThat(load.username()).isEqualTo(inspector.username());
            assertThat(load.openLeads()).isGreaterThanOrEqualTo(2);
        });
        // a reason that needs a note refuses the whole selection: all or nothing
        assertThatThrownBy(() -> as(inspector, () -> worklist.bulk(List.of(a, b), Worklist.BulkAction.DISMISS, "OTHER",
                null, null, null))).isInstanceOf(InputRejected.class);
        assertThat(as(inspector, () -> worklist.view(mine)).leads()).hasSize(2);
        as(inspector, () -> worklist.bulk(List.of(a, b), Worklist.BulkAction.DISMISS, "DUPLICATE", null, null, null));
        assertThat(as(inspector, () -> worklist.view(mine)).leads()).isEmpty();
        assertThat(as(inspector, () -> worklist.lead(a)).lead().dismissalReason()).isEqualTo("DUPLICATE");
        // merge into an existing case
        UUID d = as(inspector, () -> worklist.createExternal(LeadSource.TIP, opsterland, "Bulk vier"));
        UUID caseId = as(inspector, () -> worklist.openCase(c, null));
        as(inspector, () -> worklist.bulk(List.of(d), Worklist.BulkAction.MERGE, null, null, null, caseId));
        assertThat(as(inspector, () -> cases.view(caseId)).leads()).extracting(Rows.Lead::id).containsExactlyInAnyOrder(c, d);
        // a lead in a municipality outside the mandate cannot be triaged by the team
        UUID ameland = as(inspector, () -> worklist.createExternal(LeadSource.TIP, MunicipalityCode.of("GM0060"), "Eiland"));
        assertThatThrownBy(() -> as(inspector, () -> worklist.openCase(ameland, null)))
                .isInstanceOf(frl.ienline.shared.NotFound.class);
    }

    @Test
    void aBsnIsNeverStored() {
        int leadsBefore = jdbc.sql("SELECT count(*) FROM supervision.lead").query(Integer.class).single();
        UUID lead = as(inspector, () -> worklist.createExternal(LeadSource.TIP, MunicipalityCode.of("GM0080"),
                "Tip over een bovenwoning."));
        assertThatThrownBy(() -> as(inspector, () -> worklist.createExternal(LeadSource.TIP, MunicipalityCode.of("GM0080"),
                "Haar BSN is 111222333"))).isInstanceOf(InputRejected.class);
        UUID caseId = as(inspector, () -> worklist.openCase(lead, null));
        assertThatThrownBy(() -> as(inspector, () -> cases.addPerson(caseId, "Sara 1112.22.333", "UNKNOWN", null, "en",
                null))).isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems().getFirst().what())
                        .isEqualTo("supervision.error.bsn"));
        assertThatThrownBy(() -> as(inspector, () -> {
            cases.addAddress(caseId, "Kamer 3, BSN 123456782", "GM0080");
            return null;
        })).isInstanceOf(InputRejected.class);
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_person WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.lead").query(Integer.class).single())
                .isEqualTo(leadsBefore + 1);
    }

    @Test
    void personsAddressesAndReportsAreEncryptedInTheDatabase() {
        knowBothTeamMembers();
        UUID lead = as(inspector, () -> worklist.createExternal(LeadSource.TIP, MunicipalityCode.of("GM0090"),
                "Canarytip over een woning"));
        UUID caseId = as(inspector, () -> worklist.openCase(lead, "Canaryzaak"));
        UUID person = as(inspector, () -> cases.addPerson(caseId, "Canarina", "UNKNOWN", "BG", "bg", null));
        as(inspector, () -> {
            cases.addAddress(caseId, "Canarystraat 1, Drachten", "GM0090");
            return null;
        });
        UUID control = as(inspector, () -> controls.plan(caseId, plan(ControlKind.HOME_OR_HOTEL_VISIT, "GM0090",
                List.of(inspector.username(), coordinator.username()), null, null)));
        as(inspector, () -> {
            controls.report(control, new Report(Report.Answer.NO, Report.Answer.UNKNOWN, "Canarybrenger", "Canaryverhuurder",
                    "Canaryomstandigheden", EnumSet.noneOf(IndicatorCode.class), List.of(), "Canarywaarneming",
                    Report.Outcome.INSTRUCTED_TO_STOP, true, true));
            controls.addendum(control, "Canaryaanvulling");
            return null;
        });
        UUID step = as(inspector, () -> enforcement.decide(caseId, SubjectKind.PERSON, person.toString(), "INTENT",
                "VIOLATION_ENDED", "Canaryreden om af te wijken", null, null));
        for (String table : List.of("lead", "case_file", "case_person", "case_address", "control", "control_addendum",
                "enforcement_action")) {
            assertThat(jdbc.sql("SELECT count(*) FROM supervision." + table + " t WHERE t::text ILIKE '%canar%'")
                    .query(Integer.class).single()).as(table).isZero();
        }
        // and the application reads them back
        CaseFiles.View view = as(inspector, () -> cases.view(caseId));
        assertThat(view.caseFile().title()).isEqualTo("Canaryzaak");
        assertThat(view.persons()).extracting(Rows.CasePerson::workingName).containsExactly("Canarina");
        assertThat(view.addresses()).extracting(Rows.CaseAddress::address).containsExactly("Canarystraat 1, Drachten");
        assertThat(as(inspector, () -> controls.view(control)).control().report().observations()).isEqualTo("Canarywaarneming");
        assertThat(view.actions()).extracting(Rows.EnforcementAction::id).containsExactly(step);
        assertThat(view.actions().getFirst().deviationReason()).isEqualTo("Canaryreden om af te wijken");
    }

    @Test
    void closedCasesAreDestroyedAfterTheRulebookRetention() {
        UUID lead = as(inspector, () -> worklist.createExternal(LeadSource.TIP, MunicipalityCode.of("GM0080"),
                "Tip die tot niets leidde."));
        UUID caseId = as(inspector, () -> worklist.openCase(lead, "Bewaartermijn"));
        as(inspector, () -> cases.addPerson(caseId, "Retentia", "UNKNOWN", null, "nl", null));
        as(inspector, () -> {
            cases.close(caseId);
            return null;
        });
        retention.run(false);
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_file WHERE id = :c").param("c", caseId)
                .query(Integer.class).single()).isEqualTo(1);
        try {
            clock.shift(Duration.ofDays(5 * 366 + 1));
            assertThat(retention.run(true)).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_file WHERE id = :c").param("c", caseId)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(retention.run(false)).isGreaterThanOrEqualTo(1);
        } finally {
            clock.reset();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_file WHERE id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_person WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.destruction WHERE NOT dry_run AND cases >= 1")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }
}

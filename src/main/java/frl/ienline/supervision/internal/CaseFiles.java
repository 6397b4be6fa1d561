package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.register.LicensedBusiness;
import frl.ienline.register.LicensedBusinesses;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: what the team groups around one situation — ads and their networks, addresses (text and
 * municipality), pseudonymous persons met and licensed businesses — with its controls, enforcement steps
 * and displacement alerts. Readable only within the mandate; every read and change is logged.
 */
@Service
public class CaseFiles {

    /** Everything the case page shows. */
    public record View(Rows.Case caseFile, List<Rows.CaseAd> ads, List<Rows.CaseAddress> addresses,
            List<Rows.CasePerson> persons, List<Rows.CaseBusiness> businesses, List<Rows.Control> controls,
            List<Rows.EnforcementAction> actions, List<Rows.Lead> leads, List<Rows.Alert> alerts,
            Map<String, String> members) {
    }

    private final CaseStore cases;
    private final LeadStore leads;
    private final ControlStore controls;
    private final EnforcementStore steps;
    private final AlertStore alerts;
    private final TeamStore team;
    private final SupervisionAccess access;
    private final PhoneIndex phones;
    private final Displacements displacements;
    private final LicensedBusinesses licences;
    private final ObjectProvider<AdSightings> sightings;
    private final Rulebook rulebook;
    private final CaseAdHolds holds;
    private final Clock clock;

    CaseFiles(CaseStore cases, LeadStore leads, ControlStore controls, EnforcementStore steps, AlertStore alerts, TeamStore team, SupervisionAccess access, PhoneIndex phones, Displacements displacements,
            LicensedBusinesses licences, ObjectProvider<AdSightings> sightings, Rulebook rulebook, CaseAdHolds holds,
            Clock clock) {
        this.holds = holds;
        this.cases = cases;
        this.leads = leads;
        this.controls = controls;
        this.steps = steps;
        this.alerts = alerts;
        this.team = team;
        this.access = access;
        this.phones = phones;
        this.displacements = displacements;
        this.licences = licences;
        this.sightings = sightings;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    /** Cases and the ladder are the case workers': asked before the web layer reads any input (D12). */
    public void checkCaseWorker() {
        access.caseWorker(Action.CHANGE, SupervisionAccess.CASE, null, "supervision");
    }

    /** The case within the actor's mandate, or a logged 404. */
    Rows.Case inMandate(Actor actor, UUID id, Action action, String purpose) {
        return cases.caseFile(id, access.caseScope(actor))
                .orElseThrow(() -> access.notFound(action, SupervisionAccess.CASE, id, purpose));
    }

    private Rows.Case openInMandate(Actor actor, UUID id, String purpose) {
        Rows.Case found = inMandate(actor, id, Action.CHANGE, purpose);
        Case.of(found).requireOpen();
        return found;
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public View view(UUID id) {
        Actor actor = access.caseWorker(Action.VIEW, SupervisionAccess.CASE, id, "supervision-case");
        Rows.Case found = inMandate(actor, id, Action.VIEW, "supervision-case");
        String[] scope = access.caseScope(actor);
        List<Rows.Alert> caseAlerts = alerts.alertsAbout(scope, id);
        View view = new View(found, cases.ads(id), cases.addresses(id), cases.persons(id), cases.businesses(id),
                controls.controlsOfCase(id), steps.actionsOfCase(id), leads.leadsOfCase(id), caseAlerts,
                SupervisionAccess.isTeam(actor) ? team.teamMembers() : Map.of());
        access.allowed(Action.VIEW, SupervisionAccess.CASE, id, found.reference(), "supervision-case", found.municipality());
        return view;
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Rows.Case> openCases() {
        Actor actor = access.caseWorker(Action.SEARCH, SupervisionAccess.CASE, null, "supervision-cases");
        List<Rows.Case> open = cases.openCases(access.caseScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.CASE, null, null, "supervision-cases");
        return open;
    }

    /**
     * Opens a case directly (not from a lead): how a municipality's own enforcement officer starts one, in a
     * municipality of their scope.
     */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public UUID create(String municipality, String title) {
        Actor actor = access.caseWorker(Action.CREATE, SupervisionAccess.CASE, null, "supervision-case-create");
        MunicipalityCode code = municipality(municipality, "municipality");
        if (!java.util.Arrays.asList(access.caseScope(actor)).contains(code.value())) {
            throw InputRejected.of("municipality", "supervision.error.outsideMandate");
        }
        String text = Inputs.required(title, "title", 200);
        UUID id = UUID.randomUUID();
        String reference = Worklist.newReference();
        cases.insertCase(id, reference, code, text, actor.username(), clock.instant());
        access.allowed(Action.CREATE, SupervisionAccess.CASE, id, reference, "supervision-case-create");
        return id;
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public void addAddress(UUID id, String address, String municipality) {
        Actor actor = access.caseWorker(Action.CHANGE, SupervisionAccess.CASE, id, "supervision-case-address");
        Rows.Case found = openInMandate(actor, id, "supervision-case-address");
        String text = Inputs.required(address, "address", 300);
        MunicipalityCode code = municipality(municipality, "addressMunicipality");
        cases.addAddress(id, text, code, clock.instant());
        access.allowed(Action.CHANGE, SupervisionAccess.CASE, id, found.reference(), "supervision-case-address");
    }

    private MunicipalityCode municipality(String raw, String field) {
        try {
            MunicipalityCode code = MunicipalityCode.of(raw);
            if (rulebook.active().municipality(code).isPresent()) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw InputRejected.of(field, "supervision.error.municipality");
    }

    /** A person met: pseudonymous, the phone only as a blind index; a known phone elsewhere raises an alert. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public UUID addPerson(UUID id, String workingName, String ageBand, String nationality, String language,
            String phone) {
        Actor actor = access.caseWorker(Action.CREATE, SupervisionAccess.PERSON, null, "supervision-person");
        Rows.Case found = openInMandate(actor, id, "supervision-person");
        AgeBand band;
        try {
            band = AgeBand.valueOf(ageBand == null ? "" : ageBand);
        } catch (IllegalArgumentException e) {
            throw InputRejected.of("ageBand", "supervision.error.choose");
        }
        if (Inputs.containsBsn(phone)) {
            throw InputRejected.of("phone", "supervision.error.bsn");
        }
        PersonMet person = new PersonMet(workingName, band, nationality, language, phones.indexOrNull(phone, "phone"));
        UUID personId = cases.addPerson(id, person, clock.instant());
        if (person.phoneIndex() != null) {
            displacements.checkCase(id, found.municipality(), null, Set.of(person.phoneIndex()));
        }
        access.allowed(Action.CREATE, SupervisionAccess.PERSON, personId, found.reference(), "supervision-person");
        return personId;
    }

    /** A licensed business, found by its licence number in the register. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public LicensedBusiness addBusiness(UUID id, String licenceNumber) {
        Actor actor = access.caseWorker(Action.CHANGE, SupervisionAccess.CASE, id, "supervision-case-business");
        Rows.Case found = openInMandate(actor, id, "supervision-case-business");
        LicensedBusiness business = licences.byNumber(licenceNumber)
                .orElseThrow(() -> InputRejected.of("licenceNumber", "supervision.error.licenceUnknown"));
        cases.addBusiness(id, business.licenceNumber(), business.licenceId(), business.municipality(),
                business.businessName(), clock.instant());
        access.allowed(Action.CHANGE, SupervisionAccess.CASE, id, found.reference(), "supervision-case-business");
        return business;
    }

    /** An ad by its id in ad intelligence, with its network and identifiers. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public void addAd(UUID id, String adId) {
        Actor actor = access.caseWorker(Action.CHANGE, SupervisionAccess.CASE, id, "supervision-case-ad");
        Rows.Case found = openInMandate(actor, id, "supervision-case-ad");
        AdSightings adintel = sightings.getIfAvailable();
        AdSighting ad = adintel == null || adId == null || adId.isBlank() ? null
                : adintel.latest(adId.strip()).orElse(null);
        if (ad == null) {
            throw InputRejected.of("adId", "supervision.error.adUnknown");
        }
        MunicipalityCode where = ad.municipality() == null ? found.municipality() : ad.municipality();
        cases.addAd(id, ad.adId(), ad.networkId(), where, ad.identifierIndexes(), clock.instant());
        holds.hold(ad.adId(), id);
        displacements.checkCase(id, found.municipality(), ad.networkId(), ad.identifierIndexes());
        access.allowed(Action.CHANGE, SupervisionAccess.CASE, id, found.reference(), "supervision-case-ad");
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public void close(UUID id) {
        Actor actor = access.caseWorker(Action.CHANGE, SupervisionAccess.CASE, id, "supervision-case-close");
        Case caseFile = Case.of(inMandate(actor, id, Action.CHANGE, "supervision-case-close"));
        caseFile.close(access.today());
        if (cases.closeCase(id, caseFile.closedOn()) != 1) {
            throw InputRejected.of("case", "supervision.error.caseClosed");
        }
        Rows.Case found = inMandate(actor, id, Action.CHANGE, "supervision-case-close");
        access.allowed(Action.CHANGE, SupervisionAccess.CASE, id, found.reference(), "supervision-case-close");
    }
}

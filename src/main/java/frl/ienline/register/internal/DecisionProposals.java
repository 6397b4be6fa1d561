package frl.ienline.register.internal;

import frl.ienline.platform.PdfDocuments;
import frl.ienline.register.LicenceDecisionProposalDeclined;
import frl.ienline.register.LicenceDecisionProposals;
import frl.ienline.register.LicenceStatus;
import frl.ienline.register.ProposedLicenceDecision;
import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRefused;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The ladder joined to the register: a suspension or revocation step of the enforcement ladder becomes a decision
 * proposal for the licensing officer of the licence's municipality, who adopts it here (the licence is suspended or
 * revoked at once, the public register and the verification API show it after commit) or declines it with a
 * reason. The decision letter names the rulebook's step and the objection term. Only the officer decides; the
 * proposal comes from supervision's team or from the municipality's own enforcement officer.
 */
@Service
public class DecisionProposals implements LicenceDecisionProposals {

    /** One proposal as the officer's page shows it. */
    public record Proposal(UUID id, UUID licenceId, String licenceNumber, MunicipalityCode municipality,
            ProposedLicenceDecision.Kind kind, UUID sourceActionId, boolean byTeam, String deviationReason,
            String rulebookVersion, LocalDate proposedOn, String proposedBy, String state, LocalDate decidedOn,
            String decidedBy, LocalDate suspendedUntil, String decisionReason) {

        public boolean open() {
            return "PROPOSED".equals(state);
        }
    }

    static final String OBJECT = "licence-decision-proposal";

    private final JdbcClient jdbc;
    private final Licences licences;
    private final LicenceAdministration administration;
    private final LicensingRules rules;
    private final Rulebook rulebook;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TemplateEngine templates;

    DecisionProposals(JdbcClient jdbc, Licences licences, LicenceAdministration administration, LicensingRules rules,
            Rulebook rulebook, RegisterAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.licences = licences;
        this.administration = administration;
        this.rules = rules;
        this.rulebook = rulebook;
        this.access = access;
        this.events = events;
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/register/pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    @Override
    @Transactional
    public UUID propose(ProposedLicenceDecision proposal) {
        Actor actor = CurrentActor.require();
        if (!actor.hasAnyRole(Role.INSPECTOR, Role.TEAM_COORDINATOR, Role.MUNICIPAL_ENFORCEMENT_OFFICER)) {
            access.deny(Action.CREATE, OBJECT, proposal.sourceActionId());
        }
        Licence licence = licences.byNumber(proposal.licenceNumber())
                .orElseThrow(() -> InputRejected.of("licenceNumber", "register.proposal.licenceUnknown"));
        LicenceStatus status = licence.status(LocalDate.now(clock));
        if (status != LicenceStatus.VALID && status != LicenceStatus.SUSPENDED) {
            throw InputRejected.of("licenceNumber", "register.proposal.licenceEnded");
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO register.decision_proposal (id, licence_id, licence_number, municipality, kind,
                    source_action_id, proposed_by_team, deviation_reason, rulebook_version, proposed_on, proposed_by,
                    state, created_at)
                VALUES (:id, :licence, :number, :m, :kind, :source, :team, :deviation, :version, :on, :by, 'PROPOSED',
                    :now) ON CONFLICT (source_action_id) DO NOTHING""")
                .param("id", id).param("licence", licence.id()).param("number", licence.number())
                .param("m", licence.municipality().value()).param("kind", proposal.kind().name())
                .param("source", proposal.sourceActionId()).param("team", proposal.byTeam())
                .param("deviation", proposal.deviationReasonCode()).param("version", proposal.rulebookVersion())
                .param("on", proposal.proposedOn()).param("by", actor.username())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        if (inserted == 0) {
            return jdbc.sql("SELECT id FROM register.decision_proposal WHERE source_action_id = :s")
                    .param("s", proposal.sourceActionId()).query(UUID.class).single();
        }
        access.allowed(Action.CREATE, OBJECT, id, licence.number());
        return id;
    }

    private static final String COLUMNS = """
            id, licence_id, licence_number, municipality, kind, source_action_id, proposed_by_team, deviation_reason,
            rulebook_version, proposed_on, proposed_by, state, decided_on, decided_by, suspended_until, decision_reason""";

    private static Proposal row(ResultSet rs, int n) throws SQLException {
        return new Proposal(rs.getObject("id", UUID.class), rs.getObject("licence_id", UUID.class),
                rs.getString("licence_number"), MunicipalityCode.of(rs.getString("municipality")),
                ProposedLicenceDecision.Kind.valueOf(rs.getString("kind")), rs.getObject("source_action_id", UUID.class),
                rs.getBoolean("proposed_by_team"), rs.getString("deviation_reason"), rs.getString("rulebook_version"),
                rs.getObject("proposed_on", LocalDate.class), rs.getString("proposed_by"), rs.getString("state"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                rs.getObject("suspended_until", LocalDate.class), rs.getString("decision_reason"));
    }

    /** The proposals for the officer's own municipalities: open ones first, then the newest decided. */
    @Transactional(readOnly = true)
    public List<Proposal> forOfficer() {
        Actor actor = access.officer(Action.SEARCH, OBJECT, "proposals");
        List<Proposal> list = jdbc.sql("SELECT " + COLUMNS + """
                 FROM register.decision_proposal WHERE municipality = ANY(:m)
                ORDER BY (state = 'PROPOSED') DESC, proposed_on DESC, id LIMIT 500""")
                .param("m", actor.scope().municipalityValues()).query(DecisionProposals::row).list();
        access.allowed(Action.SEARCH, OBJECT, "proposals", null);
        return list;
    }

    private Proposal inScope(Actor actor, UUID id, Action action) {
        Optional<Proposal> found = jdbc.sql("SELECT " + COLUMNS + " FROM register.decision_proposal WHERE id = :id")
                .param("id", id).query(DecisionProposals::row).optional();
        if (found.isEmpty()) {
            throw new NotFound(OBJECT);
        }
        if (!actor.scope().covers(found.get().municipality())) {
            throw access.deny(action, OBJECT, id);
        }
        return found.get();
    }

    @Transactional(readOnly = true)
    public Proposal proposal(UUID id) {
        Actor actor = access.officer(Action.VIEW, OBJECT, id);
        Proposal proposal = inScope(actor, id, Action.VIEW);
        access.allowed(Action.VIEW, OBJECT, id, proposal.licenceNumber());
        return proposal;
    }

    /** Asked by the web layer before it reads any input (D12): an officer of the proposal's municipality, or 403/404. */
    @Transactional(readOnly = true)
    public void checkMayDecide(UUID id) {
        inScope(access.officer(Action.CHANGE, OBJECT, id), id, Action.CHANGE);
    }

    /**
     * Adopts the proposal: the licence is suspended until {@code suspendedUntil} or revoked, for the officer's
     * reason. A suspension needs its end date; both need a reason (no defaults for a decision with legal weight).
     */
    @Transactional
    public void adopt(UUID id, LocalDate suspendedUntil, String reason) {
        Actor actor = access.officer(Action.CHANGE, OBJECT, id);
        Proposal proposal = open(inScope(actor, id, Action.CHANGE));
        String text = Texts.required(reason, "reason", 4000);
        if (proposal.kind() == ProposedLicenceDecision.Kind.SUSPENSION) {
            if (suspendedUntil == null) {
                throw InputRejected.of("until", "register.proposal.untilRequired");
            }
            administration.suspend(proposal.licenceId(), suspendedUntil, text, proposal.id(), proposal.sourceActionId());
        } else {
            administration.revoke(proposal.licenceId(), text, proposal.id(), proposal.sourceActionId());
        }
        answer(proposal, "ADOPTED", actor, proposal.kind() == ProposedLicenceDecision.Kind.SUSPENSION ? suspendedUntil
                : null, text);
    }

    /** Declines the proposal with a reason: the licence stays as it is, and the step does not count on the ladder. */
    @Transactional
    public void decline(UUID id, String reason) {
        Actor actor = access.officer(Action.CHANGE, OBJECT, id);
        Proposal proposal = open(inScope(actor, id, Action.CHANGE));
        answer(proposal, "DECLINED", actor, null, Texts.required(reason, "reason", 4000));
        events.publishEvent(new LicenceDecisionProposalDeclined(proposal.id(), proposal.sourceActionId(),
                proposal.licenceNumber(), proposal.municipality().value()));
    }

    private static Proposal open(Proposal proposal) {
        if (!proposal.open()) {
            throw new TransitionRefused("proposalDecided");
        }
        return proposal;
    }

    private void answer(Proposal proposal, String state, Actor actor, LocalDate until, String reason) {
        int changed = jdbc.sql("""
                UPDATE register.decision_proposal SET state = :state, decided_on = :on, decided_by = :by,
                    suspended_until = :until, decision_reason = :reason WHERE id = :id AND state = 'PROPOSED'""")
                .param("state", state).param("on", LocalDate.now(clock)).param("by", actor.username())
                .param("until", until).param("reason", reason).param("id", proposal.id()).update();
        if (changed != 1) {
            throw new TransitionRefused("proposalDecided");
        }
        access.allowed(Action.CHANGE, OBJECT, proposal.id(), proposal.licenceNumber());
    }

    /** The decision letter of an adopted proposal, in the rulebook's terms (the step and the objection term). */
    @Transactional(readOnly = true)
    public byte[] letter(UUID id) {
        Actor actor = access.officer(Action.PRINT, OBJECT, id);
        Proposal proposal = inScope(actor, id, Action.PRINT);
        if (!"ADOPTED".equals(proposal.state())) {
            throw new NotFound(OBJECT);
        }
        Licence licence = licences.byId(proposal.licenceId()).orElseThrow(() -> new NotFound(RegisterAccess.LICENCE));
        RulebookVersion version = rulebook.activeOn(proposal.decidedOn());
        EnforcementStep step = version.enforcement().step(proposal.kind().name()).orElseThrow();
        Context context = new Context(Locale.of("nl"));
        context.setVariable("proposal", proposal);
        context.setVariable("licence", licence);
        context.setVariable("step", step);
        context.setVariable("rulebookVersion", version.id());
        context.setVariable("objectionWeeks", rules.procedure(proposal.decidedOn()).objectionDays() / 7);
        context.setVariable("municipalityName", rules.municipalityName(licence.municipality()));
        context.setVariable("fmt", new DecisionDocuments.Formatting());
        byte[] pdf = PdfDocuments.fromXhtml(templates.process("licence-decision", context), "licence-decision");
        access.allowed(Action.PRINT, OBJECT, id, proposal.licenceNumber());
        return pdf;
    }
}

package frl.ienline.rulebook.web;

import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.LicenceKind;
import frl.ienline.rulebook.LocalizedText;
import frl.ienline.rulebook.ProcedureTerms;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.Terms;
import frl.ienline.rulebook.web.ApiModel.Afsluitreden;
import frl.ienline.rulebook.web.ApiModel.Bewaartermijn;
import frl.ienline.rulebook.web.ApiModel.Deelname;
import frl.ienline.rulebook.web.ApiModel.Dwangsom;
import frl.ienline.rulebook.web.ApiModel.Gemeente;
import frl.ienline.rulebook.web.ApiModel.GemeentenAntwoord;
import frl.ienline.rulebook.web.ApiModel.Grondslag;
import frl.ienline.rulebook.web.ApiModel.Handhavingsstap;
import frl.ienline.rulebook.web.ApiModel.Maximum;
import frl.ienline.rulebook.web.ApiModel.Minimumleeftijden;
import frl.ienline.rulebook.web.ApiModel.Procedure;
import frl.ienline.rulebook.web.ApiModel.RegelsetAntwoord;
import frl.ienline.rulebook.web.ApiModel.Toezichtteam;
import frl.ienline.rulebook.web.ApiModel.Vergunningen;
import frl.ienline.rulebook.web.ApiModel.Vergunningnummer;
import frl.ienline.rulebook.web.ApiModel.Vergunningsoort;
import frl.ienline.rulebook.web.ApiModel.Voorschrift;
import frl.ienline.shared.MunicipalityCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only API of the regional rulebook: the municipalities and the rules in effect today. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regelset", description = "De regionale regelset sekswerk Fryslân: gemeenten, vergunningsoorten, termijnen,"
        + " handhavingsladder en bewaartermijnen. Openbaar en alleen-lezen.")
class RulebookApi {

    private final Rulebook rulebook;
    private final Clock clock;

    RulebookApi(Rulebook rulebook, Clock clock) {
        this.rulebook = rulebook;
        this.clock = clock;
    }

    @GetMapping("/gemeenten")
    @Operation(operationId = "gemeenten", summary = "De 18 gemeenten",
            description = "CBS-code, naam, bevoegd gezag en of de gemeente vandaag deelneemt aan het regionale"
                    + " toezichtteam. Let op deelnameIsVoorbeeld: welke gemeenten deelnemen is niet gepubliceerd;"
                    + " de indeling in de regelset is een voorbeeld.")
    @ApiResponse(responseCode = "200", description = "De gemeenten volgens de regelset die vandaag geldt")
    GemeentenAntwoord municipalities(Locale locale) {
        LocalDate today = LocalDate.now(clock);
        RulebookVersion version = rulebook.active();
        return new GemeentenAntwoord(version.id(), today, version.supervisionTeam().example(),
                text(version.supervisionTeam().note(), locale),
                version.municipalities().stream().map(m -> new Gemeente(m.code().value(), m.name(),
                        m.competentAuthority().name(), version.participatesOn(m.code(), today))).toList());
    }

    @GetMapping("/regelset")
    @Operation(operationId = "regelset", summary = "De regelset die vandaag geldt",
            description = "Versie en ingangsdatum, deelname aan het toezichtteam, vergunningsoorten met termijnen,"
                    + " leeftijden, maxima en voorschriften, het vergunningnummer, procedure- en bezwaartermijnen, de"
                    + " handhavingsladder met dwangsommen, bewaartermijnen, grondslagen voor verstrekking en redenen"
                    + " om een melding af te sluiten. Termijnen in ISO 8601 (P8W = 8 weken).")
    @ApiResponse(responseCode = "200", description = "De actieve versie van de regelset")
    RegelsetAntwoord activeVersion(Locale locale) {
        RulebookVersion v = rulebook.active();
        var team = v.supervisionTeam();
        var format = v.licensing().numberFormat();
        return new RegelsetAntwoord(v.id(), v.effectiveFrom(), text(v.title(), locale),
                new Toezichtteam(team.example(), text(team.note(), locale), team.participations().stream()
                        .map(p -> new Deelname(p.municipality().value(), p.validFrom(), p.validUntil())).toList()),
                new Vergunningen(v.licensing().soloHomeWorkerExempt(), v.licensing().adMustShowLicenceNumber(),
                        new Vergunningnummer(format.template(), format.regex(),
                                format.format(MunicipalityCode.of("GM0080"), v.licenceKinds().getFirst().code(), 12))),
                v.licenceKinds().stream().map(k -> kind(k, locale)).toList(),
                procedure(v.procedure()),
                v.enforcement().steps().stream().map(s -> step(s, locale)).toList(),
                v.retention().stream().map(r -> new Bewaartermijn(r.category().name(), text(r.name(), locale),
                        Terms.iso(r.period()), text(r.startsAt(), locale))).toList(),
                v.legalBases().stream().map(b -> new Grondslag(b.code(), text(b.name(), locale), b.reference(),
                        b.requiresConsent())).toList(),
                v.dismissalReasons().stream().map(r -> new Afsluitreden(r.code(), text(r.name(), locale),
                        r.requiresNote())).toList());
    }

    private static Vergunningsoort kind(LicenceKind k, Locale locale) {
        return new Vergunningsoort(k.code(), text(k.name(), locale), text(k.description(), locale), k.premises(),
                Terms.iso(k.decisionTerm()), Terms.iso(k.decisionTermExtension()), Terms.iso(k.validity()),
                Terms.iso(k.renewalLeadTime()),
                new Minimumleeftijden(k.minimumAges().operator(), k.minimumAges().manager(), k.minimumAges().sexWorker()),
                k.caps().stream().map(c -> new Maximum(c.municipality().value(), c.maxLicences(), c.maxWorkrooms(),
                        text(c.note(), locale))).toList(),
                k.conditions().stream().map(c -> new Voorschrift(c.code(), text(c.text(), locale))).toList());
    }

    private static Procedure procedure(ProcedureTerms p) {
        return new Procedure(p.weekendMovesDeadline(), Terms.iso(p.bibobAdviceTerm()), Terms.iso(p.bibobAdviceExtension()),
                p.bibobSuspendsDecisionTerm(), p.noLicenceWhenLate(), Terms.iso(p.objectionPeriod()),
                Terms.iso(p.repairTerm()), Terms.iso(p.lookBack()), Terms.iso(p.endOfExploitationNotice()));
    }

    private static Handhavingsstap step(EnforcementStep s, Locale locale) {
        return new Handhavingsstap(s.code(), s.order(), s.sortedTracks().stream().map(Enum::name).toList(),
                text(s.name(), locale), text(s.description(), locale), Terms.iso(s.viewTerm()),
                Terms.iso(s.gracePeriod()),
                s.penalties().stream().map(p -> new Dwangsom(p.offender().name(), p.amount(), p.maximum())).toList(),
                Terms.iso(s.minimumDuration()), text(s.minimumDurationApplies(), locale));
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}

package frl.ienline.register.web;

import frl.ienline.register.LicenceStatus;
import frl.ienline.register.internal.LicensingRules;
import frl.ienline.register.internal.PublicLookups;
import frl.ienline.register.internal.VerificationSnapshot;
import frl.ienline.shared.InputRejected;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public register as an API: licences in force, the status of a licence number, and whether a phone
 * number is the registered ad number of a licence (yes or no, never the number). No personal data.
 */
@RestController
@RequestMapping("/api/v1/vergunningen")
@Tag(name = "Vergunningen", description = "Openbaar register van vergunde seksbedrijven in Fryslân")
class VerificationApi {

    /** A licence as the public may see it. {@code adres} only for kinds with premises. */
    record Vergunning(String nummer, String status, String soort, String gemeente, String gemeentecode,
            String handelsnaam, String adres, LocalDate geldigVan, LocalDate geldigTot, LocalDate geschorstTot) {
    }

    @Schema(name = "Vergunningstatus")
    record Status(String nummer, String status, String soort, String gemeente, String handelsnaam, LocalDate geldigTot,
            LocalDate geschorstTot) {
    }

    record Advertentienummer(String nummer, boolean komtOvereen) {
    }

    private final VerificationSnapshot snapshot;
    private final LicensingRules rules;
    private final VerificationRateLimit rateLimit;
    private final PublicLookups lookups;
    private final Clock clock;

    VerificationApi(VerificationSnapshot snapshot, LicensingRules rules, VerificationRateLimit rateLimit,
            PublicLookups lookups, Clock clock) {
        this.lookups = lookups;
        this.snapshot = snapshot;
        this.rules = rules;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "vergunningen", summary = "Vergunningen die vandaag gelden (of geschorst zijn)",
            description = "Nummer, status, soort, gemeente, handelsnaam, geldigheid en (bij een soort met inrichting) het"
                    + " adres. Met gemeente (CBS-code, bijvoorbeeld GM0080) alleen die van één gemeente.")
    @ApiResponse(responseCode = "200", description = "De vergunningen")
    @ApiResponse(responseCode = "429", description = "Te veel verzoeken; Retry-After zegt na hoeveel seconden het weer kan",
            headers = @Header(name = "Retry-After", description = "Seconden wachten", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json"))
    List<Vergunning> inForce(@RequestParam(required = false) String gemeente, HttpServletRequest request,
            HttpServletResponse response) {
        rateLimit.check(request, response);
        LocalDate today = LocalDate.now(clock);
        return snapshot.inForce().stream()
                .filter(e -> gemeente == null || gemeente.isBlank()
                || e.municipality().value().equalsIgnoreCase(gemeente.strip()))
                .map(e -> new Vergunning(e.number(), e.statusOn(today).dutch(), e.kind().code(),
                        rules.municipalityName(e.municipality()), e.municipality().value(), e.businessName(),
                        e.premises() == null ? null : e.premises().oneLine(), e.validFrom(), e.validUntil(),
                        e.statusOn(today) == LicenceStatus.SUSPENDED ? e.suspendedUntil() : null))
                .toList();
    }

    @GetMapping("/{nummer}")
    @Operation(operationId = "vergunning", summary = "Status van een vergunningnummer: geldig, geschorst, ingetrokken, verlopen of onbekend",
            description = "Voor wie een advertentie of een vergunning controleert. Een nummer dat niet in het register"
                    + " staat heeft de status onbekend (geen 404); een nummer in een verkeerde vorm is een 400.")
    @ApiResponse(responseCode = "200", description = "De status")
    @ApiResponse(responseCode = "400", description = "Geen geldig vergunningnummer",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Te veel verzoeken; Retry-After zegt na hoeveel seconden het weer kan",
            headers = @Header(name = "Retry-After", description = "Seconden wachten", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Status> status(@PathVariable String nummer, HttpServletRequest request,
            HttpServletResponse response) {
        rateLimit.check(request, response);
        String number = wellFormed(nummer);
        var entry = snapshot.entry(number);
        LocalDate today = LocalDate.now(clock);
        Status body = entry == null ? new Status(number, LicenceStatus.UNKNOWN.dutch(), null, null, null, null, null)
                : new Status(number, entry.statusOn(today).dutch(), entry.kind().code(),
                        rules.municipalityName(entry.municipality()), entry.businessName(), entry.validUntil(),
                        entry.statusOn(today) == LicenceStatus.SUSPENDED ? entry.suspendedUntil() : null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** The question of the phone check: the phone number travels in the body, never in a URL (M14). */
    record AdvertentienummerVraag(String telefoon) {
    }

    @PostMapping("/{nummer}/advertentienummer")
    @Operation(operationId = "controleerAdvertentienummer", summary = "Is dit telefoonnummer het geregistreerde advertentienummer van de vergunning? (ja/nee)",
            description = "Het telefoonnummer staat in de body, nooit in de URL. Per telefoonnummer kunnen per dag maar"
                    + " enkele verschillende vergunningen worden nagevraagd, en per vergunning maar een beperkt aantal"
                    + " telefoonnummers; elke vraag wordt vastgelegd (zonder het nummer zelf).")
    @ApiResponse(responseCode = "200", description = "Antwoord: komt het nummer overeen (ja/nee)")
    @ApiResponse(responseCode = "400", description = "Geen geldig vergunningnummer of telefoonnummer",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Te veel vragen; Retry-After zegt na hoeveel seconden het weer kan",
            headers = @Header(name = "Retry-After", description = "Seconden wachten", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json"))
    Advertentienummer adPhone(@PathVariable String nummer, @RequestBody AdvertentienummerVraag vraag,
            HttpServletRequest request, HttpServletResponse response) {
        rateLimit.check(request, response);
        String number = wellFormed(nummer);
        String e164;
        try {
            e164 = frl.ienline.register.internal.AdPhoneNumber.of(vraag == null || vraag.telefoon() == null ? ""
                    : vraag.telefoon()).e164();
        } catch (IllegalArgumentException e) {
            throw InputRejected.of("telefoon", "Geen geldig telefoonnummer");
        }
        return new Advertentienummer(number, lookups.adPhone(number, e164));
    }

    private String wellFormed(String raw) {
        return rules.canonicalLicenceNumber(raw).orElseThrow(
                () -> InputRejected.of("nummer", "Geen geldig vergunningnummer (voorbeeld: FRL-0080-PB-0012)"));
    }
}

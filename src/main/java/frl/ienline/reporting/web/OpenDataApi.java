package frl.ienline.reporting.web;

import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.RateLimit;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.platform.Verdict;
import frl.ienline.reporting.internal.Figure;
import frl.ienline.reporting.internal.Figures;
import frl.ienline.reporting.internal.Measure;
import frl.ienline.reporting.internal.PeriodFigures;
import frl.ienline.reporting.internal.Region;
import frl.ienline.reporting.internal.ReportPeriod;
import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.TooManyRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public open-data API of the region's figures: per municipality the measures fit for publication, with
 * small numbers suppressed exactly as on every other output. No login; only counts leave. Limited per client on
 * the shared throttle store (ADR 0013).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Statistieken", description = "Open data: cijfers van de regionale aanpak sekswerk Fryslân per gemeente."
        + " Kleine aantallen staan als \"<5\"; \"x\" verbergt een tweede cijfer zodat een klein aantal niet uit een"
        + " totaal terug te rekenen is.")
class OpenDataApi {

    /** The answer: the period and every municipality with its measures. */
    @Schema(name = "Statistieken")
    record Antwoord(@Schema(example = "2026") String periode, List<Gemeente> gemeenten) {
    }

    @Schema(name = "GemeenteStatistieken")
    record Gemeente(@Schema(example = "GM0080") String code, @Schema(example = "Leeuwarden") String naam,
            @Schema(description = "Maatstaf → aantal, of \"<5\" (klein aantal) of \"x\" (verborgen). Maatstaven van het"
                    + " regionale toezichtteam alleen voor gemeenten die in de periode deelnamen.",
                    example = "{\"aanvragen_ontvangen\": 12, \"vergunningen_verleend\": \"<5\"}")
            Map<String, Object> maatstaven) {
    }

    private final Figures statistics;
    private final Region region;
    private final ClientKeys clientKeys;
    private final RateLimit perClient;

    OpenDataApi(Figures statistics, Region region, ClientKeys clientKeys, ThrottleStore throttles,
            @Value("${ienline.reporting.open-data.per-client-per-minute:60}") int perMinute) {
        this.statistics = statistics;
        this.region = region;
        this.clientKeys = clientKeys;
        this.perClient = throttles.rateLimit("open-data", perMinute, Duration.ofMinutes(1));
    }

    @GetMapping("/statistieken")
    @Operation(operationId = "statistieken", summary = "Cijfers per gemeente voor een jaar of kwartaal",
            description = "Alle 18 Friese gemeenten met de maatstaven die geschikt zijn voor publicatie:"
                    + " aanvragen_ontvangen, aanvragen_besloten, vergunningen_verleend, vergunningen_van_kracht,"
                    + " advertenties_nieuw, controles, handhavingsstappen en signalen_geregistreerd. Een aantal van"
                    + " 1 tot de drempel van de regelset (5) staat als \"<5\"; een cijfer dat een klein aantal uit een"
                    + " totaal zou verraden staat als \"x\". Zie docs/measures.md voor wat elke maatstaf telt.")
    @ApiResponse(responseCode = "200", description = "De cijfers van de periode")
    @ApiResponse(responseCode = "400", description = "Periode ontbreekt, is onleesbaar of ligt in de toekomst",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Te veel verzoeken van deze client in een minuut (Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    Antwoord figures(@Parameter(description = "Een jaar (2026) of een kwartaal (2026-Q3)", example = "2026")
            @RequestParam("periode") String rawPeriod, HttpServletRequest request) {
        Verdict verdict = perClient.acquire(clientKeys.of(request));
        if (!verdict.allowed()) {
            throw new TooManyRequests(verdict.retryAfter());
        }
        ReportPeriod period = ReportPeriod.parse(rawPeriod, "periode");
        if (period.start().isAfter(region.today())) {
            throw InputRejected.of("periode", "lies in the future");
        }
        PeriodFigures figures = statistics.forOpenData(period);
        List<Gemeente> municipalities = new ArrayList<>();
        for (Municipality m : region.municipalities()) {
            String code = m.code().value();
            boolean inTeam = region.inTeam(code, period);
            Map<String, Object> measures = new LinkedHashMap<>();
            for (Measure measure : Measure.values()) {
                if (measure.openData() && (!measure.isTeams() || inTeam)) {
                    Figure figure = figures.figure(measure, code);
                    measures.put(measure.code(), figure.shown() ? (Object) figure.value() : figure.text());
                }
            }
            municipalities.add(new Gemeente(code, m.name(), measures));
        }
        return new Antwoord(period.toString(), municipalities);
    }
}

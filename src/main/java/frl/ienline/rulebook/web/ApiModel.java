package frl.ienline.rulebook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The public JSON of the rulebook API. Field names are Dutch, like the resources (NL API Design Rules);
 * terms are ISO 8601 periods ({@code P8W}); amounts are euros; texts are Dutch, or English with {@code ?lang=en}.
 */
public final class ApiModel {

    private ApiModel() {
    }

    @Schema(description = "De 18 Friese gemeenten en hun deelname aan het regionale toezichtteam op de peildatum")
    public record GemeentenAntwoord(
            @Schema(description = "Versie van de regelset waaruit de gegevens komen", example = "2026.1") String regelset,
            @Schema(description = "Datum waarop de deelname is bepaald (vandaag)") LocalDate peildatum,
            @Schema(description = "Waar: de deelname aan het toezichtteam is een voorbeeld, niet de gepubliceerde indeling")
            boolean deelnameIsVoorbeeld,
            @Schema(description = "Toelichting bij de deelname") String toelichtingDeelname,
            List<Gemeente> gemeenten) {
    }

    @Schema(description = "Een gemeente")
    public record Gemeente(
            @Schema(description = "CBS-code", example = "GM0080") String code,
            @Schema(description = "Officiële naam", example = "Leeuwarden") String naam,
            @Schema(description = "Bevoegd gezag voor vergunningen voor seksbedrijven", example = "BURGEMEESTER",
                    allowableValues = {"BURGEMEESTER", "COLLEGE"}) String bevoegdGezag,
            @Schema(description = "Neemt op de peildatum deel aan het regionale toezichtteam (zie deelnameIsVoorbeeld)")
            boolean neemtDeelAanToezichtteam) {
    }

    @Schema(description = "De regionale regelset die vandaag geldt")
    public record RegelsetAntwoord(
            @Schema(example = "2026.1") String versie,
            LocalDate ingangsdatum,
            String titel,
            Toezichtteam toezichtteam,
            Vergunningen vergunningen,
            List<Vergunningsoort> vergunningsoorten,
            Procedure procedure,
            List<Handhavingsstap> handhavingsladder,
            List<Bewaartermijn> bewaartermijnen,
            List<Grondslag> grondslagen,
            List<Afsluitreden> afsluitredenen) {
    }

    @Schema(description = "Deelname aan het regionale toezichtteam")
    public record Toezichtteam(boolean isVoorbeeld, String toelichting, List<Deelname> deelnames) {
    }

    public record Deelname(String gemeente, LocalDate geldigVanaf,
            @Schema(description = "Laatste dag (tot en met); leeg = doorlopend") LocalDate geldigTot) {
    }

    public record Vergunningen(boolean thuiswerkendeSekswerkerVrijgesteld, boolean advertentieToontVergunningnummer,
            Vergunningnummer vergunningnummer) {
    }

    @Schema(description = "Het regionale vergunningnummer")
    public record Vergunningnummer(
            @Schema(example = "FRL-{municipality}-{kind}-{sequence}") String sjabloon,
            @Schema(description = "Reguliere expressie om nummers in tekst te herkennen, met de groepen"
                    + " municipality, kind en sequence") String patroon,
            @Schema(example = "FRL-0080-PB-0012") String voorbeeld) {
    }

    public record Vergunningsoort(
            @Schema(example = "PB") String code, String naam, String omschrijving, boolean heeftInrichting,
            @Schema(example = "P8W") String beslistermijn,
            @Schema(example = "P8W") String verlengingBeslistermijn,
            @Schema(example = "P3Y") String geldigheidsduur,
            @Schema(example = "P12W") String verlengingAanvragenVoorAfloop,
            Minimumleeftijden minimumleeftijden, List<Maximum> maxima, List<Voorschrift> voorschriften) {
    }

    public record Minimumleeftijden(int exploitant, int beheerder, int sekswerker) {
    }

    public record Maximum(String gemeente, Integer maximumAantalVergunningen, Integer maximumAantalWerkruimtes,
            String toelichting) {
    }

    public record Voorschrift(@Schema(example = "PB-03") String code, String tekst) {
    }

    public record Procedure(boolean weekendVerschuiftTermijn, String bibobAdviestermijn, String bibobVerlenging,
            boolean bibobSchortBeslistermijnOp, boolean geenVergunningVanRechtswege, String bezwaartermijn,
            String hersteltermijn, String terugkijkperiode, String meldtermijnEindeExploitatie) {
    }

    public record Handhavingsstap(@Schema(example = "PENALTY_ORDER") String code, int volgorde,
            @Schema(description = "UNLICENSED (niet-vergund) en/of LICENSED (vergund)") List<String> sporen,
            String naam, String omschrijving, String zienswijzetermijn, String begunstigingstermijn,
            List<Dwangsom> dwangsommen, String minimaleDuur, String minimaleDuurBij) {
    }

    public record Dwangsom(@Schema(allowableValues = {"SEX_WORKER", "OPERATOR"}) String overtreder,
            @Schema(description = "Bedrag per overtreding in euro") BigDecimal bedragPerOvertreding,
            @Schema(description = "Maximum in euro") BigDecimal maximum) {
    }

    public record Bewaartermijn(@Schema(example = "SIGNAL_NOT_SUBSTANTIATED") String categorie, String naam,
            @Schema(example = "P1Y") String termijn, String vanaf) {
    }

    public record Grondslag(@Schema(example = "WGS") String code, String naam, String wetsverwijzing,
            boolean toestemmingNodig) {
    }

    public record Afsluitreden(@Schema(example = "OUTSIDE_FRYSLAN") String code, String naam,
            boolean toelichtingVerplicht) {
    }
}

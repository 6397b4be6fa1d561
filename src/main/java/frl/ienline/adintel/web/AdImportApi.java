package frl.ienline.adintel.web;

import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportRecords;
import frl.ienline.adintel.internal.ImportSource;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ad import API (ADR 0025): {@code POST /api/v1/advertenties/imports} (JSON Lines) by a signed-in importer
 * or a machine client with an import token, and {@code GET …/imports/{id}}, where the 201's {@code Location}
 * points: the import's state and counts. A body above {@code ienline.adintel.api-max-bytes} is a 413 and
 * stores nothing.
 */
@RestController
@Tag(name = "Advertentie-imports", description = "Advertenties aanleveren (JSON Lines) en de stand van een import"
        + " opvragen; met een API-token van de beheerder of een ingelogde sessie")
class AdImportApi {

    static final String PATH = "/api/v1/advertenties/imports";
    private static final String TOO_MANY = "Te veel verzoeken met dit token; Retry-After zegt na hoeveel seconden het"
            + " weer kan";

    /** What an import did, or an import as its record holds it (the 201 has no times: they are on the GET). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AdvertentieImport")
    record Import(UUID importId, String status, String bron, Instant gestart, Instant voltooid, long regels,
            long snapshots, long nieuweSnapshots, long herhaaldeSnapshots, long nieuweAdvertenties) {
    }

    private final AdImports imports;
    private final ImportRecords records;
    private final long maxBytes;

    AdImportApi(AdImports imports, ImportRecords records,
            @Value("${ienline.adintel.api-max-bytes:268435456}") long maxBytes) {
        this.imports = imports;
        this.records = records;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = PATH)
    @Operation(operationId = "importeerAdvertenties", summary = "Advertenties importeren (JSON Lines)",
            description = "Eén advertentie-snapshot per regel (JSON). Alles of niets: bij één fout wordt niets"
                    + " opgeslagen en noemt het antwoord elke fout met regel en veld. Met `Authorization: Bearer`"
                    + " en een API-token (scope import) van de beheerder, of vanuit een ingelogde sessie.",
            security = @SecurityRequirement(name = "apiToken"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/x-ndjson",
                    schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "201", description = "Geïmporteerd; Location wijst naar de import",
            headers = @Header(name = "Location", description = "De import", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401", description = "Geen, een onbekend, verlopen of ingetrokken token")
    @ApiResponse(responseCode = "403", description = "Geen recht om te importeren")
    @ApiResponse(responseCode = "413", description = "De aanlevering is groter dan toegestaan; niets opgeslagen")
    @ApiResponse(responseCode = "429", description = TOO_MANY,
            headers = @Header(name = "Retry-After", description = "Seconden wachten", schema = @Schema(type = "integer")))
    ResponseEntity<?> importeer(HttpServletRequest request) throws IOException {
        imports.checkMayImport(); // before the body is read (D12)
        if (request.getContentLengthLong() > maxBytes) {
            return tooLarge();
        }
        ImportOutcome outcome;
        try (InputStream body = new Limited(request.getInputStream(), maxBytes)) {
            outcome = imports.importBy(body, ImportSource.API);
        } catch (RuntimeException e) {
            if (causedByLimit(e)) {
                return tooLarge();
            }
            throw e;
        }
        if (outcome instanceof ImportOutcome.Completed done) {
            return ResponseEntity.created(URI.create(PATH + "/" + done.importId()))
                    .body(new Import(done.importId(), "COMPLETED", ImportSource.API.name(), null, null, done.lines(),
                            done.snapshotsRead(), done.newSnapshots(), done.repeatedSnapshots(), done.newAds()));
        }
        return rejected((ImportOutcome.Rejected) outcome);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(operationId = "advertentieImport", summary = "De stand van een import: status en aantallen",
            description = "Een machine-client ziet alleen de imports die hij zelf deed.",
            security = @SecurityRequirement(name = "apiToken"))
    @ApiResponse(responseCode = "200", description = "De import")
    @ApiResponse(responseCode = "401", description = "Geen, een onbekend, verlopen of ingetrokken token")
    @ApiResponse(responseCode = "403", description = "Geen recht om imports te zien")
    @ApiResponse(responseCode = "404", description = "Geen import met dit id die u mag zien")
    @ApiResponse(responseCode = "429", description = TOO_MANY,
            headers = @Header(name = "Retry-After", description = "Seconden wachten", schema = @Schema(type = "integer")))
    ResponseEntity<?> haalOp(@PathVariable UUID id) {
        return records.find(id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(new Import(r.id(), r.status(),
                        r.source(), r.startedAt(), r.completedAt(), r.lines(), r.snapshotsRead(), r.newSnapshots(),
                        r.repeatedSnapshots(), r.newAds())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", "No import with this id that you may see"));
    }

    private static ResponseEntity<?> rejected(ImportOutcome.Rejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                rejected.totalErrors() + " error(s) in the input; nothing was imported");
        problem.setTitle("Invalid input");
        List<Map<String, Object>> errors = rejected.errors().stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", e.line());
            error.put("field", e.field());
            error.put("what", e.message());
            error.put("where", e.field() == null ? "line " + e.line() : "line " + e.line() + ", " + e.field());
            return error;
        }).toList();
        problem.setProperty("errors", errors);
        problem.setProperty("totalErrors", rejected.totalErrors());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<?> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                "The body is larger than " + maxBytes + " bytes; nothing was imported");
    }

    private static ResponseEntity<?> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean causedByLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitExceeded) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by {@link Limited} past the limit; the import's transaction then rolls back. */
    static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("import body above the limit");
        }
    }

    /** A body without (or with a false) Content-Length is cut off at the limit by failing the read. */
    static final class Limited extends FilterInputStream {

        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new LimitExceeded();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new LimitExceeded();
            }
            return n;
        }
    }
}

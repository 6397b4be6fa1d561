package frl.ienline.platform.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Brings the generated OpenAPI document in line with the Dutch API Design Rules (ADR 2.1), for every
 * module's endpoints alike, so a new endpoint inherits it: paths relative to the versioned server URL
 * ({@code /api/v1}), the document itself as the resource {@code /openapi.json}, the {@code API-Version}
 * header on every response, JSON instead of {@code *}{@code /*}, and every error as
 * {@code application/problem+json} (RFC 9457) with one schema. An operation that takes input documents
 * a 400; a module documents its own 404, 429 and the like on the operation.
 */
final class ApiDocument implements OpenApiCustomizer {

    static final String PREFIX = "/api/v1";
    static final String VERSION_HEADER = "API-Version";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Probleem";
    private static final String VERSION_HEADER_REF = "#/components/headers/" + VERSION_HEADER;
    private static final String PROBLEM_SCHEMA_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    private static final String DOCUMENT_TAG = "API";

    @Override
    public void customise(OpenAPI api) {
        Paths relative = new Paths();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> relative.addPathItem(
                    path.startsWith(PREFIX + "/") ? path.substring(PREFIX.length()) : path, item));
        }
        relative.putIfAbsent("/openapi.json", documentResource());
        api.setPaths(relative);
        if (api.getComponents() == null) {
            api.setComponents(new io.swagger.v3.oas.models.Components());
        }
        api.getComponents()
                .addHeaders(VERSION_HEADER, new Header()
                        .description("De volledige versie van de API (semantic versioning)")
                        .schema(new StringSchema().example(OpenApiConfiguration.API_VERSION)))
                .addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (api.getTags() == null || api.getTags().stream().noneMatch(t -> DOCUMENT_TAG.equals(t.getName()))) {
            api.addTagsItem(new Tag().name(DOCUMENT_TAG).description("Over deze API: de beschrijving zelf"));
        }
        relative.values().forEach(item -> item.readOperations().forEach(ApiDocument::normalise));
    }

    private static void normalise(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput && !responses.containsKey("400")) {
            responses.addApiResponse("400", new ApiResponse().description("Ongeldige invoer: het antwoord noemt wat en waar"));
        }
        responses.forEach((code, response) -> {
            if (response.get$ref() != null) {
                return;
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA_REF))));
            } else if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                MediaType any = response.getContent().remove("*/*");
                response.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
            }
            if (response.getHeaders() == null || !response.getHeaders().containsKey(VERSION_HEADER)) {
                response.addHeaderObject(VERSION_HEADER, new Header().$ref(VERSION_HEADER_REF));
            }
        });
    }

    /** ADR /core/publish-openapi: the document is a resource of the API, readable from any origin. */
    private static PathItem documentResource() {
        ApiResponse ok = new ApiResponse().description("Dit OpenAPI-document")
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(new ObjectSchema())))
                .headers(new java.util.LinkedHashMap<>(Map.of("access-control-allow-origin", new Header()
                        .description("Altijd *: de beschrijving is voor iedereen leesbaar")
                        .schema(new StringSchema().example("*")))));
        return new PathItem().get(new Operation().operationId("openapi").addTagsItem(DOCUMENT_TAG)
                .summary("De OpenAPI-beschrijving van deze API")
                .description("Deze beschrijving in OpenAPI 3.0 (JSON). Ook leesbaar vanaf andere websites (CORS).")
                .responses(new ApiResponses().addApiResponse("200", ok)));
    }

    /** RFC 9457 problem details as ienline answers them ({@code platform.web.ErrorHandling}). */
    private static Schema<?> problemSchema() {
        ObjectSchema where = new ObjectSchema();
        where.addProperty("where", new StringSchema().description("Het veld of de parameter"));
        where.addProperty("what", new StringSchema().description("Wat eraan mankeert"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("Foutmelding volgens RFC 9457 (application/problem+json)");
        problem.addProperty("type", new StringSchema().description("URI van het soort fout").example("about:blank"));
        problem.addProperty("title", new StringSchema().description("Korte omschrijving van het soort fout"));
        problem.addProperty("status", new IntegerSchema().description("De HTTP-statuscode").example(400));
        problem.addProperty("detail", new StringSchema().description("Uitleg bij deze fout"));
        problem.addProperty("instance", new StringSchema().description("Het pad van het verzoek"));
        problem.addProperty("errors", new ArraySchema().items(where).description("Bij ongeldige invoer: elke fout"));
        problem.addProperty("correlationId", new StringSchema()
                .description("Bij een onverwachte fout: het kenmerk waaronder die is vastgelegd, om naar te vragen"));
        return problem;
    }
}

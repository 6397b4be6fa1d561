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
 * {@code application/problem+json} (RFC 9457) with one schema. Every operation documents a 400 (a request
 * the server cannot read is one anywhere) and a 429 with {@code Retry-After} (every client has a budget on the
 * whole API, {@link PublicApiBudget}, and modules have their own); a module documents its own 404 and the like,
 * and its own wording of 400 and 429 where it has one. Java's {@code Object} in a map is any JSON value, not a
 * JSON object, and an example of a text parameter is a text.
 */
final class ApiDocument implements OpenApiCustomizer {

    static final String PREFIX = "/api/v1";
    static final String VERSION_HEADER = "API-Version";
    static final String RETRY_AFTER = "Retry-After";
    private static final String RETRY_AFTER_REF = "#/components/headers/" + RETRY_AFTER;
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
                .addHeaders(RETRY_AFTER, new Header()
                        .description("Na hoeveel seconden een nieuw verzoek weer kan")
                        .schema(new IntegerSchema().example(30)))
                .addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ApiDocument::anyValueInMaps);
        }
        if (api.getTags() == null || api.getTags().stream().noneMatch(t -> DOCUMENT_TAG.equals(t.getName()))) {
            api.addTagsItem(new Tag().name(DOCUMENT_TAG).description("Over deze API: de beschrijving zelf"));
        }
        relative.values().forEach(item -> item.readOperations().forEach(ApiDocument::normalise));
    }

    private static void normalise(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (!responses.containsKey("400")) {
            responses.addApiResponse("400", new ApiResponse().description(takesInput
                    ? "Ongeldige invoer: het antwoord noemt wat en waar" : "Ongeldig verzoek"));
        }
        if (!responses.containsKey("429")) {
            responses.addApiResponse("429", new ApiResponse()
                    .description("Te veel verzoeken van deze client; Retry-After zegt na hoeveel seconden het weer kan"));
        }
        ApiResponse tooMany = responses.get("429");
        if (tooMany.get$ref() == null) {
            if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey(RETRY_AFTER)) {
                tooMany.addHeaderObject(RETRY_AFTER, new Header().$ref(RETRY_AFTER_REF));
            } else if (tooMany.getHeaders().get(RETRY_AFTER).get$ref() == null) {
                tooMany.getHeaders().put(RETRY_AFTER, new Header().$ref(RETRY_AFTER_REF));
            }
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                if (parameter.getExample() != null && !(parameter.getExample() instanceof String)
                        && parameter.getSchema() != null && "string".equals(parameter.getSchema().getType())) {
                    parameter.setExample(parameter.getExample().toString());
                }
            });
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

    /**
     * A {@code Map<String, Object>} comes out as "a map of JSON objects"; its values are any JSON value (a count
     * or a text such as "&lt;5"), which an empty schema says.
     */
    private static void anyValueInMaps(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            if (property.getAdditionalProperties() instanceof Schema<?> values && values.get$ref() == null
                    && "object".equals(values.getType()) && values.getProperties() == null) {
                property.setAdditionalProperties(new Schema<>().description(values.getDescription()));
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

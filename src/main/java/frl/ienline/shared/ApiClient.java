package frl.ienline.shared;

import java.util.Set;
import java.util.UUID;

/**
 * A machine client acting for an organisation with an API token the administrator issued (ADR 0025): no
 * person, no role, only scopes. It is the {@link Actor} of a request only on the paths its scope covers, so
 * the access log records its uses under the token (id, name) and the token's organisation.
 */
public interface ApiClient extends Actor {

    /** The scope of the ad import API: {@link #IMPORT_API} and the imports under it. */
    String SCOPE_IMPORT = "import";

    /** The ad import API; a token of scope {@link #SCOPE_IMPORT} is accepted here and on {@code /{id}} below. */
    String IMPORT_API = "/api/v1/advertenties/imports";

    /** The token's id (the actor id in the access log). */
    @Override
    UUID id();

    Set<String> apiScopes();

    default boolean hasScope(String scope) {
        return apiScopes().contains(scope);
    }

    @Override
    default Set<Role> roles() {
        return Set.of();
    }

    @Override
    default AccessScope scope() {
        return AccessScope.none();
    }

    @Override
    default boolean demo() {
        return false;
    }
}

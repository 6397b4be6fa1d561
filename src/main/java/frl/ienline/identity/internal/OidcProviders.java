package frl.ienline.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The configured OpenID Connect registrations together with the organisations each may speak for
 * ({@code ienline.identity.oidc.providers.<registration id>.organisations}). Start-up refuses a registration
 * without that list or without a known issuer: an identity provider that may speak for "anyone" is the
 * mistake this prevents (review H4).
 */
@Component
class OidcProviders {

    /** A registration to offer: its id and the name shown on the button. */
    record Offered(String id, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final IdentityProperties.Oidc settings;

    OidcProviders(ObjectProvider<ClientRegistrationRepository> registrations, IdentityProperties properties) {
        this.registrations = registrations;
        this.settings = properties.oidc();
    }

    /** The registrations that may sign in accounts of this organisation. */
    List<Offered> offeredFor(String organisationCode) {
        List<Offered> offered = new ArrayList<>();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration client && settings.providers().containsKey(client.getRegistrationId())
                        && settings.providers().get(client.getRegistrationId()).organisations().contains(organisationCode)) {
                    offered.add(new Offered(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        return offered;
    }

    /** Refuses to start when a registration has no organisations or no issuer to check tokens against. */
    static void requireConfigured(ClientRegistrationRepository repository, IdentityProperties.Oidc settings) {
        if (!(repository instanceof Iterable<?> all)) {
            return;
        }
        for (Object each : all) {
            if (!(each instanceof ClientRegistration client)) {
                continue;
            }
            String id = client.getRegistrationId();
            IdentityProperties.Provider provider = settings.providers().get(id);
            if (provider == null || provider.organisations().isEmpty()) {
                throw new IllegalStateException("OpenID Connect registration '" + id + "' may speak for no organisation:"
                        + " set ienline.identity.oidc.providers." + id + ".organisations to the organisation codes whose"
                        + " accounts it may sign in (ADR 0015)");
            }
            if (provider.issuer() == null && client.getProviderDetails().getIssuerUri() == null) {
                throw new IllegalStateException("OpenID Connect registration '" + id + "' has no issuer: set its provider's"
                        + " issuer-uri, or ienline.identity.oidc.providers." + id + ".issuer (ADR 0015)");
            }
        }
    }
}

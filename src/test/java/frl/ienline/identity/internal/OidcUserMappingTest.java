package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of {@link OidcUserMapping} without a provider or a database (the real flow: OidcBindingTests). */
class OidcUserMappingTest {

    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    static final String LEEUWARDEN_IDP = "https://login.leeuwarden.example/realms/staff";
    static final String FIER_IDP = "https://login.fier.example";
    static final OidcIdentity JAN_AT_LEEUWARDEN = new OidcIdentity(LEEUWARDEN_IDP, "8b2c-subject-of-jan");

    final StaffUser jan = bound(StaffUser.create(Username.of("jan.de.vries"), "Jan de Vries",
            StaffAccess.of("GM0080", Set.of(Role.INSPECTOR), List.of(MunicipalityCode.of("GM0080"))), HASH, false,
            Instant.EPOCH), JAN_AT_LEEUWARDEN);

    final IdentityProperties.Oidc settings = new IdentityProperties.Oidc(List.of("urn:example:loa:substantial"),
            List.of("mfa", "otp"), null, Map.of(
                    "gemeente", new IdentityProperties.Provider(null, List.of("GM0080")),
                    "fier", new IdentityProperties.Provider(FIER_IDP, List.of("FIER"))));

    final OidcUserMapping mapping = new OidcUserMapping(settings,
            identity -> Optional.of(jan).filter(u -> identity.equals(u.oidc())));

    static StaffUser bound(StaffUser user, OidcIdentity identity) {
        return new StaffUser(user.id(), user.username(), user.displayName(), user.access(), user.passwordHash(),
                user.enabled(), user.demo(), null, null, identity, user.createdAt(), user.changedAt());
    }

    static Map<String, Object> token(String issuer, String subject, Object amr) {
        return Map.of("iss", issuer, "sub", subject, "amr", amr, "preferred_username", "jan.de.vries");
    }

    OidcUserMapping.Result viaGemeente(Map<String, Object> claims) {
        return mapping.map("gemeente", LEEUWARDEN_IDP, claims, Optional.empty());
    }

    @Test
    void findsTheAccountByIssuerAndSubjectWhenMfaIsAsserted() {
        assertThat(viaGemeente(token(LEEUWARDEN_IDP, "8b2c-subject-of-jan", List.of("pwd", "otp"))))
                .isEqualTo(new OidcUserMapping.Mapped(jan));
        assertThat(viaGemeente(Map.of("iss", LEEUWARDEN_IDP, "sub", "8b2c-subject-of-jan", "acr", "urn:example:loa:substantial")))
                .isInstanceOf(OidcUserMapping.Mapped.class);
    }

    @Test
    void theNameClaimIsNeverUsed() {
        assertThat(viaGemeente(token(LEEUWARDEN_IDP, "another-subject", List.of("mfa"))))
                .isEqualTo(new OidcUserMapping.Refused("not-bound"));
    }

    @Test
    void refusesATokenWithoutMultiFactorAssertion() {
        assertThat(viaGemeente(token(LEEUWARDEN_IDP, "8b2c-subject-of-jan", List.of("pwd"))))
                .isEqualTo(new OidcUserMapping.Refused("no-mfa"));
        assertThat(viaGemeente(Map.of("iss", LEEUWARDEN_IDP, "sub", "8b2c-subject-of-jan", "acr", "urn:example:loa:low")))
                .isEqualTo(new OidcUserMapping.Refused("no-mfa"));
    }

    @Test
    void aTokenMustComeFromTheRegistrationsOwnIssuer() {
        assertThat(viaGemeente(token(FIER_IDP, "8b2c-subject-of-jan", List.of("mfa"))))
                .isEqualTo(new OidcUserMapping.Refused("wrong-issuer"));
        assertThat(mapping.map("gemeente", null, token(LEEUWARDEN_IDP, "8b2c-subject-of-jan", List.of("mfa")), Optional.empty()))
                .isEqualTo(new OidcUserMapping.Refused("provider-without-issuer"));
    }

    @Test
    void aRegistrationSpeaksOnlyForItsOrganisations() {
        StaffUser janAtFier = bound(jan, new OidcIdentity(FIER_IDP, "8b2c-subject-of-jan"));
        OidcUserMapping fierBound = new OidcUserMapping(settings, identity -> Optional.of(janAtFier));
        assertThat(fierBound.map("fier", null, token(FIER_IDP, "8b2c-subject-of-jan", List.of("mfa")), Optional.empty()))
                .isEqualTo(new OidcUserMapping.Refused("organisation-not-allowed", jan.id()));
        assertThat(mapping.map("unconfigured", LEEUWARDEN_IDP, token(LEEUWARDEN_IDP, "8b2c-subject-of-jan", List.of("mfa")),
                Optional.empty())).isEqualTo(new OidcUserMapping.Refused("provider-not-configured"));
    }

    @Test
    void aDisabledAccountIsRefused() {
        StaffUser disabled = jan.disable(Instant.EPOCH);
        OidcUserMapping withDisabled = new OidcUserMapping(settings, identity -> Optional.of(disabled));
        assertThat(withDisabled.map("gemeente", LEEUWARDEN_IDP, token(LEEUWARDEN_IDP, "8b2c-subject-of-jan", "mfa"),
                Optional.empty())).isEqualTo(new OidcUserMapping.Refused("account-disabled", jan.id()));
    }

    @Test
    void aPendingLinkBindsAnUnboundIdentityToItsAccountOnly() {
        StaffUser fresh = StaffUser.create(Username.of("nieuw.account"), "Nieuw", jan.access(), HASH, false, Instant.EPOCH);
        UUID link = UUID.randomUUID();
        OidcIdentity identity = new OidcIdentity(LEEUWARDEN_IDP, "fresh-subject");
        assertThat(mapping.map("gemeente", LEEUWARDEN_IDP, token(LEEUWARDEN_IDP, "fresh-subject", "mfa"),
                Optional.of(new OidcUserMapping.PendingBinding(fresh, link))))
                .isEqualTo(new OidcUserMapping.Bind(fresh, link, identity));
        assertThat(mapping.map("gemeente", LEEUWARDEN_IDP, token(LEEUWARDEN_IDP, "8b2c-subject-of-jan", "mfa"),
                Optional.of(new OidcUserMapping.PendingBinding(fresh, link))))
                .as("an identity already bound to Jan cannot be bound to another account")
                .isEqualTo(new OidcUserMapping.Refused("identity-bound-to-another-account", fresh.id()));
        assertThat(mapping.map("fier", null, token(FIER_IDP, "fresh-subject", "mfa"),
                Optional.of(new OidcUserMapping.PendingBinding(fresh, link))))
                .isEqualTo(new OidcUserMapping.Refused("organisation-not-allowed", fresh.id()));
    }
}

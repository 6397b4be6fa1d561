package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcUserMappingTest {

    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    final StaffUser jan = StaffUser.create(Username.of("jan.de.vries"), "Jan de Vries",
            StaffAccess.of("GM0080", Set.of(Role.INSPECTOR), List.of(MunicipalityCode.of("GM0080"))), HASH, false,
            Instant.EPOCH);
    final StaffUser disabled = StaffUser.create(Username.of("oud.account"), "Oud", jan.access(), HASH, false,
            Instant.EPOCH).disable(Instant.EPOCH);

    final OidcUserMapping mapping = new OidcUserMapping(
            new IdentityProperties.Oidc("preferred_username", List.of("urn:example:loa:substantial"), List.of("mfa", "otp"), null),
            username -> Optional.of(jan).filter(u -> u.username().equals(username))
                    .or(() -> Optional.of(disabled).filter(u -> u.username().equals(username))));

    @Test
    void mapsTheClaimToTheLocalAccountWhenAmrAssertsMfa() {
        var result = mapping.map(Map.of("amr", List.of("pwd", "otp")), Map.of("preferred_username", "Jan.de.Vries"));
        assertThat(result).isEqualTo(new OidcUserMapping.Mapped(jan));
    }

    @Test
    void anAcceptedAcrValueIsEnoughToo() {
        var result = mapping.map(Map.of("acr", "urn:example:loa:substantial"), Map.of("preferred_username", "jan.de.vries"));
        assertThat(result).isInstanceOf(OidcUserMapping.Mapped.class);
    }

    @Test
    void refusesATokenWithoutMultiFactorAssertion() {
        assertThat(mapping.map(Map.of("amr", List.of("pwd")), Map.of("preferred_username", "jan.de.vries")))
                .isInstanceOf(OidcUserMapping.Refused.class);
        assertThat(mapping.map(Map.of("acr", "urn:example:loa:low"), Map.of("preferred_username", "jan.de.vries")))
                .isInstanceOf(OidcUserMapping.Refused.class);
        assertThat(mapping.map(Map.of(), Map.of("preferred_username", "jan.de.vries")))
                .isInstanceOf(OidcUserMapping.Refused.class);
    }

    @Test
    void readsMfaOnlyFromTheIdTokenNotFromUserInfo() {
        assertThat(mapping.map(Map.of(), Map.of("preferred_username", "jan.de.vries", "amr", List.of("mfa"))))
                .isInstanceOf(OidcUserMapping.Refused.class);
    }

    @Test
    void refusesUnknownDisabledOrMissingAccounts() {
        Map<String, Object> mfa = Map.of("amr", List.of("mfa"));
        assertThat(mapping.map(mfa, Map.of("preferred_username", "nobody"))).isInstanceOf(OidcUserMapping.Refused.class);
        assertThat(mapping.map(mfa, Map.of("preferred_username", "oud.account"))).isInstanceOf(OidcUserMapping.Refused.class);
        assertThat(mapping.map(mfa, Map.of("email", "jan@example.org"))).isInstanceOf(OidcUserMapping.Refused.class);
        assertThat(mapping.map(mfa, Map.of("preferred_username", "not a valid name!"))).isInstanceOf(OidcUserMapping.Refused.class);
    }

    @Test
    void theUsernameClaimIsConfigurable() {
        OidcUserMapping byEmailLocalPart = new OidcUserMapping(
                new IdentityProperties.Oidc("ienline_username", null, null, null),
                username -> Optional.of(jan).filter(u -> u.username().equals(username)));
        assertThat(byEmailLocalPart.map(Map.of("amr", "mfa"), Map.of("ienline_username", "jan.de.vries")))
                .isInstanceOf(OidcUserMapping.Mapped.class);
        assertThat(byEmailLocalPart.map(Map.of("amr", List.of("otp")), Map.of("ienline_username", "jan.de.vries")))
                .as("default accepted amr is only 'mfa'").isInstanceOf(OidcUserMapping.Refused.class);
    }
}

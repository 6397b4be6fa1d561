package frl.ienline.register.internal;

import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRings;
import org.springframework.stereotype.Component;

/**
 * The key kit's cipher (ADR 0012) for what the register stores about applicants beside the application itself:
 * contact details, the values in notices and mail recipients. The register's ring
 * ({@code IENLINE_REGISTER_CRYPTO_*}); these columns need no blind index.
 */
@Component
class ApplicantCipher {

    private final FieldCipher cipher;

    ApplicantCipher(KeyRings rings) {
        this.cipher = new FieldCipher(rings.load("register", KeyRings.Option.NO_BLIND_INDEX));
    }

    FieldCipher cipher() {
        return cipher;
    }
}

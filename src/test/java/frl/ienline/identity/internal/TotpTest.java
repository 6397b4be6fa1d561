package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B: time, TOTP for SHA1, SHA256, SHA512 (8 digits, 30-second steps, T0 = 0). */
    @ParameterizedTest
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheVectors() {
        assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void acceptsOneStepOfDriftEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.code(SHA1_SEED, step + offset, 6, "HmacSHA1");
            assertThat(Totp.verify(SHA1_SEED, code, now, null)).hasValue(step + offset);
        }
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2, 6, "HmacSHA1"), now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2, 6, "HmacSHA1"), now, null)).isEmpty();
    }

    @Test
    void aCodeWorksOnceAndEarlierCodesNeverAfterIt() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String current = Totp.code(SHA1_SEED, now);
        assertThat(Totp.verify(SHA1_SEED, current, now, null)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, current, now, step)).isEmpty();
        String previous = Totp.code(SHA1_SEED, step - 1, 6, "HmacSHA1");
        assertThat(Totp.verify(SHA1_SEED, previous, now, step)).isEmpty();
        String next = Totp.code(SHA1_SEED, step + 1, 6, "HmacSHA1");
        assertThat(Totp.verify(SHA1_SEED, next, now, step)).hasValue(step + 1);
    }

    @Test
    void rejectsMalformedCodes() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.verify(SHA1_SEED, null, now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "28708", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "2870822", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "28708a", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "287082", now, null)).isPresent();
    }

    @Test
    void provisioningUriCarriesTheBase32SecretAndParameters() {
        String uri = Totp.provisioningUri("ienline", "jan.de.vries", SHA1_SEED);
        assertThat(uri).isEqualTo("otpauth://totp/ienline:jan.de.vries?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=ienline&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void newSecretsHave160RandomBits() {
        assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
    }

    /** RFC 4648 section 10, without padding. */
    @ParameterizedTest
    @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void base32MatchesRfc4648(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void base32DecodingIgnoresGroupingSpaces() {
        assertThat(Base32.decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(SHA1_SEED);
    }
}

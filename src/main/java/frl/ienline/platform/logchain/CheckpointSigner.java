package frl.ienline.platform.logchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs checkpoints with Ed25519 and checks them. The private key is 32 random bytes from the environment
 * ({@code IENLINE_LOG_CHECKPOINT_KEY}, {@code openssl rand -base64 32}), never in the database; whoever
 * checks a checkpoint needs only the public key, which cannot sign. Bouncy Castle's Ed25519 (already on
 * the class path) derives the public key from the private one, which the JDK's API cannot.
 */
public final class CheckpointSigner {

    public static final String VARIABLE = "IENLINE_LOG_CHECKPOINT_KEY";
    public static final String PUBLIC_VARIABLE = "IENLINE_LOG_CHECKPOINT_PUBLIC_KEY";

    private final Ed25519PrivateKeyParameters privateKey;
    private final String publicKey;

    private CheckpointSigner(byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalStateException(VARIABLE + " must be base64 of exactly 32 random bytes, not " + seed.length);
        }
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        this.publicKey = Base64.getEncoder().encodeToString(privateKey.generatePublicKey().getEncoded());
    }

    /** From base64 of the 32-byte private key. */
    public static CheckpointSigner of(String base64) {
        try {
            return new CheckpointSigner(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + " is not base64");
        }
    }

    /**
     * The configured key; without one, outside production, a development key in {@code devFile} (created
     * when absent, mode 0600); in production a refusal.
     */
    public static CheckpointSigner configuredOrDevelopment(String configured, boolean production, Path devFile) {
        if (configured != null && !configured.isBlank()) {
            return of(configured);
        }
        if (production) {
            throw new IllegalStateException(VARIABLE + " is required in production: checkpoints of the logs are"
                    + " signed with a key outside the database (docs/operations.md)");
        }
        try {
            if (!Files.exists(devFile)) {
                Files.createDirectories(devFile.toAbsolutePath().getParent());
                byte[] seed = new byte[32];
                new SecureRandom().nextBytes(seed);
                Files.createFile(devFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(devFile, Base64.getEncoder().encodeToString(seed) + "\n", StandardCharsets.US_ASCII);
            }
            return of(Files.readString(devFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the development checkpoint key " + devFile, e);
        }
    }

    /** Base64 of the public key, as it appears in every checkpoint. */
    public String publicKey() {
        return publicKey;
    }

    /** A short, readable fingerprint of the public key, to compare by eye or over the phone. */
    public String fingerprint() {
        return fingerprint(publicKey);
    }

    public Checkpoint sign(String log, long seq, String head, Instant createdAt) {
        Instant at = CanonicalText.storedPrecision(createdAt);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        byte[] message = Checkpoint.signedBytes(log, seq, head, at, publicKey);
        signer.update(message, 0, message.length);
        return new Checkpoint(log, seq, head, at, publicKey, Base64.getEncoder().encodeToString(signer.generateSignature()));
    }

    /** Whether {@code checkpoint} carries a valid signature by the holder of {@code trustedPublicKey}. */
    public static boolean verifies(Checkpoint checkpoint, String trustedPublicKey) {
        if (!checkpoint.publicKey().equals(trustedPublicKey)) {
            return false;
        }
        byte[] key = Base64.getDecoder().decode(trustedPublicKey);
        if (key.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(key, 0));
        byte[] message = checkpoint.signedBytes();
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(Base64.getDecoder().decode(checkpoint.signature()));
    }

    /** The first 16 hex digits of SHA-256 of the public key, in groups of four. */
    public static String fingerprint(String publicKey) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getDecoder().decode(publicKey))).substring(0, 16);
            return String.join("-", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12), hex.substring(12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "CheckpointSigner[" + fingerprint() + "]"; // never the private key
    }
}

/**
 * The key kit (ADR 0012): one field cipher, one blind index and one re-encryption runner for every module that
 * keeps personal data encrypted in the application (security.md R15). A module gets its own {@link
 * frl.ienline.platform.crypto.KeyRing} from {@code ienline.<module>.crypto.*} through {@link
 * frl.ienline.platform.crypto.KeyRings}, builds a {@link frl.ienline.platform.crypto.FieldCipher} and a {@link
 * frl.ienline.platform.crypto.BlindIndex} on it, declares its encrypted and blind-indexed columns and hands them
 * to a {@link frl.ienline.platform.crypto.Reencryption}, which the nightly job runs. A module that uses the kit
 * declares {@code "platform :: crypto"} in its {@code allowedDependencies}.
 */
@org.springframework.modulith.NamedInterface("crypto")
package frl.ienline.platform.crypto;

package frl.ienline.register;

/**
 * A licence was granted or its status, validity or managers changed. Carries the public licence number
 * only (no personal data): listeners look up what they need through {@link LicenceVerification}.
 */
public record LicenceRegisterChanged(String licenceNumber) {
}

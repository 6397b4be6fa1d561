/**
 * The kit both append-only logs are built from (the access log in {@code audit}, the care log in
 * {@code support}): the length-prefixed canonical text an entry's MAC is made over, the HMAC key ring the
 * database never holds, the chain lock that gives up instead of waiting for ever, the small append pool,
 * the streaming check that reports every break, and signed checkpoints that anchor a head outside the
 * database. Each log configures the kit (its table, its fields, its keys); it does not copy it (ADR 0014).
 */
@org.springframework.modulith.NamedInterface("logchain")
package frl.ienline.platform.logchain;

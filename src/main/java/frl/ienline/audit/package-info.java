/**
 * The access log (NEN 7513 style): an append-only, hash-chained record of every view, search, change,
 * export and print of anything about a person or a case. It listens; no module calls it for domain logic.
 * Depends on platform only for the embedded database that the {@code audit verify} command opens itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access log", allowedDependencies = {"shared", "platform", "platform :: logchain"})
package frl.ienline.audit;

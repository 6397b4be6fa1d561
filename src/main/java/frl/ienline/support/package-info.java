/**
 * The walled care compartment: the public portal for sex workers, pseudonymous members, reports of
 * dangerous clients with masked alerts, meetups, member tips, the sounding-board group and care
 * contacts. Nothing here is readable by an enforcement or signals role: no module depends on this one,
 * it reaches the database only as its own role, and only anonymous counts leave it (ADR 0007).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support (walled care compartment)",
        allowedDependencies = {"shared", "platform", "platform :: crypto", "platform :: logchain", "rulebook"})
package frl.ienline.support;

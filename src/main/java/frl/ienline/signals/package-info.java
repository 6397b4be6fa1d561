/**
 * Signals of abuse and trafficking: intake by partner staff and by an anonymous public form, triage,
 * referral to police, CoMensha, the care coordinator, the RIEC or a municipality with the legal basis of
 * every share, duplicates, and retention. Criminal-offence data: encrypted in the application, seen only
 * by the registering organisation, the triage role and share recipients, every read logged. Care roles
 * never use it and nothing flows between it and the support compartment (ADR 0009).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signals", allowedDependencies = {"shared", "platform", "platform :: crypto", "rulebook"})
package frl.ienline.signals;

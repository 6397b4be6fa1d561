/**
 * Ad intelligence: ingests ad snapshots, extracts contact details and risk indicators, and finds
 * near-duplicate text clusters, networks and their movement between municipalities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ad intelligence", allowedDependencies = {"shared", "rulebook", "register"})
package frl.ienline.adintel;

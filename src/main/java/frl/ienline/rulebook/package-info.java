/**
 * The one regional rulebook every municipality runs on: municipalities, participation in the supervision
 * team, licence kinds and terms, the enforcement ladder, retention periods and the gazetteer of towns.
 * Versioned data from the repository; every version ever active is kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rulebook", allowedDependencies = "shared")
package frl.ienline.rulebook;

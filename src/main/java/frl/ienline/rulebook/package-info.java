/**
 * The one regional rulebook every municipality runs on: municipalities, participation in the supervision
 * team, licence kinds and terms, the licence number, the enforcement ladder, retention periods, legal bases
 * for sharing, and the gazetteer of Frisian places. Versioned data from the repository
 * ({@code rulebook/versions/*.yaml}); every version ever active is kept in the database.
 *
 * <p>API for other modules: inject {@link frl.ienline.rulebook.Rulebook} and {@link frl.ienline.rulebook.Gazetteer};
 * without Spring use {@link frl.ienline.rulebook.RulebookFiles#loadBundled()} and
 * {@link frl.ienline.rulebook.Gazetteer#loadBundled()}. See docs/adr/0003-rulebook-as-versioned-data.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rulebook", allowedDependencies = "shared")
package frl.ienline.rulebook;

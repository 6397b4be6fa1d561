/**
 * The ad intelligence engine in plain Java (no Spring, no database), so it runs inside the
 * application and from the command line alike; {@link frl.ienline.adintel.engine.AdIntelligence} is the
 * incremental entry point, {@link frl.ienline.adintel.engine.BatchAnalysis} the full recomputation.
 */
package frl.ienline.adintel.engine;

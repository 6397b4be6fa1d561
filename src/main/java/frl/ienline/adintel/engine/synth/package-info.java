/** A deterministic generator of synthetic ads with ground truth, for demos, tests and benchmarks. */
package frl.ienline.adintel.engine.synth;

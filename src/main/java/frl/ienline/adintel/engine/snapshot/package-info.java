/** The JSON Lines import format: a strict, streaming reader that returns every snapshot or every error. */
package frl.ienline.adintel.engine.snapshot;

/** Near-duplicate text clustering: normalised word shingles, MinHash with LSH banding, exact verification. */
package frl.ienline.adintel.engine.cluster;

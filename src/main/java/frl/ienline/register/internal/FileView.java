package frl.ienline.register.internal;

/**
 * One application as a licensing officer may see it: complete ({@link ApplicationFile}) in the own
 * municipalities, reduced ({@link ReducedFile}) elsewhere in the region (M11).
 */
public sealed interface FileView permits ApplicationFile, ReducedFile {
}

/** Primitive collections and union-find, so a million ads fit in a few arrays instead of object graphs. */
package frl.ienline.adintel.engine.util;

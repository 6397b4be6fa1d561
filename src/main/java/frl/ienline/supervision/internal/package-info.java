/** The supervision module's model, storage and services; private to the module. */
package frl.ienline.supervision.internal;

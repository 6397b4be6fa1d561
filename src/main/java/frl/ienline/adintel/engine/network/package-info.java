/** Networks of ads tied by shared identifiers, images and text clusters, and their movement over time. */
package frl.ienline.adintel.engine.network;

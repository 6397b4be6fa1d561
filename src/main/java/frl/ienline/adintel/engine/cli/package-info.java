/** The {@code adintel} commands: generate, cluster, evaluate and benchmark, without Spring or a database. */
package frl.ienline.adintel.engine.cli;

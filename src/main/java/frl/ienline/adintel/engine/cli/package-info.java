/**
 * The {@code adintel} commands: generate, cluster, evaluate and benchmark, without Spring or a database.
 * Exposed as the named interface {@code cli} so the launcher ({@code frl.ienline.Commands}) may call it.
 */
@org.springframework.modulith.NamedInterface("cli")
package frl.ienline.adintel.engine.cli;

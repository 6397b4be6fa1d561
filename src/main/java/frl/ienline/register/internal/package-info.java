/**
 * The register's domain (applications and licences as aggregates that change through guarded verbs),
 * its persistence with JdbcClient in the {@code register} schema, and its services. Private to the module.
 */
package frl.ienline.register.internal;

/**
 * Plumbing without domain: the database (embedded PostgreSQL by default), time, languages, the page
 * layout, error responses, the public home and privacy pages and the OpenAPI document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package frl.ienline.platform;

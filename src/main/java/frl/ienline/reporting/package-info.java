/**
 * Reporting: the statistics store fed by the other modules' facts (ids, codes, dates, municipality — never
 * personal data), so the counts outlive the records that retention deletes; the regional and municipal
 * dashboards, the uniformity monitor, the council reports, CSV exports and the public open-data API. Every
 * figure passes one suppression of small numbers. The care compartment is read only through the anonymous
 * {@link frl.ienline.shared.SupportFigures}; nothing here depends on support (the wall). See
 * docs/adr/0017-reporting-statistics-store.md and docs/measures.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "platform", "rulebook", "register", "adintel", "signals", "supervision"})
package frl.ienline.reporting;

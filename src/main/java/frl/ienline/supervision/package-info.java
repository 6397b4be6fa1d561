/**
 * The regional supervision team's daily tool: leads from ad intelligence and from outside ranked by an
 * explainable score, the mandate (only municipalities participating on the day), cases with ads, networks,
 * addresses, pseudonymous persons met and licensed businesses, controls and their locked reports, the one
 * enforcement ladder with letters in the person's language, displacement alerts across municipalities and
 * the hand-off of trafficking indicators to signals (ids only). See docs/adr/0010-supervision-mandate-and-ladder.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"shared", "platform", "platform :: crypto", "rulebook", "register", "adintel", "signals"})
package frl.ienline.supervision;

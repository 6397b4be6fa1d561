package frl.ienline.register.internal;

import frl.ienline.register.internal.DecisionCheck.Verdict;
import frl.ienline.register.internal.LicensingRules.KindTerms;
import frl.ienline.register.internal.LicensingRules.MunicipalityCap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks an officer sees before deciding, each with its reason: minimum ages on the decision date,
 * the municipality's cap, refusals and revocations of the same people in the region in the look-back
 * period, and the Bibob outcome. Pure: the facts from the database come in as arguments.
 */
public final class DecisionChecker {

    private DecisionChecker() {
    }

    /**
     * @param activeLicences licences of the kind in the municipality in force on the decision date
     * @param activeWorkrooms their workrooms together
     */
    public static List<DecisionCheck> check(LicenceApplication application, LocalDate decisionDate, KindTerms terms,
            Optional<MunicipalityCap> cap, int activeLicences, int activeWorkrooms, List<PriorAdverseDecision> priors,
            int lookBackYears, String municipalityName) {
        List<DecisionCheck> checks = new ArrayList<>();
        Operator operator = application.operator();
        if (operator.isPerson()) {
            int age = operator.asPerson().ageOn(decisionDate);
            checks.add(DecisionCheck.of("ageOperator",
                    age >= terms.minimumAgeOperator() ? Verdict.PASS : Verdict.BLOCKING,
                    operator.name(), age, terms.minimumAgeOperator()));
        }
        for (Person manager : application.managers()) {
            int age = manager.ageOn(decisionDate);
            checks.add(DecisionCheck.of("ageManager",
                    age >= terms.minimumAgeManager() ? Verdict.PASS : Verdict.BLOCKING,
                    manager.name(), age, terms.minimumAgeManager()));
        }
        if (cap.isEmpty() || (cap.get().maxLicences() == null && cap.get().maxWorkrooms() == null)) {
            checks.add(DecisionCheck.of("capNone", Verdict.PASS, municipalityName));
        } else {
            if (cap.get().maxLicences() != null) {
                int max = cap.get().maxLicences();
                checks.add(DecisionCheck.of("capLicences", activeLicences + 1 <= max ? Verdict.PASS : Verdict.BLOCKING,
                        municipalityName, activeLicences, max));
            }
            if (cap.get().maxWorkrooms() != null) {
                int max = cap.get().maxWorkrooms();
                int requested = application.business().workrooms() == null ? 0 : application.business().workrooms();
                checks.add(DecisionCheck.of("capWorkrooms",
                        activeWorkrooms + requested <= max ? Verdict.PASS : Verdict.BLOCKING, municipalityName,
                        activeWorkrooms, requested, max));
            }
        }
        if (priors.isEmpty()) {
            checks.add(DecisionCheck.of("history", Verdict.PASS, lookBackYears));
        } else {
            for (PriorAdverseDecision prior : priors) {
                checks.add(DecisionCheck.of(prior.kind() == PriorAdverseDecision.Kind.REFUSAL ? "historyRefusal"
                        : "historyRevocation", Verdict.ATTENTION, prior.matchedName(), prior.municipalityName(),
                        prior.on(), prior.reference(), lookBackYears));
            }
        }
        BibobOutcome bibob = application.bibobOutcome();
        if (application.state() == ApplicationState.BIBOB_ADVICE_REQUESTED) {
            checks.add(DecisionCheck.of("bibobPending", Verdict.BLOCKING));
        } else if (bibob == null) {
            checks.add(DecisionCheck.of("bibobNotRequested", Verdict.PASS));
        } else {
            checks.add(DecisionCheck.of("bibob" + switch (bibob) {
                case NO_DANGER -> "None";
                case LESSER_DANGER -> "Lesser";
                case SERIOUS_DANGER -> "Serious";
            }, switch (bibob) {
                case NO_DANGER -> Verdict.PASS;
                case LESSER_DANGER -> Verdict.ATTENTION;
                case SERIOUS_DANGER -> Verdict.BLOCKING;
            }));
        }
        return checks;
    }
}

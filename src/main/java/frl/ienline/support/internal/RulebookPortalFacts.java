package frl.ienline.support.internal;

import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.LicenceKind;
import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.Track;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The portal's facts, read from the rulebook version in effect today, so the portal never disagrees
 * with the policy. Only rules flow in; nothing of the care compartment flows out to the rulebook.
 */
@Component
class RulebookPortalFacts implements PortalFacts {

    private final Rulebook rulebook;

    RulebookPortalFacts(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    private RulebookVersion active() {
        return rulebook.active();
    }

    @Override
    public int minimumAge() {
        return active().licenceKinds().stream().mapToInt(k -> k.minimumAges().sexWorker()).min().orElse(21);
    }

    @Override
    public List<Fact> licensedWork() {
        return active().licenceKinds().stream().map(RulebookPortalFacts::fact).toList();
    }

    private static Fact fact(LicenceKind kind) {
        int age = kind.minimumAges().sexWorker();
        return new Fact(kind.name().nl() + " (vanaf " + age + " jaar)", kind.name().en() + " (from age " + age + ")");
    }

    @Override
    public List<Fact> unlicensedWork() {
        return active().licensing().soloHomeWorkerExempt()
                ? List.of(new Fact("Alleen en zelfstandig thuis werken", "Working alone and independently from home"))
                : List.of();
    }

    @Override
    public List<Fact> enforcementLadder() {
        return active().enforcement().steps(Track.UNLICENSED).stream().map(RulebookPortalFacts::step).toList();
    }

    private static Fact step(EnforcementStep step) {
        return new Fact(step.name().nl(), step.name().en());
    }

    @Override
    public Period alertRetention() {
        return active().retention(RetentionCategory.SUPPORT_ALERT).period();
    }

    @Override
    public java.util.Optional<Period> careContactRetention() {
        return active().retentionIfSet(RetentionCategory.SUPPORT_CARE_CONTACT).map(r -> r.period());
    }

    @Override
    public Map<String, String> municipalities() {
        Map<String, String> names = new LinkedHashMap<>();
        active().municipalities().forEach(m -> names.put(m.code().value(), m.name()));
        return names;
    }

    @Override
    public String rulebookVersion() {
        return active().id();
    }
}

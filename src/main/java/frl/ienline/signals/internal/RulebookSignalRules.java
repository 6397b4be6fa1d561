package frl.ienline.signals.internal;

import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.Rulebook;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signals module's view of the regional rulebook: the legal bases a share may rest on, the retention of
 * closed signals ("no further action" counts as not substantiated) and the municipalities. Always the
 * version active today, so a new rulebook version applies without a restart.
 */
@Component
class RulebookSignalRules implements SignalRules {

    private final Rulebook rulebook;

    RulebookSignalRules(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public List<LegalBasis> legalBases() {
        Locale locale = LocaleContextHolder.getLocale();
        return rulebook.active().legalBases().stream()
                .map(b -> new LegalBasis(b.code(), b.name().in(locale) + " (" + b.reference() + ")", b.requiresConsent()))
                .toList();
    }

    @Override
    public Period retention(Outcome outcome) {
        RetentionCategory category = outcome == Outcome.SUBSTANTIATED ? RetentionCategory.SIGNAL_SUBSTANTIATED
                : RetentionCategory.SIGNAL_NOT_SUBSTANTIATED;
        return rulebook.active().retention(category).period();
    }

    @Override
    public List<Municipality> municipalities() {
        return rulebook.active().municipalities().stream().map(m -> new Municipality(m.code(), m.name())).toList();
    }
}

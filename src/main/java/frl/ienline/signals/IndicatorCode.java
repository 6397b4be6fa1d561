package frl.ienline.signals;

import static frl.ienline.signals.IndicatorGroup.AGE;
import static frl.ienline.signals.IndicatorGroup.CONTROL_BY_OTHERS;
import static frl.ienline.signals.IndicatorGroup.DOCUMENTS;
import static frl.ienline.signals.IndicatorGroup.HEALTH_AND_FEAR;
import static frl.ienline.signals.IndicatorGroup.HOUSING_AND_TRANSPORT;
import static frl.ienline.signals.IndicatorGroup.MONEY_AND_DEBTS;
import static frl.ienline.signals.IndicatorGroup.WORKING_CONDITIONS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One structured indicator of possible trafficking (after the CoMensha and police indicator lists).
 * Codes are stable: they are stored, shared and handed over by other modules (supervision).
 */
public enum IndicatorCode {
    OTHERS_CONTROL_PHONE_OR_ADS(CONTROL_BY_OTHERS),
    BROUGHT_OR_PICKED_UP(CONTROL_BY_OTHERS),
    SOMEONE_ELSE_SPEAKS(CONTROL_BY_OTHERS),
    NO_ACCESS_TO_OWN_ID(DOCUMENTS),
    FALSE_OR_BORROWED_DOCUMENTS(DOCUMENTS),
    HANDS_OVER_EARNINGS(MONEY_AND_DEBTS),
    DEBT_TO_ORGANISER(MONEY_AND_DEBTS),
    SLEEPS_AT_WORKPLACE(HOUSING_AND_TRANSPORT),
    MOVES_BETWEEN_TOWNS(HOUSING_AND_TRANSPORT),
    MANY_WORKERS_ONE_PHONE_OR_ADDRESS(HOUSING_AND_TRANSPORT),
    ALWAYS_AVAILABLE(WORKING_CONDITIONS),
    UNSAFE_SERVICES(WORKING_CONDITIONS),
    CANNOT_REFUSE_CLIENTS(WORKING_CONDITIONS),
    DOES_NOT_SPEAK_AD_LANGUAGE(WORKING_CONDITIONS),
    SIGNS_OF_VIOLENCE(HEALTH_AND_FEAR),
    FEARFUL_OR_CONTROLLED(HEALTH_AND_FEAR),
    NO_MEDICAL_CARE(HEALTH_AND_FEAR),
    POSSIBLY_MINOR(AGE),
    VERY_YOUNG(AGE);

    private final IndicatorGroup group;

    IndicatorCode(IndicatorGroup group) {
        this.group = group;
    }

    public IndicatorGroup group() {
        return group;
    }

    public static List<IndicatorCode> in(IndicatorGroup group) {
        return java.util.Arrays.stream(values()).filter(c -> c.group == group).toList();
    }

    public static Optional<IndicatorCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package frl.ienline.signals;

/** The groups of the trafficking indicator list (signalenlijst mensenhandel), in the order shown. */
public enum IndicatorGroup {
    CONTROL_BY_OTHERS, DOCUMENTS, MONEY_AND_DEBTS, HOUSING_AND_TRANSPORT, WORKING_CONDITIONS, HEALTH_AND_FEAR, AGE
}

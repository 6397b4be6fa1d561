package frl.ienline.rulebook;

/** Who a penalty amount is set for. */
public enum Offender {
    SEX_WORKER,
    OPERATOR
}

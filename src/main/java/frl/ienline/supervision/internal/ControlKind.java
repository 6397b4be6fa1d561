package frl.ienline.supervision.internal;

/** The kinds of control the team carries out. */
public enum ControlKind {
    DECOY_APPOINTMENT, HOME_OR_HOTEL_VISIT, LICENSED_BUSINESS_INSPECTION, FOLLOW_UP
}

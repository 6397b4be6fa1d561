package frl.ienline.signals.internal;

/** When during the day something was observed; precise enough for triage, vague enough to say little. */
public enum PartOfDay {
    MORNING, AFTERNOON, EVENING, NIGHT
}

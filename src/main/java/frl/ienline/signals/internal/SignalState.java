package frl.ienline.signals.internal;

/** new → in triage → referred → closed; a signal can be referred more than once before it is closed. */
public enum SignalState {
    NEW, IN_TRIAGE, REFERRED, CLOSED
}

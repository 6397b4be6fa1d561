package frl.ienline.signals;

/**
 * The signals module's door for other modules. Supervision calls {@link #registerFromControl} with ids and
 * codes; the signed-in actor becomes the registrant and must hold a role that may register signals.
 */
public interface SignalIntake {

    /** Registers a new signal from a control and answers its reference. */
    SignalReference registerFromControl(ControlHandOff handOff);
}

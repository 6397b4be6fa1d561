package frl.ienline.supervision.internal;

import frl.ienline.rulebook.Offender;
import frl.ienline.rulebook.Track;

/**
 * Whom an enforcement step is against: a person met (working name + phone blind index), a licensed
 * business (licence number) or an ad network (network id). The history of the same subject anywhere in
 * the region decides the next step.
 */
public enum SubjectKind {
    PERSON, BUSINESS, NETWORK;

    public Track track() {
        return this == BUSINESS ? Track.LICENSED : Track.UNLICENSED;
    }

    public Offender offender() {
        return this == PERSON ? Offender.SEX_WORKER : Offender.OPERATOR;
    }
}

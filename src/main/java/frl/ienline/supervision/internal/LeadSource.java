package frl.ienline.supervision.internal;

/** Where a lead came from: an ad (through ad intelligence) or from outside. */
public enum LeadSource {
    AD, TIP, SIGNAL, MUNICIPALITY_REQUEST;

    public boolean external() {
        return this != AD;
    }
}

package frl.ienline.signals;

/** Where something was observed, as a kind of place (the address itself is encrypted free text). */
public enum LocationType {
    PRIVATE_HOME, HOTEL, CLUB_OR_PRIVATE_HOUSE, WINDOW, MASSAGE_SALON, VEHICLE, STREET, ONLINE, OTHER
}

package frl.ienline.rulebook;

/** Who decides on licences for sex businesses in a municipality (set by its APV). */
public enum CompetentAuthority {
    /** De burgemeester. */
    BURGEMEESTER,
    /** Het college van burgemeester en wethouders. */
    COLLEGE
}

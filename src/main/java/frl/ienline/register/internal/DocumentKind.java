package frl.ienline.register.internal;

/** What an uploaded document is, as the applicant or officer labels it. */
public enum DocumentKind {
    BUSINESS_PLAN, PROOF_OF_USE, FLOOR_PLAN, KVK_EXTRACT, OTHER
}

package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdSighting;
import java.util.Objects;
import java.util.UUID;

/**
 * Whom a lead is about. An advertiser as ad intelligence sees it: its network, or — when its ads are linked to
 * no network — the blind index of its phone number (or e-mail address); an ad without any identifier is its own
 * subject. Leads from outside are about what they report ({@link Kind#REPORT}, keyed by the lead itself) unless
 * they name a licensed business, an address or a person met. One open lead per subject.
 */
public record LeadSubject(Kind kind, String key) {

    public enum Kind { NETWORK, PHONE, AD, BUSINESS, ADDRESS, PERSON, REPORT }

    public LeadSubject {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("A lead subject needs a key");
        }
    }

    /** The advertiser behind an ad: network, else the smallest identifier index, else the ad itself. */
    public static LeadSubject ofAd(AdSighting ad) {
        if (ad.networkId() != null) {
            return new LeadSubject(Kind.NETWORK, ad.networkId());
        }
        return ad.identifierIndexes().stream().sorted().findFirst().map(i -> new LeadSubject(Kind.PHONE, i))
                .orElseGet(() -> new LeadSubject(Kind.AD, ad.adId()));
    }

    /** A report from outside that names no subject: the lead is its own subject. */
    public static LeadSubject report(UUID leadId) {
        return new LeadSubject(Kind.REPORT, leadId.toString());
    }

    public boolean advertiser() {
        return kind == Kind.NETWORK || kind == Kind.PHONE || kind == Kind.AD;
    }
}

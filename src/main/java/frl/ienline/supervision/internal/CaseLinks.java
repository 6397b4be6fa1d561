package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the networks and identifier blind indexes of an import batch meet in intervened cases (a finished
 * control or an enforcement step), looked up once for the whole batch. An ad is "seen in a case" when it
 * has at least one link; its links are exactly the cases a displacement check of its lead looks at.
 *
 * @param byNetwork    per network id, the intervened cases holding it
 * @param byIdentifier per blind index, the intervened cases holding it in an ad (PHONE) or a person met (PERSON)
 */
public record CaseLinks(Map<String, List<Link>> byNetwork, Map<String, List<Link>> byIdentifier) {

    /** One intervened case an ad is linked to, and how (NETWORK, PHONE or PERSON). */
    public record Link(UUID caseId, MunicipalityCode municipality, String matchKind) {
    }

    public CaseLinks {
        byNetwork = Map.copyOf(byNetwork);
        byIdentifier = Map.copyOf(byIdentifier);
    }

    /** The links of one ad: its network's cases first, then those of each identifier, as displacement checks them. */
    public List<Link> of(String networkId, Collection<String> identifiers) {
        List<Link> links = new ArrayList<>();
        if (networkId != null) {
            links.addAll(byNetwork.getOrDefault(networkId, List.of()));
        }
        for (String identifier : identifiers) {
            links.addAll(byIdentifier.getOrDefault(identifier, List.of()));
        }
        return links;
    }
}

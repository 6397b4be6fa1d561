package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.supervision.internal.Rows.LeadState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A worklist filter: state, source, municipality, minimum score and assignee ({@code -} = unassigned).
 * Saved filters store {@link #query()}.
 */
public record LeadFilter(LeadState state, LeadSource source, MunicipalityCode municipality, int minScore,
        String assignee) {

    public LeadFilter {
        state = state == null ? LeadState.OPEN : state;
        if (minScore < 0 || minScore > 1000) {
            minScore = 0;
        }
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }

    public static LeadFilter open() {
        return new LeadFilter(LeadState.OPEN, null, null, 0, null);
    }

    /** The filter as a query string for the worklist URL. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (state != LeadState.OPEN) {
            parts.add("status=" + state.name());
        }
        if (source != null) {
            parts.add("bron=" + source.name());
        }
        if (municipality != null) {
            parts.add("gemeente=" + municipality.value());
        }
        if (minScore > 0) {
            parts.add("minScore=" + minScore);
        }
        if (assignee != null) {
            parts.add("toegewezen=" + URLEncoder.encode(assignee, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}

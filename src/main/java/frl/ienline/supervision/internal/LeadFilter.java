package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A worklist filter: state, source, municipality, minimum score and assignee ({@code -} = unassigned), with the
 * order and page to show. Saved filters store {@link #query()} (without the page).
 */
public record LeadFilter(Lead.State state, LeadSource source, MunicipalityCode municipality, int minScore,
        String assignee, Sort sort, int page) {

    /** Orders of the worklist; each ends with the id so that pages never overlap. */
    public enum Sort {
        SCORE("score DESC, last_seen_at DESC, id"),
        NEWEST("last_seen_at DESC, score DESC, id"),
        ADS("ad_count DESC, score DESC, id"),
        MUNICIPALITIES("municipality_count DESC, score DESC, id");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }

    public static final int PAGE_SIZE = 50;

    public LeadFilter {
        state = state == null ? Lead.State.OPEN : state;
        if (minScore < 0 || minScore > 1000) {
            minScore = 0;
        }
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        sort = sort == null ? Sort.SCORE : sort;
        page = Math.max(0, page);
    }

    public LeadFilter(Lead.State state, LeadSource source, MunicipalityCode municipality, int minScore,
            String assignee) {
        this(state, source, municipality, minScore, assignee, Sort.SCORE, 0);
    }

    public static LeadFilter open() {
        return new LeadFilter(Lead.State.OPEN, null, null, 0, null);
    }

    /** The same filter on another page. */
    public LeadFilter onPage(int other) {
        return new LeadFilter(state, source, municipality, minScore, assignee, sort, other);
    }

    /** The filter as a query string for the worklist URL (without the page). */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (state != Lead.State.OPEN) {
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
        if (sort != Sort.SCORE) {
            parts.add("sorteer=" + sort.name());
        }
        return String.join("&", parts);
    }

    /** The query string of another page of this filter. */
    public String pageQuery(int other) {
        String query = query();
        return (query.isEmpty() ? "" : query + "&") + "pagina=" + (other + 1);
    }
}

package frl.ienline.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the daily counts: the cubes of a year (one query for the measures that add up, one for the stocks)
 * and the day histograms of the durations. Figures only; no record of any module is ever read here.
 */
@Repository
public class Counts {

    private final JdbcClient jdbc;

    Counts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cubes of the counted measures for a year, rows in the order of {@code municipalities} plus {@code ""}. */
    public Map<Measure, Cube> year(int year, Collection<Measure> measures, List<String> municipalities,
            SmallNumbers numbers) {
        List<String> rows = new ArrayList<>(municipalities);
        rows.add("");
        Map<Measure, Map<String, long[][]>> raw = new EnumMap<>(Measure.class);
        String[] flows = codes(measures, Measure.Kind.FLOW);
        String[] stocks = codes(measures, Measure.Kind.STOCK);
        LocalDate start = LocalDate.of(year, 1, 1);
        if (flows.length > 0) {
            jdbc.sql("""
                    SELECT municipality, measure, dimension, extract(quarter FROM day)::int AS q, sum(value) AS v
                      FROM reporting.daily_count
                     WHERE day >= :from AND day < :to AND measure = ANY(:measures)
                     GROUP BY 1, 2, 3, 4""")
                    .param("from", Date.valueOf(start)).param("to", Date.valueOf(start.plusYears(1)))
                    .param("measures", flows)
                    .query(rs -> {
                        long[] quarters = cell(raw, rs.getString(2), rs.getString(3), rs.getString(1), rows);
                        if (quarters != null) {
                            quarters[rs.getInt(4) - 1] += rs.getLong(5);
                        }
                    });
        }
        if (stocks.length > 0) {
            jdbc.sql("""
                    SELECT municipality, measure, dimension,
                           coalesce(sum(value) FILTER (WHERE day < :q2), 0), coalesce(sum(value) FILTER (WHERE day < :q3), 0),
                           coalesce(sum(value) FILTER (WHERE day < :q4), 0), coalesce(sum(value), 0)
                      FROM reporting.daily_count
                     WHERE day < :to AND measure = ANY(:measures)
                     GROUP BY 1, 2, 3""")
                    .param("q2", Date.valueOf(start.plusMonths(3))).param("q3", Date.valueOf(start.plusMonths(6)))
                    .param("q4", Date.valueOf(start.plusMonths(9))).param("to", Date.valueOf(start.plusYears(1)))
                    .param("measures", stocks)
                    .query(rs -> {
                        long[] quarters = cell(raw, rs.getString(2), rs.getString(3), rs.getString(1), rows);
                        if (quarters != null) {
                            for (int k = 0; k < 4; k++) {
                                quarters[k] += rs.getLong(4 + k);
                            }
                        }
                    });
        }
        Map<Measure, Cube> cubes = new EnumMap<>(Measure.class);
        for (Measure measure : measures) {
            if (measure.kind() != Measure.Kind.FLOW && measure.kind() != Measure.Kind.STOCK) {
                continue;
            }
            Map<String, long[][]> byDimension = raw.getOrDefault(measure, Map.of());
            List<String> dimensions = byDimension.isEmpty() ? List.of("") : new ArrayList<>(new TreeSet<>(byDimension.keySet()));
            long[][][] values = new long[rows.size()][dimensions.size()][4];
            for (int j = 0; j < dimensions.size(); j++) {
                long[][] perRow = byDimension.get(dimensions.get(j));
                if (perRow != null) {
                    for (int i = 0; i < rows.size(); i++) {
                        values[i][j] = perRow[i];
                    }
                }
            }
            cubes.put(measure, Cube.of(measure, rows, dimensions, values, numbers));
        }
        return cubes;
    }

    private static long[] cell(Map<Measure, Map<String, long[][]>> raw, String measureCode, String dimension,
            String municipality, List<String> rows) {
        Measure measure = Measure.byCode(measureCode).orElse(null);
        int row = rows.indexOf(municipality);
        if (measure == null || row < 0) {
            return null;
        }
        return raw.computeIfAbsent(measure, m -> new HashMap<>())
                .computeIfAbsent(dimension, d -> new long[rows.size()][4])[row];
    }

    /** How many cases took how many days, per municipality ({@code ""} too), for the durations in a period. */
    public Map<Measure, Map<String, TreeMap<Integer, Long>>> durations(ReportPeriod period) {
        Map<Measure, Map<String, TreeMap<Integer, Long>>> result = new EnumMap<>(Measure.class);
        jdbc.sql("""
                SELECT measure, municipality, dimension::int, sum(value) FROM reporting.daily_count
                 WHERE day >= :from AND day < :to AND measure = ANY(:measures)
                 GROUP BY 1, 2, 3""")
                .param("from", Date.valueOf(period.start())).param("to", Date.valueOf(period.end()))
                .param("measures", codes(List.of(Measure.values()), Measure.Kind.DURATION))
                .query(rs -> {
                    String municipality = rs.getString(2);
                    int days = rs.getInt(3);
                    long count = rs.getLong(4);
                    Measure.byCode(rs.getString(1)).ifPresent(measure -> result
                            .computeIfAbsent(measure, m -> new HashMap<>())
                            .computeIfAbsent(municipality, x -> new TreeMap<>())
                            .merge(days, count, Long::sum));
                });
        return result;
    }

    private static String[] codes(Collection<Measure> measures, Measure.Kind kind) {
        return measures.stream().filter(m -> m.kind() == kind).map(Measure::code).toArray(String[]::new);
    }
}

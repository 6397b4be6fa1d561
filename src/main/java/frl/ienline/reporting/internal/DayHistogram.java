package frl.ienline.reporting.internal;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** How many cases took how many days: enough to give a median and a 90th percentile without keeping cases. */
public record DayHistogram(TreeMap<Integer, Long> days) {

    public static final DayHistogram EMPTY = new DayHistogram(new TreeMap<>());

    public DayHistogram {
        days = new TreeMap<>(days);
    }

    public static DayHistogram merged(Collection<? extends Map<Integer, Long>> parts) {
        TreeMap<Integer, Long> all = new TreeMap<>();
        parts.forEach(part -> part.forEach((d, n) -> all.merge(d, n, Long::sum)));
        return new DayHistogram(all);
    }

    public long count() {
        return days.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The smallest number of days within which at least {@code share} of the cases were done; null when empty. */
    public Integer percentile(double share) {
        long n = count();
        if (n == 0) {
            return null;
        }
        long needed = (long) Math.ceil(share * n);
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : days.entrySet()) {
            seen += entry.getValue();
            if (seen >= Math.max(1, needed)) {
                return entry.getKey();
            }
        }
        return days.lastKey();
    }

    public Integer median() {
        return percentile(0.5);
    }

    public Integer p90() {
        return percentile(0.9);
    }

    /** Cases that took longer than {@code limit} days. */
    public long over(int limit) {
        return days.tailMap(limit, false).values().stream().mapToLong(Long::longValue).sum();
    }
}

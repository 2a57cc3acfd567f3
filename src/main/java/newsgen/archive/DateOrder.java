package newsgen.archive;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders ISO date values of mixed precision (2012, 2023-07, 2023-Q3, 2023-W36, 2023-09-16) by the day each begins;
 * on the same first day the coarser comes first (2023 before 2023-01 before 2023-01-01). Values it cannot read
 * come after all others, in text order.
 */
final class DateOrder {
    /** A year, "2012". */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** A month, "2023-07". */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    /** A day, "2023-09-16". */
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** An ISO week, "2023-W36". */
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** A quarter, "2023-Q3". */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    /** A decade, "201X" or "2010s". */
    private static final Pattern DECADE = Pattern.compile("(\\d{3})(?:X|0s)");

    private DateOrder() {
    }

    /** Where a value sorts: the first day of the period it names and how wide the period is. */
    record Key(LocalDate start, int width) implements Comparable<Key> {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::start).thenComparing(Comparator.comparingInt(Key::width).reversed());

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** No key: what {@link #KEYS} holds for a value that has none. */
    private static final Key NONE = new Key(LocalDate.MIN, -1);
    /**
     * The keys worked out, by value: an archive's dated sentences share a few thousand values, each matched against
     * up to six patterns in every build otherwise. Bounded, for a process that builds again and again (gen serve).
     */
    private static final java.util.Map<String, Key> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT_KEYS = 50_000;

    /** The key of a value, or null when the value is not one of the ISO forms above. */
    static Key key(String value) {
        if (value == null) {
            return null;
        }
        Key known = KEYS.get(value);
        if (known == null) {
            known = read(value);
            if (KEYS.size() < KEPT_KEYS) {
                KEYS.put(value, known == null ? NONE : known);
            }
        }
        return known == NONE ? null : known;
    }

    private static Key read(String value) {
        String v = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                return new Key(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), 1);
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate start = LocalDate.of(i(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2)).with(DayOfWeek.MONDAY);
                return new Key(start, 7);
            }
            if ((m = MONTH.matcher(v)).matches()) {
                return new Key(LocalDate.of(i(m, 1), i(m, 2), 1), 31);
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                return new Key(LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1), 92);
            }
            if ((m = YEAR.matcher(v)).matches()) {
                return new Key(LocalDate.of(i(m, 1), 1, 1), 366);
            }
            if ((m = DECADE.matcher(v)).matches()) {
                return new Key(LocalDate.of(i(m, 1) * 10, 1, 1), 3653);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Readable values in time order, then unreadable ones in text order. */
    static final Comparator<String> VALUES = (a, b) -> {
        Key ka = key(a);
        Key kb = key(b);
        if (ka != null && kb != null) {
            int c = ka.compareTo(kb);
            return c != 0 ? c : a.compareTo(b);
        }
        if (ka == null && kb == null) {
            return String.valueOf(a).compareTo(String.valueOf(b));
        }
        return ka == null ? 1 : -1;
    };
}

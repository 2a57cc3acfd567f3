package newsgen.site;

import newsgen.model.ArticleRef;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small bar chart of how many articles name an entity per month (per quarter or year over long spans), drawn as
 * inline SVG at build time: no script, bars in the text colour so it reads in light and dark mode, and a text
 * equivalent (the same counts as a list) for screen readers and text browsers.
 */
final class MentionChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 120;
    private static final int AXIS = 18;
    /** More bars than this and months are grouped into quarters, then years. */
    private static final int MAX_BARS = 48;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    /** One bar: its label and count. */
    record Bar(String label, int count) {
    }

    private MentionChart() {
    }

    /**
     * The bars from the first dated article to the last, empty periods included; none when fewer than two dates.
     * Months are counted by their number (year × 12 + month − 1) in an array per period: the 8,000 charts of 10,164
     * articles put every article of every entity through a map of parsed dates and a tree of months (~1% of a cold
     * build's CPU samples, JFR).
     */
    static List<Bar> bars(List<ArticleRef> articles) {
        long[] months = new long[articles.size()];
        int dated = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (ArticleRef a : articles) {
            long month = a.date() == null ? NO_MONTH : month(a.date());
            if (month != NO_MONTH) {
                months[dated++] = month;
                first = Math.min(first, month);
                last = Math.max(last, month);
            }
        }
        if (dated == 0) {
            return List.of();
        }
        long span = last - first + 1;
        int step = span <= MAX_BARS ? 1 : span <= 3L * MAX_BARS ? 3 : 12;
        long start = first - Math.floorMod(first, step); // the quarter's or the year's first month
        int[] counts = new int[Math.toIntExact((last - start) / step + 1)];
        for (int i = 0; i < dated; i++) {
            counts[(int) ((months[i] - start) / step)]++;
        }
        List<Bar> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            out.add(new Bar(label(start + (long) i * step, step), counts[i]));
        }
        return out;
    }

    /** What {@link #month} gives for a date that is not one. */
    private static final long NO_MONTH = Long.MIN_VALUE;

    /**
     * The number of an ISO date's month (year × 12 + month − 1), or {@link #NO_MONTH} for a date that is not one (an
     * oddly dated article has no place in time): "yyyy-mm-dd" read by hand, checked as {@link LocalDate#parse} checks
     * it; any other form through it.
     */
    static long month(String date) {
        if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
            int year = digits(date, 0, 4);
            int month = digits(date, 5, 7);
            int day = digits(date, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1) {
                return day <= java.time.Month.of(month).length(java.time.Year.isLeap(year)) ? year * 12L + month - 1 : NO_MONTH;
            }
        }
        try {
            LocalDate d = LocalDate.parse(date);
            return d.getYear() * 12L + d.getMonthValue() - 1;
        } catch (RuntimeException e) {
            return NO_MONTH;
        }
    }

    /** The ASCII digits s[from, to) as a number, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Bar labels by month number and step: each chart labelled every period of its span anew. */
    private static final Map<Long, String> LABELS = new ConcurrentHashMap<>();

    private static String label(long month, int step) {
        Long key = month * 16 + step;
        String label = LABELS.get(key);
        if (label == null) {
            label = makeLabel(YearMonth.of(Math.toIntExact(Math.floorDiv(month, 12)), (int) Math.floorMod(month, 12) + 1), step);
            if (LABELS.size() < TENTHS_KEPT) {
                LABELS.put(key, label);
            }
        }
        return label;
    }

    private static String makeLabel(YearMonth m, int step) {
        return step == 1 ? m.format(MONTH) : step == 3 ? "Q" + ((m.getMonthValue() - 1) / 3 + 1) + " " + m.getYear() : Integer.toString(m.getYear());
    }

    /**
     * The chart as SVG markup, then its first and last period and its tallest bar as a line of HTML text below it:
     * text inside the SVG would shrink with it to 6 px on a phone, and its contrast is something axe cannot check.
     * Every text in it is made here from numbers and month names.
     */
    static String svg(List<Bar> bars, String id) {
        int max = bars.stream().mapToInt(Bar::count).max().orElse(1);
        double slot = (double) WIDTH / bars.size();
        double bar = Math.max(1, slot * 0.8);
        int plot = HEIGHT - AXIS;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"mention-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(plot + 2)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" focusable=\"false\">")
                .append("<title id=\"").append(id).append("-title\">Articles per ").append(period(bars)).append(", ")
                .append(bars.get(0).label()).append(" to ").append(bars.get(bars.size() - 1).label())
                .append("; at most ").append(max).append("</title>");
        s.append("<line x1=\"0\" y1=\"").append(plot).append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(plot)
                .append("\" stroke=\"currentColor\" stroke-opacity=\".35\"/>");
        for (int i = 0; i < bars.size(); i++) {
            int count = bars.get(i).count();
            if (count == 0) {
                continue;
            }
            double h = Math.max(1.5, (plot - 4) * (double) count / max);
            s.append("<rect x=\"").append(tenths(i * slot + (slot - bar) / 2)).append("\" y=\"").append(tenths(plot - h))
                    .append("\" width=\"").append(tenths(bar)).append("\" height=\"").append(tenths(h))
                    .append("\" fill=\"currentColor\"><title>").append(bars.get(i).label()).append(": ").append(count)
                    .append("</title></rect>");
        }
        s.append("</svg>");
        // The chart's title already says all this to a screen reader.
        s.append("<p class=\"chart-axis\" aria-hidden=\"true\"><span>").append(bars.get(0).label()).append("</span><span>tallest bar ")
                .append(max).append("</span><span>").append(bars.get(bars.size() - 1).label()).append("</span></p>");
        return s.toString();
    }

    /**
     * Numbers as {@code String.format(Locale.ROOT, "%.1f", v)} writes them, each made once: a chart's numbers come from a
     * few small integers, and formatting them was most of drawing the 8,000 charts of 10,164 articles (JFR).
     */
    private static final Map<Long, String> TENTHS = new ConcurrentHashMap<>();
    private static final int TENTHS_KEPT = 100_000;

    private static String tenths(double v) {
        Long key = Double.doubleToRawLongBits(v);
        String text = TENTHS.get(key);
        if (text == null) {
            text = String.format(Locale.ROOT, "%.1f", v);
            if (TENTHS.size() < TENTHS_KEPT) {
                TENTHS.put(key, text);
            }
        }
        return text;
    }

    static String period(List<Bar> bars) {
        String l = bars.get(0).label();
        return l.startsWith("Q") ? "quarter" : l.length() == 4 ? "year" : "month";
    }
}

package newsgen.site;

import newsgen.model.ArticleRef;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeMap;

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

    /** The bars from the first dated article to the last, empty periods included; none when fewer than two dates. */
    static List<Bar> bars(List<ArticleRef> articles) {
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        for (ArticleRef a : articles) {
            YearMonth month = a.date() == null ? null : month(a.date());
            if (month != null) {
                months.merge(month, 1, Integer::sum);
            }
        }
        if (months.isEmpty()) {
            return List.of();
        }
        YearMonth first = months.firstKey();
        YearMonth last = months.lastKey();
        long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        int step = span <= MAX_BARS ? 1 : span <= 3L * MAX_BARS ? 3 : 12;
        Map<String, Integer> grouped = new java.util.LinkedHashMap<>();
        for (YearMonth m = start(first, step); !m.isAfter(last); m = m.plusMonths(1)) {
            grouped.merge(label(m, step), months.getOrDefault(m, 0), Integer::sum);
        }
        List<Bar> out = new ArrayList<>();
        grouped.forEach((label, count) -> out.add(new Bar(label, count)));
        return out;
    }

    /** An article date's month, by date: the entities' charts parsed the same few thousand dates again and again. */
    private static final Map<String, Optional<YearMonth>> MONTHS = new ConcurrentHashMap<>();
    private static final int MONTHS_KEPT = 100_000;

    /** The month of an ISO date, or null for a date that is not one (an oddly dated article has no place in time). */
    private static YearMonth month(String date) {
        Optional<YearMonth> month = MONTHS.get(date);
        if (month == null) {
            try {
                month = Optional.of(YearMonth.from(LocalDate.parse(date)));
            } catch (RuntimeException e) {
                month = Optional.empty();
            }
            if (MONTHS.size() < MONTHS_KEPT) {
                MONTHS.put(date, month);
            }
        }
        return month.orElse(null);
    }

    private static YearMonth start(YearMonth first, int step) {
        return step == 1 ? first : step == 3 ? first.minusMonths((first.getMonthValue() - 1) % 3) : YearMonth.of(first.getYear(), 1);
    }

    private static String label(YearMonth m, int step) {
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
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"currentColor\"><title>%s: %d</title></rect>",
                    i * slot + (slot - bar) / 2, plot - h, bar, h, bars.get(i).label(), count));
        }
        s.append("</svg>");
        // The chart's title already says all this to a screen reader.
        s.append("<p class=\"chart-axis\" aria-hidden=\"true\"><span>").append(bars.get(0).label()).append("</span><span>tallest bar ")
                .append(max).append("</span><span>").append(bars.get(bars.size() - 1).label()).append("</span></p>");
        return s.toString();
    }

    static String period(List<Bar> bars) {
        String l = bars.get(0).label();
        return l.startsWith("Q") ? "quarter" : l.length() == 4 ? "year" : "month";
    }
}

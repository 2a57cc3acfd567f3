package newsgen.archive;

import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.DateMention;
import newsgen.model.EntityRef;
import newsgen.model.NameFinder;
import newsgen.model.TimelineEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Puts the resolved dates of articles in time order, each with its sentence and the entities that sentence names. */
final class TimelineBuilder {
    /**
     * Time order; on the same value, older articles first, then by article and place in it. Written out rather than
     * chained: the timeline's ~50,000 entries are sorted in every build, on the thread a one-quotation build's archive
     * stage waited for (JFR, 10,164 articles), and most pairs compared share a date value.
     */
    private static final Comparator<Dated> ORDER = (a, b) -> {
        int c = Long.compare(a.order(), b.order());
        if (c != 0) {
            return c;
        }
        TimelineEntry x = a.entry();
        TimelineEntry y = b.entry();
        c = x.value().compareTo(y.value());
        if (c != 0) {
            return c;
        }
        c = nullsLast(x.article().date(), y.article().date());
        if (c != 0) {
            return c;
        }
        c = x.article().slug().compareTo(y.article().slug());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.paragraph(), b.paragraph());
        if (c != 0) {
            return c;
        }
        return x.text() == null ? (y.text() == null ? 0 : -1) : y.text() == null ? 1 : x.text().compareTo(y.text());
    };

    private static int nullsLast(String a, String b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }

    /**
     * An entry with where it stands in time and in its article, for ordering: {@code order} is its value's
     * {@link DateOrder.Key} as one number ({@link #order(DateOrder.Key)}).
     */
    record Dated(TimelineEntry entry, int paragraph, long order) {
        Dated(TimelineEntry entry, int paragraph) {
            this(entry, paragraph, TimelineBuilder.order(DateOrder.key(entry.value())));
        }
    }

    /** Periods no wider than this many days (a decade is 3,653) order by their width within one number. */
    private static final int WIDTHS = 1 << 13;

    /**
     * A key as one number in the keys' order (the first day, then the wider period first); no key, an unreadable value,
     * after every key.
     */
    static long order(DateOrder.Key key) {
        if (key == null) {
            return Long.MAX_VALUE;
        }
        if (key.width() < 0 || key.width() >= WIDTHS) {
            throw new IllegalArgumentException("a period of " + key.width() + " days");
        }
        return key.start().toEpochDay() * WIDTHS + (WIDTHS - 1 - key.width());
    }

    private final List<Dated> entries = new ArrayList<>();

    /** Adds every date of one article; names found in each sentence link to the article's entities. */
    void add(ArticleRecord record, NameFinder names) {
        ArticleRef ref = ArticleRef.of(record);
        // A sentence that holds two dates is searched once: its names are the same for both.
        String lastText = null;
        List<EntityRef> lastNamed = null;
        for (DateMention d : record.dates()) {
            if (d.value() == null || d.value().isBlank()) {
                continue;
            }
            String text = d.sentence() != null ? d.sentence() : d.text();
            if (lastNamed == null || !java.util.Objects.equals(text, lastText)) {
                Set<EntityRef> named = new LinkedHashSet<>();
                for (NameFinder.Found f : find(names, text)) {
                    named.add(f.entity());
                }
                lastText = text;
                lastNamed = List.copyOf(named);
            }
            entries.add(new Dated(new TimelineEntry(d.value(), d.text(), d.sentence(), ref, lastNamed), d.paragraph()));
        }
    }

    /** The characters of the sentence being searched, in an array kept from one sentence to the next. */
    private char[] chars;

    /**
     * What {@code names.find(text)} finds, the text copied into {@link #chars} rather than into an array of its own
     * (one for each of ~50,000 dated sentences: JFR, 10,164 articles).
     */
    private List<NameFinder.Found> find(NameFinder names, String text) {
        if (text == null) {
            return List.of();
        }
        int n = text.length();
        if (chars == null || chars.length < n) {
            chars = new char[Math.max(n, 256)];
        }
        text.getChars(0, n, chars, 0);
        return names.find(chars, n);
    }

    /**
     * Adds every date of one article, each with the entities its sentence names as given (one list for each date
     * {@link #add(ArticleRecord, NameFinder)} adds, in order: a {@link TimelineMemo}'s kept finding).
     */
    void add(ArticleRecord record, List<List<EntityRef>> found) {
        ArticleRef ref = ArticleRef.of(record);
        int next = 0;
        for (DateMention d : record.dates()) {
            if (d.value() == null || d.value().isBlank()) {
                continue;
            }
            entries.add(new Dated(new TimelineEntry(d.value(), d.text(), d.sentence(), ref, found.get(next++)), d.paragraph()));
        }
    }

    /** How many of the record's dates {@link #add} adds. */
    static int sentences(ArticleRecord record) {
        int n = 0;
        for (DateMention d : record.dates()) {
            if (d.value() != null && !d.value().isBlank()) {
                n++;
            }
        }
        return n;
    }

    void addAll(List<Dated> more) {
        entries.addAll(more);
    }

    List<Dated> dated() {
        return entries;
    }

    /** The entries in time order. */
    List<TimelineEntry> build() {
        return entries.stream().sorted(ORDER).map(Dated::entry).toList();
    }
}

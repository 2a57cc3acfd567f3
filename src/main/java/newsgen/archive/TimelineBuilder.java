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
    /** Time order; on the same value, older articles first, then by article and place in it. */
    private static final Comparator<Dated> ORDER = Comparator
            .comparing(Dated::key, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.entry().value())
            .thenComparing(d -> d.entry().article().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.entry().article().slug())
            .thenComparingInt(Dated::paragraph)
            .thenComparing(d -> d.entry().text(), Comparator.nullsFirst(Comparator.naturalOrder()));

    /** An entry with where it stands in time and in its article, for ordering. */
    record Dated(TimelineEntry entry, int paragraph, DateOrder.Key key) {
        Dated(TimelineEntry entry, int paragraph) {
            this(entry, paragraph, DateOrder.key(entry.value()));
        }
    }

    private final List<Dated> entries = new ArrayList<>();

    /** Adds every date of one article; names found in each sentence link to the article's entities. */
    void add(ArticleRecord record, NameFinder names) {
        ArticleRef ref = ArticleRef.of(record);
        for (DateMention d : record.dates()) {
            if (d.value() == null || d.value().isBlank()) {
                continue;
            }
            Set<EntityRef> named = new LinkedHashSet<>();
            String text = d.sentence() != null ? d.sentence() : d.text();
            for (NameFinder.Found f : names.find(text)) {
                named.add(f.entity());
            }
            entries.add(new Dated(new TimelineEntry(d.value(), d.text(), d.sentence(), ref, List.copyOf(named)), d.paragraph()));
        }
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

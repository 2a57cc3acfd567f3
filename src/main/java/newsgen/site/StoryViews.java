package newsgen.site;

import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.OutletReport;
import newsgen.model.QuotePair;
import newsgen.model.Story;
import newsgen.model.TimelineEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the list of stories and each story's page show. */
final class StoryViews {
    /** People and organisations a story's card names. */
    private static final int SHARED_ON_CARD = 6;

    private final Views views;

    StoryViews(Views views) {
        this.views = views;
    }

    StoryCard card(Story s) {
        return new StoryCard(s.title(), RelativeLinks.story(s.id()), s.firstDate(), Views.dateLabel(s.firstDate()),
                s.lastDate(), Views.dateLabel(s.lastDate()), s.articles().size(),
                s.reports().stream().map(r -> r.outlet() == null ? "outlet not named" : r.outlet()).toList(),
                s.pairs().size(),
                s.shared().stream().filter(e -> !Entity.PLACE.equals(e.kind())).limit(SHARED_ON_CARD).map(views::link).toList());
    }

    StoryView story(Story s) {
        return new StoryView(s.title(), s.firstDate(), Views.dateLabel(s.firstDate()), s.lastDate(), Views.dateLabel(s.lastDate()),
                s.articles().size(), oncePerName(s.shared()).stream().map(views::link).toList(),
                s.reports().stream().map(this::report).toList(), s.pairs().stream().map(this::pair).toList(),
                s.timeline().stream().map(views::timelineEntry).toList());
    }

    private StoryView.Report report(OutletReport r) {
        return new StoryView.Report(r.outlet(), r.articles().stream().map(views::articleLink).toList(),
                oncePerName(r.only()).stream().map(views::link).toList(), onePerSentence(r.dates()).stream().map(views::timelineEntry).toList(),
                r.quotes().stream().map(views::citedQuote).toList());
    }

    /**
     * Each name once: "White House" is an organisation in one article and a place in another, and a list that
     * names it twice reads as a mistake. The first is kept (organisations come before places).
     */
    static List<EntityRef> oncePerName(List<EntityRef> entities) {
        Set<String> seen = new HashSet<>();
        List<EntityRef> out = new ArrayList<>(entities.size());
        for (EntityRef e : entities) {
            // people are never folded: a person called Jordan and the country are two things a reader tells apart
            if (Entity.PERSON.equals(e.kind()) || seen.add(e.name())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The dates of a report, each sentence once, under the first date it names: a sentence naming 1987 and 1999
     * would otherwise be printed twice in the same short box, and it names the later date itself.
     */
    static List<TimelineEntry> onePerSentence(List<TimelineEntry> dates) {
        Set<List<String>> seen = new HashSet<>();
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry d : dates) {
            if (d.sentence() == null || seen.add(List.of(d.article().slug(), d.sentence()))) {
                out.add(d);
            }
        }
        return out;
    }

    private StoryView.Pair pair(QuotePair p) {
        return new StoryView.Pair(views.link(p.speaker()), views.citedQuote(p.first()), views.citedQuote(p.second()),
                p.firstMarked(), p.secondMarked(), p.sameWords());
    }
}

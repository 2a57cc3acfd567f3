package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.DateMention;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Place;
import newsgen.model.Quote;
import newsgen.model.Slug;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made articles and records, written the way the extractor's records look. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Actor person(String name, String... aliases) {
        return new Actor(Slug.of(name), name, Actor.PERSON, List.of(aliases), List.of(), null, 1 + aliases.length);
    }

    public static Actor person(String name, List<String> aliases, String role, String affiliation) {
        return new Actor(Slug.of(name), name, Actor.PERSON, aliases, role == null ? List.of() : List.of(role), affiliation, 1 + aliases.size());
    }

    public static Actor org(String name, String... aliases) {
        return new Actor(Slug.of(name), name, Actor.ORGANIZATION, List.of(aliases), List.of(), null, 1 + aliases.length);
    }

    public static Place place(String name, String type) {
        return new Place(Slug.of(name), name, type, type.equals("country") ? name : null, 1);
    }

    public static Quote quote(String text, Actor speaker, int paragraph) {
        return new Quote(text, speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(), null,
                speaker == null ? null : "said", false, paragraph);
    }

    public static DateMention date(String text, String value, int paragraph, String sentence) {
        return new DateMention(text, value, paragraph, sentence);
    }

    /** Starts an article; its body paragraphs are the given texts, numbered from 1. */
    public static Builder article(String slug, String outlet, String date, String title) {
        return new Builder(slug, outlet, date, title);
    }

    public static final class Builder {
        private final String slug;
        private final String outlet;
        private final String date;
        private final String title;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<DateMention> dates = new ArrayList<>();
        private Place main;

        Builder(String slug, String outlet, String date, String title) {
            this.slug = slug;
            this.outlet = outlet;
            this.date = date;
            this.title = title;
        }

        public Builder text(String... paragraphs) {
            this.paragraphs.addAll(List.of(paragraphs));
            return this;
        }

        public Builder actors(Actor... actors) {
            this.actors.addAll(List.of(actors));
            return this;
        }

        public Builder places(Place... places) {
            this.places.addAll(List.of(places));
            if (main == null && places.length > 0) {
                main = places[0];
            }
            return this;
        }

        public Builder quotes(Quote... quotes) {
            this.quotes.addAll(List.of(quotes));
            return this;
        }

        public Builder dates(DateMention... dates) {
            this.dates.addAll(List.of(dates));
            return this;
        }

        public ArchivedArticle build() {
            List<Paragraph> ps = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                String text = paragraphs.get(i);
                ps.add(new Paragraph(i + 1, ParagraphKind.BODY, text, escape(text), i + 1));
            }
            Article article = new Article(Path.of("articles/" + slug + ".md"), slug, title, outlet, null,
                    date == null ? null : LocalDate.parse(date), ps);
            ArticleRecord record = new ArticleRecord("articles/" + slug + ".md", slug, title, outlet, null, date, main,
                    places, actors, quotes, dates);
            return new ArchivedArticle(article, record);
        }
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}

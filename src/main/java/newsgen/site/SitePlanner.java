package newsgen.site;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Decides which pages the site holds and what each shows; templates decide only how they look. */
public final class SitePlanner {

    public List<Page> plan(Archive archive) {
        List<Entity> all = Stream.of(archive.people(), archive.organizations(), archive.places()).flatMap(List::stream).toList();
        Views views = new Views(all);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("index.html", "index", Map.of(
                "title", "Articles",
                "section", "articles",
                "articles", archive.articles().stream().map(views::articleSummary).toList())));
        for (ArchivedArticle a : archive.articles()) {
            pages.add(new Page(RelativeLinks.article(a.record().slug()), "article", Map.of(
                    "title", a.record().title(),
                    "section", "articles",
                    "article", views.article(a))));
        }
        addEntityPages(pages, views, "people", "People", archive.people());
        addEntityPages(pages, views, "organisations", "Organisations", archive.organizations());
        addEntityPages(pages, views, "places", "Places", archive.places());
        return pages;
    }

    private static void addEntityPages(List<Page> pages, Views views, String section, String heading, List<Entity> entities) {
        pages.add(new Page(section + "/index.html", "entities", Map.of(
                "title", heading,
                "section", section,
                "entities", entities.stream().map(views::entityLink).toList())));
        for (Entity e : entities) {
            pages.add(new Page(RelativeLinks.entity(e.kind(), e.id()), "entity", Map.of(
                    "title", e.name(),
                    "section", section,
                    "entity", views.entity(e))));
        }
    }
}

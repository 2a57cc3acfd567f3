package newsgen.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template is given, one record per page kind. Each component of the record is a template variable of
 * the same name, so a variable is named once, here, and a template that names one the page does not have fails
 * the build (strict variables).
 */
sealed interface PageModel {
    /** The page's title, in its {@code <title>}. */
    String title();

    /** Which navigation link is marked current: "articles", "people", … or "none". */
    String section();

    /** The template's variables: one per record component, nulls included. */
    default Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                variables.put(c.getName(), c.getAccessor().invoke(this));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + getClass().getSimpleName(), e);
            }
        }
        return variables;
    }

    /** A page whose template needs nothing more: search, 404. */
    record PlainPage(String title, String section) implements PageModel {
    }

    /**
     * A list over numbered pages: articles, people, organisations, places, stories, the timeline.
     *
     * @param items  this page's items
     * @param total  the whole list's size
     * @param offset how many items earlier pages hold
     * @param pager  null when one page holds everything
     */
    record ListPage<T>(String title, String section, List<T> items, int total, int offset, Pagination.Pager pager)
            implements PageModel {
    }

    /** @param jsonLd the schema.org NewsArticle, or null without a base URL */
    record ArticlePage(String title, String section, ArticleView article, Map<String, Object> jsonLd) implements PageModel {
    }

    record EntityPage(String title, String section, EntityView entity, Pagination.Pager pager) implements PageModel {
    }

    record StoryPage(String title, String section, StoryView story) implements PageModel {
    }

    /**
     * A page of quotes: grouped by speaker (speakers A to Z), or (when {@code unattributed}) the quotes without a named
     * speaker, newest first. A list longer than one page has a first page of contents ({@code contents}: each speaker
     * with the page their quotes start on, or each page with its dates) and pages cut where their quotes choose
     * ({@link ContentPages}), each linking its neighbours ({@code steps}) and not repeating the totals.
     *
     * @param speakers          this page's speakers and their quotes; empty for unattributed quotes and contents
     * @param quotes            this page's unattributed quotes; empty for quotes by speaker and contents
     * @param total             all quotes the list holds, over every page (shown on the first page only)
     * @param unattributedCount quotes without a named speaker in the whole archive
     * @param contents          the first page's contents, in groups (a letter, a year); empty on other pages
     * @param steps             the links to the contents and the neighbouring pages; null on the first page
     */
    record QuotesPage(String title, String section, boolean unattributed, List<Speaker> speakers, List<QuoteView> quotes,
                      int speakerCount, int total, int unattributedCount, List<ContentsGroup> contents, Steps steps)
            implements PageModel {
    }

    /**
     * The timeline: its first page the contents (each page with its dates, by year), the others the dated sentences
     * of one stretch of time; one page holds all when the list is short.
     *
     * @param total    dated sentences in the whole timeline
     * @param contents the first page's contents; empty on other pages
     * @param steps    the links to the contents and the neighbouring pages; null on the first page
     */
    record TimelinePage(String title, String section, List<DatedSentence> items, int total, List<ContentsGroup> contents,
                        Steps steps) implements PageModel {
    }

    /** A heading of a list's contents ("A", "2016") with its entries; {@code id} is the heading's anchor. */
    record ContentsGroup(String heading, String id, List<ContentsEntry> entries) {
    }

    /** One line of a list's contents: what it names, the page it leads to, how many items there. */
    record ContentsEntry(String label, String href, int count) {
    }

    /** A page's links to its list's contents and to the pages before and after it (null at either end). */
    record Steps(String contents, String prev, String next) {
    }

    /**
     * A speaker's quotes on one page of the quotes list.
     *
     * @param count     all the speaker's quotes, over every page
     * @param continued true when the speaker's quotes began on an earlier page
     */
    record Speaker(String name, String href, int count, boolean continued, List<QuoteView> quotes) {
    }
}

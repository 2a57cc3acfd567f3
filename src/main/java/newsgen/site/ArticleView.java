package newsgen.site;

import java.util.List;

/**
 * An article's own page: what its card shows, then its paragraphs and everything the record names.
 *
 * @param url        the original article's address, or null
 * @param paragraphs the text, with names of pages linked in the story's own paragraphs
 */
record ArticleView(String slug, String title, String outlet, String date, String dateLabel, String href,
                   Link place, String summary, StoryLink story, String url, List<Paragraph> paragraphs,
                   List<Actor> people, List<Actor> organisations, List<Link> places, List<QuoteView> quotes,
                   List<DateView> dates) {

    /**
     * One paragraph as HTML.
     *
     * @param kind "body", "subhead", "caption", "credit", "headline" or "block"
     */
    record Paragraph(String kind, String html) {
    }

    /** A person or organisation the article names, linked to its page, with the roles the article gives it. */
    record Actor(String name, String href, List<String> roles) {
    }

    /**
     * A date the text mentions.
     *
     * @param value what it resolved to ("2023-09-16", "2023-07", "2023-W36")
     * @param label the value as a reader says it
     * @param text  the words of the article that name it
     * @param times  how often the article names this value in these words
     */
    record DateView(String value, String label, String text, int times) {
    }
}

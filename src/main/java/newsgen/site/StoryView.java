package newsgen.site;

import newsgen.model.DiffSegment;

import java.util.List;

/**
 * A story's page: the reports side by side, what only one outlet has, the statements two outlets word
 * differently, and the dated sentences of every report.
 *
 * @param sharedAll everyone and everything every report names
 */
record StoryView(String title, String date, String dateLabel, String lastDate, String lastDateLabel, int articleCount,
                 List<Link> sharedAll, List<Report> reports, List<Pair> pairs, List<DatedSentence> timeline) {

    /**
     * One outlet's reports and what only they have.
     *
     * @param outlet the outlet, or null when the reports do not name one
     */
    record Report(String outlet, List<ArticleLink> articles, List<Link> only, List<DatedSentence> dates, List<QuoteView> quotes) {
    }

    /**
     * The same statement as two outlets quote it, each side as runs of words marked where that outlet's wording
     * differs.
     */
    record Pair(Link speaker, QuoteView first, QuoteView second, List<DiffSegment> firstMarked,
                List<DiffSegment> secondMarked, boolean sameWords) {
    }
}

package newsgen.site;

import java.util.List;

/**
 * A dated sentence on a timeline.
 *
 * @param value    the resolved date ("2023-09-16", "2023-07", "2023-W36")
 * @param label    the value as a reader says it
 * @param text     the words naming the date
 * @param sentence the sentence holding them, or null
 * @param entities the people, organisations and places the sentence names
 */
record DatedSentence(String value, String label, String text, String sentence, ArticleLink article, List<Link> entities) {
}

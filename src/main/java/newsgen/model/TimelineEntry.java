package newsgen.model;

import java.util.List;

/**
 * One dated sentence of the archive.
 *
 * @param value    the resolved ISO value (2012, 2023-07, 2023-W36, 2023-09-16)
 * @param text     the words as written ("in July")
 * @param sentence the sentence the date is in, or null when the record did not keep it
 * @param entities the people, organisations and places the sentence names
 */
public record TimelineEntry(String value, String text, String sentence, ArticleRef article,
                            List<EntityRef> entities) {
    public TimelineEntry {
        entities = List.copyOf(entities);
    }
}

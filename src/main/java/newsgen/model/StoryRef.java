package newsgen.model;

/** Enough of a story to list and link it from another page. */
public record StoryRef(String id, String title, String firstDate, int articles) {
    public static StoryRef of(Story s) {
        return new StoryRef(s.id(), s.title(), s.firstDate(), s.articles().size());
    }
}

package newsgen.site;


/**
 * Where a template writes a page: a plain {@link StringBuilder}. Why not {@link java.io.StringWriter}: it appends
 * to a {@code StringBuffer}, which takes a lock on every write, and Pebble makes a new adapter object for every
 * value it prints into one; together about a tenth of rendering (JFR, 10,164 articles).
 */
final class PageWriter extends BuilderWriter {
    /** A builder of this many characters or fewer is kept for the thread's next page. */
    private static final int KEEP = 1 << 20;
    /**
     * Each rendering thread's builder, emptied for each page: a new one per page, grown by copying to the size of a
     * page, was ~1 GB of the 23 GB a build of 10,164 articles allocates (JFR).
     */
    private static final ThreadLocal<StringBuilder> BUILDERS = ThreadLocal.withInitial(() -> new StringBuilder(1 << 15));

    /** A writer over this thread's builder: one page at a time on a thread, its text taken with {@link #page}. */
    PageWriter() {
        super(BUILDERS.get());
        text.setLength(0);
    }

    /** The page written, leaving the builder to the thread's next page. */
    String page() {
        String page = text.toString();
        text.setLength(0);
        if (text.capacity() > KEEP) {
            BUILDERS.remove(); // an exceptionally big page: let its builder go
        }
        return page;
    }
}

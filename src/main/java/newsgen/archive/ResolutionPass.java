package newsgen.archive;

/** One named rule of archive-wide entity resolution: it joins, drops or marks mentions of an {@link EntityIndex}. */
interface ResolutionPass {
    /** The rule's name, as entity pages and {@code gen entities} report it. */
    String name();

    void run(EntityIndex index);
}

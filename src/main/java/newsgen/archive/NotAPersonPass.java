package newsgen.archive;

/**
 * A "person" named by a party word, a group adjective or demonym, or a title or suffix alone ("Democratic",
 * "Wisconsin Republican", "Jr", "Adm") is no person: the mention is dropped, so no page carries its name.
 */
final class NotAPersonPass implements ResolutionPass {
    @Override
    public String name() {
        return "not a person";
    }

    @Override
    public void run(EntityIndex index) {
        for (int m : index.people()) {
            String why = index.whyNoPerson(m);
            if (why != null) {
                index.drop(m, why);
            }
        }
    }

    /**
     * Why a person mention names no person, or null: its name as written says so and, when it is named in full in
     * some spelling, every spelling does. {@link EntityIndex} works it out once for each mention, where it makes it.
     */
    static String verdict(EntityIndex.Mention mention) {
        String why = mention.person().whyNoPerson();
        if (why == null || !mention.isFullName()) {
            return why;
        }
        for (PersonName p : mention.personNames()) {
            if (p.whyNoPerson() == null) {
                return null;
            }
        }
        return why;
    }
}

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
            EntityIndex.Mention mention = index.mention(m);
            if (!index.isFullName(m)) {
                String why = mention.person().whyNoPerson();
                if (why != null) {
                    index.drop(m, why);
                }
            } else {
                String why = mention.person().whyNoPerson();
                if (why != null && mention.personNames().stream().allMatch(p -> p.whyNoPerson() != null)) {
                    index.drop(m, why);
                }
            }
        }
    }
}

package newsgen.archive;

/**
 * A surname that could be several people the archive names in full, and that nothing decided, gets no page of its
 * own when only one article uses it: such a page would present a passing "Hughes" as a person apart from Chris and
 * Jeremy Hughes, which is exactly the guess the archive refuses to make. The article still shows the name, unlinked.
 * Used in several articles, the surname keeps its page, which names the people it could be.
 */
final class UndecidedSurnamePass implements ResolutionPass {
    static final String WHY = "a surname several people share, nothing decides which";

    @Override
    public String name() {
        return "undecided surname";
    }

    @Override
    public void run(EntityIndex index) {
        // By root, in arrays (a root is a mention's position): the one article its mentions are in (-1 before the
        // first), whether they are in several, and whether any of them was decided. Maps of boxed roots to sets of
        // boxed articles were a tenth of the resolution passes (JFR, 10,164 articles).
        int[] articleOf = new int[index.size()];
        java.util.Arrays.fill(articleOf, -1);
        boolean[] several = new boolean[index.size()];
        boolean[] decided = new boolean[index.size()];
        for (int m = 0; m < index.size(); m++) {
            if (index.isDropped(m)) {
                continue;
            }
            int root = index.find(m);
            int article = index.article(m);
            if (articleOf[root] < 0) {
                articleOf[root] = article;
            } else if (articleOf[root] != article) {
                several[root] = true;
            }
            if (!index.isUndecided(m)) {
                decided[root] = true;
            }
        }
        for (int m = 0; m < index.size(); m++) {
            if (index.isDropped(m)) {
                continue;
            }
            int root = index.find(m);
            if (!decided[root] && !several[root]) {
                index.drop(m, WHY);
            }
        }
    }
}

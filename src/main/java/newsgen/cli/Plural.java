package newsgen.cli;

/** A count with its noun, as a reader says it: "1 article", "2 articles". */
final class Plural {
    private Plural() {
    }

    static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}

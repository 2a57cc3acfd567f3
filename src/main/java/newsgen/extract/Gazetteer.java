package newsgen.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list and gazetteer extraction uses, loaded once from resources and shared (immutable, so thread-safe).
 * Names are looked up as folded token sequences, longest first.
 */
final class Gazetteer {
    enum Kind { COUNTRY, REGION, CITY, ORGANIZATION, DEMONYM, LANDMARK }

    /** What a name stands for: a place (with its country), an organisation, or a demonym (with its country). */
    record Entry(Kind kind, String name, String country) {
        boolean isPlace() {
            return kind == Kind.COUNTRY || kind == Kind.REGION || kind == Kind.CITY || kind == Kind.LANDMARK;
        }

        String placeType() {
            return kind == Kind.COUNTRY ? "country" : kind == Kind.CITY ? "city" : kind == Kind.LANDMARK ? "place" : "region";
        }
    }

    /** One written form of an entry and what the text must look like to match it. */
    private record Alias(Entry entry, boolean acronym, boolean capital, boolean dotted) {
    }

    /** A match of a gazetteer name on tokens {@code from} (inclusive) to {@code to} (exclusive). */
    record Match(Entry entry, int from, int to) {
    }

    /** A word of names: the name that ends here (the first added of that spelling), and the words that go on. */
    private static final class Node {
        Alias alias;
        Map<String, Node> next;
        /** Whether a name starts with this word written in lower case ("al-Qaeda"): only then a lowercase word matches. */
        boolean lowercase;

        Node child(String key) {
            return next == null ? null : next.get(key);
        }
    }

    private static final Gazetteer INSTANCE = new Gazetteer();

    /**
     * The names as a tree of their words' keys, from each first word: a name of several words is found by following
     * the text's tokens one look-up each, not by joining their keys into a string for every length that might match
     * (that joining and the look-ups were ~6% of {@code gen extract}'s CPU, JFR).
     */
    private final Map<String, Node> firstWords = new HashMap<>();
    /** What a {@link Word} keeps for a key that is no name's first word (see {@link #firstNode}). */
    private static final Object NO_NODE = new Object();
    private final Map<String, String> countryByCode = new HashMap<>();
    /** Titles as token keys: a token never keeps the dot of "Sen." or "Gov.", so neither does the list. */
    final Set<String> titles = undotted(folded("titles.txt"));
    final Set<String> offices = folded("offices.txt");
    final Set<String> cueVerbs = folded("cue-verbs.txt");
    final Set<String> orgHeads = folded("org-heads.txt");
    final Set<String> docHeads = folded("doc-heads.txt");
    /** Given names: a hand list of names worldwide, the US Social Security Administration's common ones, and those of many countries (faker locales). */
    final Set<String> givenNames = folded("given-names.txt", "given-names-ssa.txt", "given-names-world.txt");
    /** The common given names alone (written for newsgen), without the long tail of rare ones ("Terre", "Santa"). */
    final Set<String> commonGivenNames = folded("given-names.txt");
    final Set<String> familyFirst = folded("family-first.txt");
    final Set<String> nonNames = WordSet.copyOf(WordList.lines("non-names.txt"));
    /** The lists above as {@link WordFact}s, for the look-ups asked of most tokens (a set's own contains answers the same). */
    final WordFact nonName = WordFact.textIn(nonNames);
    final WordFact givenName = WordFact.keyIn(givenNames);
    final WordFact cueVerb = WordFact.keyIn(cueVerbs);
    final WordFact title = WordFact.keyIn(titles);
    final WordFact orgHead = WordFact.keyIn(orgHeads);
    final WordFact office = WordFact.keyIn(offices);
    /** Cities whose name is also a given name or a word ("Cleveland", "Buffalo"): name → country, read only after "in". */
    final Map<String, String> ambiguousCities = new HashMap<>();

    /** Organisations named for their building, by name, with the building's country ("White House" → United States). */
    final Map<String, String> seats = seats();

    private static Map<String, String> seats() {
        Map<String, String> out = new HashMap<>();
        for (String line : WordList.lines("seats.txt")) {
            String[] f = line.split("\\|");
            out.put(f[0], f[1]);
        }
        return Map.copyOf(out);
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    private Gazetteer() {
        // Each code's English name looked up once: Locale's display names were ~10 % of setting up the gazetteer (JFR).
        String[] codes = Locale.getISOCountries();
        String[] displayed = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            displayed[i] = new Locale("", codes[i]).getDisplayCountry(Locale.ENGLISH).replace(" & ", " and ");
            countryByCode.put(codes[i], displayed[i]);
        }
        Map<String, List<String>> extra = new HashMap<>();
        for (String line : WordList.lines("countries.txt")) {
            String[] f = line.split("\\|");
            countryByCode.put(f[0], f[1]);
            extra.put(f[0], List.of(f).subList(1, f.length));
        }
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i];
            Entry e = new Entry(Kind.COUNTRY, countryByCode.get(code), countryByCode.get(code));
            add(countryByCode.get(code), e);
            add(displayed[i], e);
            for (String alias : extra.getOrDefault(code, List.of())) {
                add(alias, e);
            }
        }
        for (String line : WordList.lines("regions.txt")) {
            String[] f = line.split("\\|");
            Entry e = new Entry(Kind.REGION, f[0], null);
            for (String alias : f) {
                add(alias, e);
            }
        }
        for (String line : WordList.lines("organizations.txt")) {
            String[] f = line.split("\\|");
            Entry e = new Entry(Kind.ORGANIZATION, f[0], null);
            for (String alias : f) {
                add(alias, e);
            }
        }
        for (String line : WordList.lines("demonyms.txt")) {
            String[] f = line.split("\\|", -1);
            add(f[0], new Entry(Kind.DEMONYM, f[0], f[1].isEmpty() ? null : f[1]));
        }
        for (String line : WordList.lines("cities.tsv")) {
            String[] f = line.split("\t");
            Entry e = new Entry(Kind.CITY, f[0], countryByCode.get(f[1]));
            add(f[0], e);
            for (int i = 3; i < f.length; i++) {
                add(f[i], e);
            }
        }
        for (String line : WordList.lines("cities-ambiguous.tsv")) {
            String[] f = line.split("\t");
            ambiguousCities.put(f[0], countryByCode.get(f[1]));
        }
        for (String line : WordList.lines("subdivisions.tsv")) {
            String[] f = line.split("\t");
            Entry e = new Entry(Kind.REGION, f[0], countryByCode.get(f[1]));
            add(f[0], e);
            for (int i = 2; i < f.length; i++) {
                add(f[i], e);
            }
        }
    }

    private void add(String alias, Entry entry) {
        List<Token> tokens = Tokenizer.tokens(alias, List.of(new Sentences.Span(0, alias.length())));
        if (tokens.isEmpty()) {
            return;
        }
        Node node = firstWords.computeIfAbsent(tokens.get(0).key(), k -> new Node());
        for (int i = 1; i < tokens.size(); i++) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(tokens.get(i).key(), k -> new Node());
        }
        boolean acronym = tokens.size() == 1 && tokens.get(0).upper() && alias.length() <= 6;
        boolean dotted = tokens.size() == 1 && alias.endsWith(".") && tokens.get(0).text().chars().allMatch(Character::isLetter);
        if (node.alias == null) {
            node.alias = new Alias(entry, acronym, tokens.get(0).cap(), dotted);
        }
        if (!tokens.get(0).cap()) {
            String first = tokens.get(0).key();
            firstWords.get(first).lowercase = true;
        }
    }

    /** The folded words of these lists as one set (one set made, not one a list and another for their union). */
    private static Set<String> folded(String... resources) {
        Set<String> out = new HashSet<>();
        for (String resource : resources) {
            for (String line : WordList.lines(resource)) {
                out.add(Slugs.fold(line));
            }
        }
        return WordSet.copyOf(out);
    }

    private static Set<String> undotted(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        }
        return WordSet.copyOf(out);
    }

    /** The country's name as records use it, for an ISO code. */
    String country(String code) {
        return countryByCode.get(code);
    }

    /**
     * The tree's node of names that start with this word, or null: looked up once for each distinct word and kept in
     * the Word, as it is asked of every token of every paragraph (the HashMap look-up and, before it, a test of the
     * key's initial were ~3% of {@code gen extract}'s CPU samples, JFR). There is one Gazetteer, so one such node.
     */
    private Node firstNode(Word w) {
        Object kept = w.firstNode;
        if (kept == null) {
            Node node = firstWords.get(w.key);
            kept = node == null ? NO_NODE : node;
            w.firstNode = kept;
        }
        return kept == NO_NODE ? null : (Node) kept;
    }

    /** The longest gazetteer name starting at token {@code i}, or null. */
    Match longestAt(List<Token> tokens, String text, int i) {
        Token first = tokens.get(i);
        Node node = firstNode(first.word());
        if (node == null || !first.cap() && !node.lowercase) {
            return null;
        }
        // the words of the text along the tree, as far as they go on joined as one name's words
        Node[] path = null;
        int reach = 1;
        while (i + reach < tokens.size()) {
            Node next = node.child(tokens.get(i + reach).key());
            if (next == null || !joinable(text, tokens.get(i + reach - 1), tokens.get(i + reach))) {
                break;
            }
            if (path == null) {
                path = new Node[4];
                path[0] = node;
            } else if (reach == path.length) {
                path = java.util.Arrays.copyOf(path, reach * 2);
            }
            path[reach++] = next;
            node = next;
        }
        for (int len = reach; len >= 1; len--) {
            Alias a = len == 1 && path == null ? node.alias : path[len - 1].alias;
            if (a != null && (a.acronym() ? first.upper() && first.text().equals(first.text().toUpperCase(Locale.ROOT))
                    : (!a.capital() || first.cap()) && (len > 1 || !shortAcronymInText(tokens, i)))
                    && (len > 1 || !a.dotted() || dotOrTown(tokens, text, i))) {
                return new Match(a.entry(), i, i + len);
            }
        }
        return null;
    }

    /**
     * A word of three or four capitals after one in lower case, and before none in capitals, is an acronym ("to the
     * ABA, a coalition"), not a place of that name written in capitals (the city Aba). A dateline ("ROME (AP) —")
     * opens its paragraph, a headline in capitals has capitals around it, a state's postal code follows its town
     * ("Lynchburg, VA") or has two letters ("a nutty VT socialist").
     */
    private static boolean shortAcronymInText(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.upper() && t.text().length() >= 3 && t.text().length() <= 4 && i > 0 && !tokens.get(i - 1).cap()
                && (i + 1 >= tokens.size() || !tokens.get(i + 1).upper());
    }

    /**
     * Rule "abbreviation without its dot": a state's short form written with a dot ("Miss.", "Mass.", "Wash.") is
     * the state only with its dot or after a town and a comma ("Jackson, Miss"); else it is the word ("Jane Roe And
     * John Doe Miss The Mark", "Mass atrocities continue"). A postal code in capitals is read as before ("a nutty VT
     * socialist").
     */
    private static boolean dotOrTown(List<Token> tokens, String text, int i) {
        Token t = tokens.get(i);
        return t.upper() || t.end() < text.length() && text.charAt(t.end()) == '.' || afterTownComma(tokens, text, i);
    }

    /** Whether a comma follows the token before token {@code i} ("Jackson, Miss", "Dover, Del."): a town's state. */
    static boolean afterTownComma(List<Token> tokens, String text, int i) {
        return i > 0 && text.startsWith(",", tokens.get(i - 1).end());
    }

    /** Whether a one-word name is listed with its dot ("Calif."): the token of the text ends before that dot. */
    boolean listedWithDot(Token t) {
        Node node = firstWords.get(t.key());
        return node != null && node.alias != null && node.alias.dotted();
    }

    /** Lookup of a whole name, for names found by rules rather than in the text ("the charter" resolved). */
    Entry lookup(String name) {
        List<Token> tokens = Tokenizer.tokens(name, List.of(new Sentences.Span(0, name.length())));
        if (tokens.isEmpty()) {
            return null;
        }
        Match m = longestAt(tokens, name, 0);
        return m != null && m.to() == tokens.size() ? m.entry() : null;
    }

    /** Words of one name: only spaces, hyphens or an ampersand between them, and no possessive before the last. */
    static boolean joinable(String text, Token a, Token b) {
        if (a.possessive()) {
            return false;
        }
        boolean space = false;
        boolean hyphen = false;
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            space |= c == ' ' || c == '\u00a0';
            hyphen |= c == '-' || c == '\u2011';
            if (c != ' ' && c != '\u00a0' && c != '&' && c != '-' && c != '\u2011'
                    && !(c == '.' && k == a.end() && Abbreviations.inName(a.text()))) {
                return false;
            }
        }
        // a hyphen with spaces is a dash between clauses ("WASHINGTON -- President Okafor", "RYE, N.H. - State Rep.")
        return !(space && hyphen);
    }

}

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
    private record Alias(Entry entry, boolean acronym, boolean capital) {
    }

    /** A match of a gazetteer name on tokens {@code from} (inclusive) to {@code to} (exclusive). */
    record Match(Entry entry, int from, int to) {
    }

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, Alias> names = new HashMap<>();
    private final Map<String, Integer> longestByFirstWord = new HashMap<>();
    /** First words of names written in lower case ("al-Qaeda"): only these are looked up from a lowercase word. */
    private final Set<String> lowercaseFirstWords = new HashSet<>();
    private final Map<String, String> countryByCode = new HashMap<>();
    /** Titles as token keys: a token never keeps the dot of "Sen." or "Gov.", so neither does the list. */
    final Set<String> titles = undotted(folded("titles.txt"));
    final Set<String> offices = folded("offices.txt");
    final Set<String> cueVerbs = folded("cue-verbs.txt");
    final Set<String> orgHeads = folded("org-heads.txt");
    final Set<String> docHeads = folded("doc-heads.txt");
    /** Given names: a hand list of names worldwide and the US Social Security Administration's common ones. */
    final Set<String> givenNames = union(folded("given-names.txt"), folded("given-names-ssa.txt"));
    final Set<String> familyFirst = folded("family-first.txt");
    final Set<String> nonNames = Set.copyOf(WordList.lines("non-names.txt"));
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
        for (String code : Locale.getISOCountries()) {
            countryByCode.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH).replace(" & ", " and "));
        }
        Map<String, List<String>> extra = new HashMap<>();
        for (String line : WordList.lines("countries.txt")) {
            String[] f = line.split("\\|");
            countryByCode.put(f[0], f[1]);
            extra.put(f[0], List.of(f).subList(1, f.length));
        }
        for (String code : Locale.getISOCountries()) {
            Entry e = new Entry(Kind.COUNTRY, countryByCode.get(code), countryByCode.get(code));
            add(countryByCode.get(code), e);
            add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).replace(" & ", " and "), e);
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
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            key.append(key.length() == 0 ? "" : " ").append(t.key());
        }
        boolean acronym = tokens.size() == 1 && tokens.get(0).upper() && alias.length() <= 6;
        names.putIfAbsent(key.toString(), new Alias(entry, acronym, tokens.get(0).cap()));
        longestByFirstWord.merge(tokens.get(0).key(), tokens.size(), Math::max);
        if (!tokens.get(0).cap()) {
            lowercaseFirstWords.add(tokens.get(0).key());
        }
    }

    private static Set<String> folded(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : WordList.lines(resource)) {
            out.add(Slugs.fold(line));
        }
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> undotted(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        }
        return Set.copyOf(out);
    }

    /** The country's name as records use it, for an ISO code. */
    String country(String code) {
        return countryByCode.get(code);
    }

    /** The longest gazetteer name starting at token {@code i}, or null. */
    Match longestAt(List<Token> tokens, String text, int i) {
        Token first = tokens.get(i);
        if (!first.cap() && !lowercaseFirstWords.contains(first.key())) {
            return null; // most words: "the" must not start "The Guardian"
        }
        Integer longest = longestByFirstWord.get(first.key());
        if (longest == null) {
            return null;
        }
        int max = Math.min(longest, tokens.size() - i);
        int reach = 1;
        while (reach < max && joinable(text, tokens.get(i + reach - 1), tokens.get(i + reach))) {
            reach++;
        }
        for (int len = reach; len >= 1; len--) {
            String key = first.key();
            if (len > 1) {
                StringBuilder b = new StringBuilder(key);
                for (int k = i + 1; k < i + len; k++) {
                    b.append(' ').append(tokens.get(k).key());
                }
                key = b.toString();
            }
            Alias a = names.get(key);
            if (a != null && (a.acronym() ? first.upper() && first.text().equals(first.text().toUpperCase(Locale.ROOT))
                    : !a.capital() || first.cap())) {
                return new Match(a.entry(), i, i + len);
            }
        }
        return null;
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
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0' && c != '&' && c != '-' && c != '\u2011'
                    && !(c == '.' && k == a.end() && Abbreviations.inName(a.text()))) {
                return false;
            }
        }
        return true;
    }

}

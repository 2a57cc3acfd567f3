package newsgen.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's name as the archive compares it: honorifics before it left out ("Sen. Ted Lund" is Ted Lund,
 * "Mr. Okafor" is Okafor), a generational suffix kept in the full name but skipped for the surname
 * ("Joseph R. Lindqvist Jr" has the surname Lindqvist), and a verdict on names that are no person at all
 * (a party word, a demonym, a suffix or title alone).
 *
 * Its parts: {@link #words}, the folded words of the name without honorifics, and {@link #surname}, the last of
 * them that is no suffix, or empty. Two are equal when their words and surnames are.
 */
final class PersonName {
    private final List<String> words;
    private final String surname;
    /**
     * The words joined, and where the surname first stands among them: asked of every name by several resolution
     * passes over ~100,000 people's names, so worked out once (joined on each call, the key was ~37 MB of garbage
     * a build; JFR).
     */
    private final String key;
    private final int surnameAt;

    private static final Map<String, Set<String>> WORDS = load();
    private static final Set<String> HONORIFICS = WORDS.getOrDefault("honorific", Set.of());
    private static final Set<String> FUNCTION_WORDS = WORDS.getOrDefault("function", Set.of());
    private static final Set<String> SUFFIXES = WORDS.getOrDefault("suffix", Set.of());
    private static final Set<String> NOT_NAMES = notNames();
    private static final Map<String, String> NICKNAMES = nicknames();
    private static final Set<String> GIVEN_NAMES = givenNames();

    static PersonName of(String name) {
        List<String> words = new ArrayList<>(NameKey.words(NameKey.of(name)));
        // Titles, and party words or demonyms before a full name ("Republican Jed Hedge"), are not the name.
        while (words.size() > 1 && (HONORIFICS.contains(words.get(0)) || NOT_NAMES.contains(words.get(0))
                || FUNCTION_WORDS.contains(words.get(0)))) {
            words.remove(0);
        }
        int last = words.size() - 1;
        while (last > 0 && SUFFIXES.contains(words.get(last))) {
            last--;
        }
        String surname = last >= 0 && !SUFFIXES.contains(words.get(last)) && !HONORIFICS.contains(words.get(last))
                ? words.get(last) : "";
        return new PersonName(List.copyOf(words), surname);
    }

    private PersonName(List<String> words, String surname) {
        this.words = words;
        this.surname = surname;
        this.key = String.join("-", words);
        this.surnameAt = surname.isEmpty() ? -1 : words.indexOf(surname);
    }

    /** The folded words of the name without honorifics. */
    List<String> words() {
        return words;
    }

    /** The last of the words that is no suffix, or empty. */
    String surname() {
        return surname;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName p && p.words.equals(words) && p.surname.equals(surname);
    }

    @Override
    public int hashCode() {
        return 31 * words.hashCode() + surname.hashCode();
    }

    @Override
    public String toString() {
        return "PersonName[words=" + words + ", surname=" + surname + "]";
    }

    /** How many words of the name as written open it without being the name (titles, party words...). */
    static int leadingNonNameWords(String name) {
        List<String> all = NameKey.words(NameKey.of(name));
        return all.size() - of(name).words().size();
    }

    /** The folded name without honorifics: "sen-ted-cruz" and "ted-cruz" are both "ted-cruz". */
    String key() {
        return key;
    }

    /** True when the name gives a given name as well as a surname. */
    boolean isFull() {
        return surnameAt > 0;
    }

    /** True for a name alone ("Okafor", "Mr. Okafor", "President Okafor"). */
    boolean isSurnameOnly() {
        return surnameAt == 0;
    }

    /**
     * Why no person has this name, or null when it may be one: nothing left once titles and suffixes are gone
     * ("Jr", "Adm"), or it ends in a party word, group adjective, demonym or the word ending a body's name
     * ("Democratic", "Wisconsin Republican", "Affordable Care Act").
     */
    String whyNoPerson() {
        if (words.isEmpty()) {
            return null; // a script that does not fold to letters a-z: nothing to judge by
        }
        if (surname.isEmpty()) {
            return "a title or suffix alone";
        }
        String last = words.get(words.size() - 1);
        if (NOT_NAMES.contains(last) || NOT_NAMES.contains(surname)) {
            return "'" + surname + "' is a party word, adjective or demonym";
        }
        return null;
    }

    /** The given name a short form stands for ("joe" → "joseph"); the word itself when it is none. */
    static String formalGiven(String folded) {
        return NICKNAMES.getOrDefault(folded, folded);
    }

    /** The words between the given name and the surname ("r" of "joseph-r-biden"), joined; empty when none. */
    String middle() {
        int s = surnameAt;
        return s <= 1 ? "" : String.join("-", words.subList(1, s));
    }

    /** The suffix words after the surname ("jr"), joined; empty when none. */
    String suffix() {
        int s = words.lastIndexOf(surname);
        return s < 0 || s == words.size() - 1 ? "" : String.join("-", words.subList(s + 1, words.size()));
    }

    /** True for a common given name (the extraction's worldwide list, or a short form this file knows). */
    static boolean isGivenName(String folded) {
        return GIVEN_NAMES.contains(folded) || NICKNAMES.containsKey(folded);
    }

    private static Set<String> givenNames() {
        Set<String> out = new HashSet<>();
        // The extraction's list of common given names worldwide (hand-written from general sources, see its NOTICE).
        try (InputStream in = PersonName.class.getClassLoader().getResourceAsStream("newsgen/extract/given-names.txt")) {
            if (in != null) {
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(NameKey.of(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    private static Map<String, String> nicknames() {
        Map<String, String> out = new HashMap<>();
        for (String line : WORDS.getOrDefault("nickname", Set.of())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return Map.copyOf(out);
    }

    /** True for a word that is a party word, group adjective or demonym, never a name by itself. */
    static boolean isNotAName(String folded) {
        return NOT_NAMES.contains(folded);
    }

    private static Set<String> notNames() {
        Set<String> out = new HashSet<>(WORDS.getOrDefault("not-a-name", Set.of()));
        // The extraction's demonym list (hand-written from general sources, see its NOTICE): "American", "French".
        try (InputStream in = PersonName.class.getClassLoader().getResourceAsStream("newsgen/extract/demonyms.txt")) {
            if (in != null) {
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String demonym = NameKey.of(line.split("\\|")[0]);
                        out.add(demonym);
                        out.add(demonym + "s");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        String resource = "newsgen/archive/person-words.txt";
        try (InputStream in = PersonName.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String section = "";
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                } else {
                    out.computeIfAbsent(section, k -> new HashSet<>()).add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package newsgen.extract;

import newsgen.model.Actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An actor while it is being gathered. */
final class ActorDraft {
    final String type;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    String affiliation;
    final List<int[]> spans = new ArrayList<>();
    /** Made by a rule from one word ("the Hollis movement"), so a person of that surname takes it back. */
    boolean oneWordByRule;
    Actor actor;

    ActorDraft(String type, String name) {
        this.type = type;
        this.name = name;
    }

    String surname() {
        int sp = name.lastIndexOf(' ');
        return Slugs.fold(sp < 0 ? name : name.substring(sp + 1));
    }

    /**
     * Every surname a person may be called by alone: the last word; for three words also the middle one and the
     * last two ("Ricardo Benítez Acosta" is "Benítez", "Helena Sarmento Vaz" is "Sarmento Vaz"); for a family name
     * written first before a hyphenated given name ("Han Seung-woo"), the first word.
     */
    String[] surnames() {
        String[] w = name.split(" ");
        if (w.length == 2 && w[1].indexOf('-') > 0 && FAMILY_FIRST.matcher(w[1]).matches()) {
            return new String[] {Slugs.fold(w[0]), surname()};
        }
        if (w.length == 2 && Gazetteer.get().familyFirst.contains(Slugs.fold(w[0]))) {
            return new String[] {surname(), Slugs.fold(w[0])}; // "Wang Lin" may be "Wang" later
        }
        if (w.length >= 3 && !Character.isLowerCase(w[w.length - 1].charAt(0))) { // not "… al-Sudani"
            // "Ricardo Benítez Acosta" is "Benítez", "Luiz Otavio Bento da Silva" is "Bento" or "da Silva"
            List<String> keys = new ArrayList<>();
            keys.add(surname());
            for (int i = 1; i < w.length - 1; i++) {
                if (!NameRuns.CONNECTORS.contains(Slugs.fold(w[i])) && w[i].length() > 1 && !w[i].endsWith(".")) {
                    keys.add(Slugs.fold(w[i]));
                }
            }
            keys.add(Slugs.fold(w[w.length - 2] + " " + w[w.length - 1]));
            return keys.toArray(new String[0]);
        }
        return new String[] {surname()};
    }

    /** A given name of two syllables joined by a hyphen, the second in lower case ("Seung-woo"): the family name came first. */
    private static final java.util.regex.Pattern FAMILY_FIRST = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

    /** "Seung-woo", "Min-jun": a word shaped as a Korean or Chinese given name of two syllables. */
    static boolean syllableGivenName(String word) {
        return word.indexOf('-') > 0 && FAMILY_FIRST.matcher(word).matches();
    }

    static ActorDraft org(Map<String, ActorDraft> orgs, Map<String, ActorDraft> byAlias, String name) {
        String key = Slugs.fold(name);
        ActorDraft d = byAlias.get(key);
        if (d == null) {
            d = new ActorDraft(Actor.ORGANIZATION, name);
            orgs.put(key, d);
            byAlias.put(key, d);
        }
        return d;
    }

    static void alias(ActorDraft d, String surface) {
        if (!surface.equals(d.name)) {
            d.aliases.add(surface);
        }
    }

    static void addSpan(ActorDraft d, ArticleText.Para p, int from, int to) {
        d.spans.add(new int[] {p.index(), p.tokens().get(from).start(), p.tokens().get(to - 1).end()});
    }

    static void mark(Set<Long> tokens, ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            tokens.add(((long) p.index() << 32) | k);
        }
    }

    static long firstSpan(ActorDraft d) {
        int[] s = d.spans.get(0);
        return ((long) s[0] << 32) | s[1];
    }

    static long at(ArticleText.Para p, int token) {
        return ((long) p.index() << 32) | token;
    }

    /** A run that names a person already found (surname, typo): one more mention of that person. */
    static void person(RunAt u, ActorDraft person, NameIndex<ActorDraft> index, Set<Long> nameTokens) {
        if (person != null) {
            addSpan(person, u.para(), u.run().from(), u.run().to());
            if (!apostropheDropped(person, u.key())) {
                alias(person, u.para().surface(u.run().from(), u.run().to()));
            }
            index.addKey(person, u.key());
            mark(nameTokens, u.para(), u.run().from(), u.run().to());
        }
    }

    /**
     * Rule "possessive without its apostrophe": "several of Roes business ventures" is Roe's, his mention, but no
     * spelling of his name to show beside it (as a one-letter typo it was taken for one: "Also written: Roes").
     */
    private static boolean apostropheDropped(ActorDraft person, String key) {
        if (key.length() < 2 || !key.endsWith("s") || key.indexOf(' ') >= 0) {
            return false;
        }
        for (String surname : person.surnames()) {
            if (key.length() == surname.length() + 1 && key.startsWith(surname)) {
                return true;
            }
        }
        return false;
    }
}

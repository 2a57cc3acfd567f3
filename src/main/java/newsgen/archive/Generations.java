package newsgen.archive;

import newsgen.model.EntityKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule "two generations": a record that names a "Jr." or "Sr." beside someone of the same given name and surname
 * without that suffix ("Donald Roe" and his son "Donald Roe Jr."), and not a short form of it ("Leonard Hill" of
 * "Leonard Dozier Hill III"), shows the archive two people. Then no record's
 * "Donald Roe Jr." may join "Donald Roe" through the name without its suffix that an extraction gives as an alias
 * (right for "Joseph R. Lindqvist Jr." where no father is in sight): those aliases are taken from the suffixed mentions
 * before any pass runs, so the same-name pass finds them nowhere. Without such a record nothing changes.
 */
final class Generations {
    private Generations() {
    }

    /**
     * The people (by given name and surname) that one record's mentions show are two generations: usually none. Each
     * record on its own, so the records are read on every core while their mentions are made.
     */
    static Set<String> twoPeople(List<EntityIndex.Mention> article) {
        Set<String> twoPeople = Set.of();
        for (int m = 0; m < article.size(); m++) {
            PersonName p = suffixed(article.get(m));
            for (int o = 0; p != null && o < article.size(); o++) {
                EntityIndex.Mention other = article.get(o);
                if (o != m && other.kind() == EntityKind.PERSON && sameGivenAndSurname(p, other.person())
                        && !p.suffix().equals(other.person().suffix()) && !shortForm(other.person(), p)) {
                    if (twoPeople.isEmpty()) {
                        twoPeople = new HashSet<>();
                    }
                    twoPeople.add(key(p));
                }
            }
        }
        return twoPeople;
    }

    /** True for a full name with a generational suffix: the only mentions {@link #separate} may change. */
    static boolean isSuffixed(EntityIndex.Mention m) {
        return suffixed(m) != null;
    }

    /**
     * Takes the suffix-less aliases from the suffixed people among the mentions at these positions (ascending) that
     * some record shows are two people ({@link #twoPeople} of every record, together).
     */
    static void separate(List<EntityIndex.Mention> mentions, int[] suffixedPositions, Set<String> twoPeople) {
        if (twoPeople.isEmpty()) {
            return;
        }
        for (int m : suffixedPositions) {
            EntityIndex.Mention x = mentions.get(m);
            PersonName p = suffixed(x);
            if (p == null || !twoPeople.contains(key(p))) {
                continue;
            }
            List<String> kept = x.aliases().stream().filter(a -> {
                PersonName q = PersonName.of(a);
                return !sameGivenAndSurname(p, q) || q.suffix().equals(p.suffix());
            }).toList();
            if (kept.size() < x.aliases().size()) {
                mentions.set(m, new EntityIndex.Mention(x.article(), x.kind(), x.localId(), x.name(), kept, x.actor(),
                        x.place()).keyed());
            }
        }
    }

    /** The person's name when it is a full name with a generational suffix; else null. */
    private static PersonName suffixed(EntityIndex.Mention m) {
        if (m.kind() != EntityKind.PERSON) {
            return null;
        }
        PersonName p = m.person();
        return p.isFull() && !p.suffix().isEmpty() ? p : null;
    }

    /**
     * "Leonard Hill" of "Leonard Dozier Hill III": fewer of the same words, the suffix aside, are a short form of the
     * same man, no second one; "Donald J. Roe" beside "Donald Roe Jr." (a middle initial the son's name has not) and
     * "Duncan Roe" beside "Duncan Roe Sr." (the very name without the suffix) are two.
     */
    private static boolean shortForm(PersonName other, PersonName suffixed) {
        List<String> words = bare(other);
        List<String> full = bare(suffixed);
        return words.size() < full.size() && full.containsAll(words);
    }

    /** The name's words without its suffix. */
    private static List<String> bare(PersonName p) {
        int s = p.words().lastIndexOf(p.surname());
        return p.words().subList(0, s + 1);
    }

    private static boolean sameGivenAndSurname(PersonName a, PersonName b) {
        return b.isFull() && a.surname().equals(b.surname()) && a.words().get(0).equals(b.words().get(0));
    }

    private static String key(PersonName p) {
        return p.words().get(0) + "|" + p.surname();
    }
}

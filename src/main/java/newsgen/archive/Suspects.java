package newsgen.archive;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRef;
import newsgen.model.Entity;
import newsgen.model.EntityKind;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities an editor should look at, each with the reason and a ready entities.yaml line: a surname or name
 * sharing its last word with a better-known person (likely the same person), an id one letter from another
 * (likely a typo), a person named by a party word, adjective or demonym, or by a word the archive writes in
 * lower case (likely junk), and an entity no article names outside its headline. Every check goes through an
 * index, so the work grows with the number of entities.
 */
public final class Suspects {
    /** One suspect: the entity, why, and the line to paste. */
    public record Suspect(Entity entity, String reason, String line) {
    }

    /** Ids shorter than this are never matched as typos. */
    private static final int MIN_TYPO = 6;

    private Suspects() {
    }

    public static List<Suspect> find(Archive archive) {
        List<Suspect> out = new ArrayList<>();
        List<Entity> all = new ArrayList<>();
        all.addAll(archive.people());
        all.addAll(archive.organizations());
        all.addAll(archive.places());
        Set<String> lowercase = Wording.lowercaseWords(archive.articles());
        Set<Entity> flagged = new HashSet<>();
        sameSurname(archive.people(), out, flagged);
        typos(all, out, flagged);
        junk(archive.people(), lowercase, out, flagged);
        headlineOnly(archive, all, out, flagged);
        return out;
    }

    private static String path(Entity e) {
        return EntityKind.of(e.kind()).value() + "/" + e.id();
    }

    private static String label(Entity e) {
        return e.name() + " (" + e.articles().size() + " article" + (e.articles().size() == 1 ? "" : "s") + ")";
    }

    private static void add(List<Suspect> out, Set<Entity> flagged, Entity e, String reason, String yaml) {
        if (flagged.add(e)) {
            out.add(new Suspect(e, reason, yaml + "   # " + reason));
        }
    }

    private static void junk(List<Entity> people, Set<String> lowercase, List<Suspect> out, Set<Entity> flagged) {
        for (Entity e : people) {
            List<String> words = NameKey.words(NameKey.of(e.name()));
            for (String w : words) {
                if (PersonName.isNotAName(w)) {
                    add(out, flagged, e, "'" + w + "' is a party word, adjective or demonym", path(e) + ": drop");
                    break;
                }
                if (lowercase.contains(w) && !PersonName.isGivenName(w) && words.size() > 1 && w.equals(words.get(0)) && w.length() > 2) {
                    add(out, flagged, e, "'" + w + "' is a word the archive writes in lower case", path(e) + ": drop");
                    break;
                }
            }
        }
    }

    /** A person whose surname a better-known person of several articles shares: probably that person. */
    private static void sameSurname(List<Entity> people, List<Suspect> out, Set<Entity> flagged) {
        Map<String, Entity> best = new HashMap<>();
        for (Entity e : people) {
            PersonName p = PersonName.of(e.name());
            if (p.isFull() && e.articles().size() >= 2) {
                best.merge(p.surname(), e, (a, b) -> a.mentions() >= b.mentions() ? a : b);
            }
        }
        for (Entity e : people) {
            PersonName p = PersonName.of(e.name());
            Entity known = best.get(p.surname());
            // A surname alone, or the same given name with another middle or suffix ("Jane Q. Doe" beside "Jane Doe");
            // two given names are two people ("John Doe", "Jane Doe") and no suspects.
            boolean sameGiven = known != null && p.isFull()
                    && PersonName.formalGiven(p.words().get(0)).equals(PersonName.formalGiven(PersonName.of(known.name()).words().get(0)));
            if (known != null && known != e && (p.isSurnameOnly() || sameGiven) && known.mentions() >= 3 * e.mentions()) {
                add(out, flagged, e, "same surname as " + label(known), path(e) + ": {same-as: " + path(known) + "}");
            }
        }
    }

    /** Two ids of one kind one letter apart: the less mentioned is probably a typo of the other. */
    private static void typos(List<Entity> all, List<Suspect> out, Set<Entity> flagged) {
        Map<String, Entity> byDeletion = new HashMap<>();
        List<Entity> sorted = all.stream().sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id)).toList();
        for (Entity e : sorted) {
            if (e.id().length() < MIN_TYPO) {
                continue;
            }
            Entity other = null;
            for (String d : NameKey.deletions(e.kind() + ":" + e.id())) {
                Entity seen = byDeletion.get(d);
                if (seen != null && seen != e && seen.kind().equals(e.kind())) {
                    other = seen;
                    break;
                }
            }
            if (other != null) {
                add(out, flagged, e, "one letter from " + label(other), path(e) + ": {same-as: " + path(other) + "}");
            }
            for (String d : NameKey.deletions(e.kind() + ":" + e.id())) {
                byDeletion.putIfAbsent(d, e);
            }
        }
    }

    /** An entity of one or two articles that no paragraph of them names: only the headline does. */
    private static void headlineOnly(Archive archive, List<Entity> all, List<Suspect> out, Set<Entity> flagged) {
        Map<String, ArchivedArticle> bySlug = new HashMap<>();
        archive.articles().forEach(a -> bySlug.put(a.record().slug(), a));
        for (Entity e : all) {
            if (e.articles().size() > 2 || flagged.contains(e)) {
                continue;
            }
            boolean inTitle = false;
            boolean inText = false;
            for (ArticleRef ref : e.articles()) {
                ArchivedArticle a = bySlug.get(ref.slug());
                if (a == null) {
                    continue;
                }
                inTitle |= a.record().title() != null && a.record().title().contains(e.name());
                for (Paragraph p : a.article().paragraphs()) {
                    if (p.kind() != ParagraphKind.HEADLINE && p.text().contains(e.name())) {
                        inText = true;
                        break;
                    }
                }
            }
            if (inTitle && !inText) {
                add(out, flagged, e, "named only in a headline", path(e) + ": drop");
            }
        }
    }
}

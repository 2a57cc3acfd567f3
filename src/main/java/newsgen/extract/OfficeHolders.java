package newsgen.extract;

import java.util.List;

/**
 * Rule "office holder": "Sen. Ted Marsh … asked about his backers, the Vermont senator acknowledged": a definite description naming an office (senator, representative, governor, mayor, judge) stands
 * for the last person named before it, in its paragraph or the one before, whose roles hold that office ("Sen.",
 * "Rep. Adam Kell" for "the California congressman"), rather than the last person named, who holds none.
 */
final class OfficeHolders {
    private OfficeHolders() {
    }

    /**
     * {@code found} (a person a description was read as, or null) when it holds the office the folded words
     * {@code words} name or they name none ("the former senator" names none held now); else the last holder of that
     * office before {@code offset}, when there is one and no role of his names a place other than the description's
     * {@code place}.
     */
    static Speaker prefer(ArticleMentions mentions, Speaker found, ArticleText.Para p, int offset, List<String> words,
            String place) {
        if (words.contains("former") || found != null && found.named() && mentions.actor(found.id()) != null
                && DescriptionFit.holdsOffice(words, mentions.actor(found.id()))) {
            return found;
        }
        Speaker holder = before(mentions, p, offset, words);
        if (holder != null && place != null && otherPlace(mentions.actor(holder.id()), place)) {
            return found; // "the Ohio governor" is not "Florida Gov. Jane Roe"
        }
        return holder != null ? holder : found;
    }

    /** Whether a role of {@code a} names a state, country or city other than {@code place} ("Florida Gov."). */
    private static boolean otherPlace(newsgen.model.Actor a, String place) {
        String folded = Slugs.fold(place);
        for (String role : a.roles()) {
            String[] words = role.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                for (int n = 1; n <= 2 && i + n <= words.length; n++) {
                    String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)).replaceAll("[.,]+$", "");
                    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
                        continue;
                    }
                    Gazetteer.Entry e = Gazetteer.get().lookup(name);
                    if (e != null && (e.kind() == Gazetteer.Kind.REGION || e.kind() == Gazetteer.Kind.COUNTRY
                            || e.kind() == Gazetteer.Kind.CITY) && !Slugs.fold(name).equals(folded)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The last person before {@code offset} in {@code p} or the paragraph before who holds the office {@code words} name; null when none. */
    static Speaker before(ArticleMentions mentions, ArticleText.Para p, int offset, List<String> words) {
        if (!DescriptionFit.namesOffice(words)) {
            return null;
        }
        Speaker here = last(mentions.actors(p.index(), 0, offset), words);
        if (here != null) {
            return here;
        }
        ArticleText.Para prev = mentions.previous(p);
        return prev == null ? null : last(mentions.actorsOf(prev.index()), words);
    }

    private static Speaker last(List<ActorFinder.Mention> in, List<String> words) {
        for (int i = in.size() - 1; i >= 0; i--) {
            newsgen.model.Actor a = in.get(i).actor();
            if (a.isPerson() && DescriptionFit.holdsOffice(words, a)) {
                return Speaker.of(a);
            }
        }
        return null;
    }
}

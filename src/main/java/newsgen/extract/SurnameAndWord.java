package newsgen.extract;

import java.util.List;

/**
 * Rule "known surname and a word": "President Roe Speech at …" in a video's caption, "Roe Cash Debunks …" in a
 * headline: two words, the first the surname of someone else the article names in full and no given name, the second
 * an English word that no given-name list has, are his surname and the sentence's word, no person of their own.
 */
final class SurnameAndWord {
    static final String RULE = "known surname and a word";

    private SurnameAndWord() {
    }

    static boolean surnameAndWord(ActorDraft d, List<ActorDraft> people) {
        int space = d.name.indexOf(' ');
        if (space <= 0 || d.name.indexOf(' ', space + 1) >= 0) {
            return false;
        }
        Gazetteer gaz = Gazetteer.get();
        String first = Slugs.fold(d.name.substring(0, space));
        String word = d.name.substring(space + 1);
        String key = Slugs.fold(word);
        if (gaz.givenNames.contains(first) || !EnglishWords.contains(key) || gaz.givenNames.contains(key)
                || GivenNameSex.listed(word)) {
            return false;
        }
        for (ActorDraft other : people) {
            int last = other.name.lastIndexOf(' ');
            if (other != d && last > 0 && Slugs.fold(other.name.substring(last + 1)).equals(first)) {
                return true;
            }
        }
        return false;
    }
}

package newsgen.archive;

import java.util.List;

/**
 * Which of one article's quotes a speaker's page leaves out because the same speaker says the same words in that
 * article already: a headline's ‘A Disgrace’ and the body's “She's a disgrace”, a scare-quoted “crazy system” and the
 * full “It is a crazy system”. A reader of the speaker's page sees the words once, in their longest quote; the
 * article page keeps every quote as written. Words compare without case and punctuation, as whole words.
 */
final class RepeatedWords {
    private RepeatedWords() {
    }

    /**
     * For each quote (its speaker's key and its text), whether it repeats another quote of the same speaker: the same
     * words as one before it, or words found whole inside a longer one.
     */
    static boolean[] repeats(List<String> speakers, List<String> texts) {
        int n = texts.size();
        boolean[] drop = new boolean[n];
        // A quote is compared only with its own speaker's: one whose speaker says nothing else in the article repeats
        // nothing and is repeated by nothing, so its words are never made (making every quote's words was most of
        // this, and this a sixth of a one-quotation build's archive stage: JFR, 10,164 articles).
        boolean[] shared = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (shared[i]) {
                continue; // an earlier quote of this speaker marked every other
            }
            for (int j = i + 1; j < n; j++) {
                if (speakers.get(j).equals(speakers.get(i))) {
                    shared[i] = true;
                    shared[j] = true;
                }
            }
        }
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            if (shared[i]) {
                words[i] = words(texts.get(i));
            }
        }
        for (int i = 0; i < n; i++) {
            if (words[i] == null) {
                continue;
            }
            for (int j = 0; j < n && !drop[i]; j++) {
                if (j == i || words[j] == null || !speakers.get(j).equals(speakers.get(i))) {
                    continue;
                }
                drop[i] = words[j].length() > words[i].length() ? words[j].contains(words[i])
                        : j < i && words[j].equals(words[i]);
            }
        }
        return drop;
    }

    /** The text's words in lower case, each with a space before and after, so that contains() matches whole words. */
    static String words(String text) {
        // Read from an array and written into one (at most a character out for each in, and the two spaces): under
        // gen's C1 compiler each charAt and StringBuilder.append is a call with checks of its own.
        char[] in = text.toCharArray();
        int n = in.length;
        char[] out = new char[n + 2];
        out[0] = ' ';
        int length = 1;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            // ASCII by range: the answers of Character's tables, which cost more per character
            char word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c
                    : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A'))
                    : c >= 128 && Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            if (word != 0) {
                out[length++] = word;
                inWord = true;
            } else if (inWord && !isInWordMark(in, i)) {
                out[length++] = ' ';
                inWord = false;
            }
        }
        if (inWord) {
            out[length++] = ' ';
        }
        // No words at all (a quote of dashes) repeats nothing and is repeated by nothing. Each char was lowered as it
        // was copied (surrogates are not letters, so none is copied), so the text needs no String.toLowerCase pass.
        return length == 1 ? null : new String(out, 0, length);
    }

    /** An apostrophe between letters ("She's", "She’s") does not part the word; it is left out, so both read "shes". */
    private static boolean isInWordMark(char[] text, int i) {
        char c = text[i];
        return (c == '\'' || c == '’') && i + 1 < text.length && Character.isLetter(text[i + 1]);
    }
}

package newsgen.archive;

import newsgen.model.Article;
import newsgen.model.Paragraph;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * How often an archive writes each word (folded as {@link NameKey#of} folds it) in lower case and capitalised,
 * for {@link Wording#lowercaseWords}. Counted without making a string per word: the word is folded into a buffer
 * and looked up in an open-addressing table, and only a word not seen before becomes a string. Why: a string and
 * a map entry look-up for each of the ~8 million words of 10,000 articles were a quarter of the archive stage (JFR).
 * Not thread-safe: each thread counts its share, then the counts are added up.
 */
final class CaseCounts {
    private String[] keys = new String[1 << 14];
    /** Each key's characters, compared with a word's without a {@code charAt} call per character. */
    private char[][] keyChars = new char[1 << 14][];
    /** Each key's String.hashCode. */
    private int[] hashes = new int[1 << 14];
    private int[] counts = new int[2 << 14];
    private int size;
    private char[] buffer = new char[64];
    /**
     * The paragraph being counted, copied out of its string once: read a character at a time through
     * {@code String.charAt} (a Latin-1 or UTF-16 check and a bounds check each, under the C1 compiler gen runs with),
     * counting was ~5% of a cold build's CPU samples (JFR, 10,164 articles).
     */
    private char[] text = new char[1024];

    /** Counts every word of the article's paragraphs: a run of letters and hyphens, starting with a letter that follows no letter or digit. */
    void count(Article article) {
        count(article, 1);
    }

    /** Takes an article's words back out: the counts are those of the other articles counted. */
    void uncount(Article article) {
        count(article, -1);
    }

    private void count(Article article, int step) {
        for (Paragraph p : article.paragraphs()) {
            String s = p.text();
            int n = s.length();
            if (text.length < n) {
                text = new char[Math.max(n, 2 * text.length)];
            }
            if (buffer.length < n) {
                buffer = new char[Math.max(n, 2 * buffer.length)];
            }
            s.getChars(0, n, text, 0);
            char[] text = this.text;
            char[] buffer = this.buffer;
            int i = 0;
            while (i < n) {
                char c = text[i];
                if (!letter(c)) {
                    i++;
                    continue;
                }
                int start = i;
                if (start > 0 && letterOrDigit(text[start - 1])) {
                    while (i < n && (letter(text[i]) || text[i] == '-')) {
                        i++;
                    }
                    continue; // a word that follows a digit ("3rd") is not counted
                }
                // The word folded as it is read (one pass over its characters, not one to find its end and one to
                // fold it), with String.hashCode's hash of what it folds to; a non-ASCII letter folds as NameKey does.
                int length = 0;
                int hash = 0;
                boolean dash = false;
                boolean ascii = true;
                for (; i < n; i++) {
                    char d = text[i];
                    if (d == '-') {
                        dash = true;
                    } else if (d < 0x80) {
                        if ((d | 0x20) < 'a' || (d | 0x20) > 'z') {
                            break;
                        }
                        if (dash && length > 0) {
                            buffer[length++] = '-';
                            hash = 31 * hash + '-';
                        }
                        char folded = d <= 'Z' ? (char) (d + ('a' - 'A')) : d;
                        buffer[length++] = folded;
                        hash = 31 * hash + folded;
                        dash = false;
                    } else if (letter(d)) {
                        ascii = false;
                    } else {
                        break;
                    }
                }
                int which = (c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) ? 0 : 1;
                if (ascii) {
                    add(buffer, length, hash, which, step);
                } else {
                    int slot = slot(NameKey.of(new String(text, start, i - start))); // may grow the table: the slot first
                    counts[2 * slot + which] += step;
                }
            }
        }
    }

    /**
     * {@link Character#isLetter(char)}, answered without a table look-up for ASCII, most of a news text, and for the
     * General Punctuation block (U+2000 to U+206F: curly quotes, dashes, ellipses), which holds no letter or digit.
     */
    private static boolean letter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : !punctuation(c) && Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, likewise. */
    private static boolean letterOrDigit(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                : !punctuation(c) && Character.isLetterOrDigit(c);
    }

    private static boolean punctuation(char c) {
        return c >= 0x2000 && c <= 0x206F;
    }

    /** Adds another share's counts to these. */
    void addAll(CaseCounts other) {
        for (int k = 0; k < other.keys.length; k++) {
            if (other.keys[k] != null) {
                int slot = slot(other.keys[k]);
                counts[2 * slot] += other.counts[2 * k];
                counts[2 * slot + 1] += other.counts[2 * k + 1];
            }
        }
    }

    /** The words written in lower case at least twice and more often than capitalised. */
    Set<String> lowercaseWords() {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != null && counts[2 * k] >= 2 && counts[2 * k] > counts[2 * k + 1]) {
                out.add(keys[k]);
            }
        }
        return out;
    }

    /** Counts one word, folded as {@code chars[0, length)} with String.hashCode's {@code hash}. */
    private void add(char[] chars, int length, int hash, int which, int step) {
        String[] keys = this.keys;
        int[] hashes = this.hashes;
        char[][] keyChars = this.keyChars;
        int mask = keys.length - 1;
        int k = mix(hash) & mask;
        while (keys[k] != null) {
            // The hash first: a slot of another word is told apart without reading its characters (another cache
            // line); the same hash is almost always the same word.
            if (hashes[k] == hash && same(keyChars[k], chars, length)) {
                counts[2 * k + which] += step;
                return;
            }
            k = (k + 1) & mask;
        }
        int slot = slotNew(new String(chars, 0, length), hash); // may grow the table: the slot first
        counts[2 * slot + which] += step;
    }

    /** Writes every word with its two counts (in table order: reading them back gives equal counts). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != null) {
                out.writeUTF(keys[k]);
                out.writeInt(counts[2 * k]);
                out.writeInt(counts[2 * k + 1]);
            }
        }
    }

    /** Counts as {@link #write} wrote them. */
    static CaseCounts read(DataInputStream in) throws IOException {
        CaseCounts c = new CaseCounts();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative size");
        }
        for (int i = 0; i < n; i++) {
            int slot = c.slot(in.readUTF());
            c.counts[2 * slot] += in.readInt();
            c.counts[2 * slot + 1] += in.readInt();
        }
        return c;
    }

    /** The slot of a key, made when it is new. */
    private int slot(String key) {
        int mask = keys.length - 1;
        int k = mix(key.hashCode()) & mask;
        int hash = key.hashCode();
        while (keys[k] != null) {
            if (hashes[k] == hash && keys[k].equals(key)) {
                return k;
            }
            k = (k + 1) & mask;
        }
        return slotNew(key, hash);
    }

    private int slotNew(String key, int hash) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int k = mix(hash) & mask;
        while (keys[k] != null) {
            k = (k + 1) & mask;
        }
        keys[k] = key;
        keyChars[k] = key.toCharArray();
        hashes[k] = hash;
        size++;
        return k;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
        keyChars = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                int slot = slotNew(oldKeys[k], oldKeys[k].hashCode());
                counts[2 * slot] = oldCounts[2 * k];
                counts[2 * slot + 1] = oldCounts[2 * k + 1];
            }
        }
    }

    private static boolean same(char[] key, char[] chars, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}

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
    private int[] counts = new int[2 << 14];
    private int size;
    private char[] buffer = new char[64];

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
            String text = p.text();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (!Character.isLetter(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
                    add(text, start, i, Character.isLowerCase(c) ? 0 : 1, step);
                }
            }
        }
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

    /** Counts one word, text[start, end): letters and hyphens, starting with a letter. */
    private void add(String text, int start, int end, int which, int step) {
        if (buffer.length < end - start) {
            buffer = new char[2 * (end - start)];
        }
        int length = 0;
        boolean dash = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                int slot = slot(NameKey.of(text.substring(start, end))); // may grow the table: the slot first
                counts[2 * slot + which] += step;
                return;
            }
            if (c == '-') {
                dash = true;
            } else {
                if (dash && length > 0) {
                    buffer[length++] = '-';
                }
                buffer[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                dash = false;
            }
        }
        int hash = 0;
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + buffer[k];
        }
        int mask = keys.length - 1;
        int k = mix(hash) & mask;
        while (keys[k] != null) {
            if (same(keys[k], buffer, length)) {
                counts[2 * k + which] += step;
                return;
            }
            k = (k + 1) & mask;
        }
        int slot = slotNew(new String(buffer, 0, length), hash); // may grow the table: the slot first
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
        while (keys[k] != null) {
            if (keys[k].equals(key)) {
                return k;
            }
            k = (k + 1) & mask;
        }
        return slotNew(key, key.hashCode());
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
        size++;
        return k;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
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

    private static boolean same(String key, char[] chars, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}

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
 * and looked up in an open-addressing table, and only a word not seen before is copied (into a pool of characters;
 * strings are made only of the words given out or written). Why: a string and
 * a map entry look-up for each of the ~8 million words of 10,000 articles were a quarter of the archive stage (JFR).
 * Not thread-safe: each thread counts its share, then the counts are added up.
 */
final class CaseCounts {
    /**
     * The table, four ints a slot: the word's hash (String.hashCode of its folded form), where its characters start
     * in {@link #pool} (0 for an empty slot), and its lower-case and capitalised counts. One array, so a probe reads
     * one cache line where a table of strings, hashes, character arrays and counts read four or five (the counting
     * waited on memory for a third of its time with those: JFR, 10,164 articles).
     */
    private int[] table = new int[SLOT << 14];
    /** Slots in the table: a power of two. */
    private int capacity = 1 << 14;
    /** Each word's characters, after its length in two chars (high, low); position 0 unused (an empty slot's). */
    private char[] pool = new char[1 << 16];
    private int poolSize = 1;
    private int size;
    private static final int SLOT = 4;
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
                int slot;
                if (ascii) {
                    slot = slot(buffer, 0, length, hash);
                } else {
                    String key = NameKey.of(new String(text, start, i - start));
                    slot = slot(key.toCharArray(), 0, key.length(), key.hashCode());
                }
                table[SLOT * slot + 2 + which] += step; // the slot first: making it may grow the table
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
        int[] t = other.table;
        for (int k = 0; k < other.capacity; k++) {
            int at = t[SLOT * k + 1];
            if (at != 0) {
                int slot = slot(other.pool, at + 2, length(other.pool, at), t[SLOT * k]);
                table[SLOT * slot + 2] += t[SLOT * k + 2];
                table[SLOT * slot + 3] += t[SLOT * k + 3];
            }
        }
    }

    /** The words written in lower case at least twice and more often than capitalised. */
    Set<String> lowercaseWords() {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < capacity; k++) {
            int lower = table[SLOT * k + 2];
            if (table[SLOT * k + 1] != 0 && lower >= 2 && lower > table[SLOT * k + 3]) {
                out.add(key(k));
            }
        }
        return out;
    }

    /** The word of a filled slot. */
    private String key(int k) {
        int at = table[SLOT * k + 1];
        return new String(pool, at + 2, length(pool, at));
    }

    private static int length(char[] pool, int at) {
        return pool[at] << 16 | pool[at + 1];
    }

    /** Writes every word with its two counts (in table order: reading them back gives equal counts). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int k = 0; k < capacity; k++) {
            if (table[SLOT * k + 1] != 0) {
                out.writeUTF(key(k));
                out.writeInt(table[SLOT * k + 2]);
                out.writeInt(table[SLOT * k + 3]);
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
            String key = in.readUTF();
            int slot = c.slot(key.toCharArray(), 0, key.length(), key.hashCode());
            c.table[SLOT * slot + 2] += in.readInt();
            c.table[SLOT * slot + 3] += in.readInt();
        }
        return c;
    }

    /** The slot of the word {@code chars[from, from + length)} whose String.hashCode is {@code hash}, made when it is new. */
    private int slot(char[] chars, int from, int length, int hash) {
        int[] table = this.table;
        char[] pool = this.pool;
        int mask = capacity - 1;
        int k = mix(hash) & mask;
        int at;
        while ((at = table[SLOT * k + 1]) != 0) {
            // The hash first: a slot of another word is told apart without reading its characters.
            if (table[SLOT * k] == hash && same(pool, at, chars, from, length)) {
                return k;
            }
            k = (k + 1) & mask;
        }
        return slotNew(chars, from, length, hash);
    }

    private int slotNew(char[] chars, int from, int length, int hash) {
        if (2 * (size + 1) > capacity) {
            grow();
        }
        if (poolSize + 2 + length > pool.length) {
            pool = java.util.Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + 2 + length));
        }
        int at = poolSize;
        pool[at] = (char) (length >>> 16);
        pool[at + 1] = (char) length;
        System.arraycopy(chars, from, pool, at + 2, length);
        poolSize += 2 + length;
        return place(hash, at);
    }

    /** Puts a word already in the pool into an empty slot of the table. */
    private int place(int hash, int at) {
        int mask = capacity - 1;
        int k = mix(hash) & mask;
        while (table[SLOT * k + 1] != 0) {
            k = (k + 1) & mask;
        }
        table[SLOT * k] = hash;
        table[SLOT * k + 1] = at;
        size++;
        return k;
    }

    private void grow() {
        int[] old = table;
        int oldCapacity = capacity;
        capacity = 2 * oldCapacity;
        table = new int[SLOT * capacity];
        size = 0;
        for (int k = 0; k < oldCapacity; k++) {
            if (old[SLOT * k + 1] != 0) {
                int slot = place(old[SLOT * k], old[SLOT * k + 1]);
                table[SLOT * slot + 2] = old[SLOT * k + 2];
                table[SLOT * slot + 3] = old[SLOT * k + 3];
            }
        }
    }

    private static boolean same(char[] pool, int at, char[] chars, int from, int length) {
        if (length(pool, at) != length) {
            return false;
        }
        for (int i = 0, p = at + 2; i < length; i++) {
            if (pool[p + i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}

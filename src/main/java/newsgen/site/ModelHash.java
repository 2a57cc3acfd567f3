package newsgen.site;

import newsgen.cache.Fingerprint;
import newsgen.cache.SipHash;
import newsgen.model.ArticleRef;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fingerprint of what a template is given: records (component by component, with their class), lists, maps,
 * text, numbers (and arrays of longs, which {@link PageInputs} lists items by), booleans, enums and dates, each tagged with its kind and length so that two different models never
 * write the same sequence. A template's output depends on nothing else (the same model through the same template
 * gives the same bytes), so an unchanged fingerprint means an unchanged page.
 *
 * <p>A value of any other kind makes the model {@link Unhashable}: that page is always rendered. A collection whose
 * order is not stable from build to build only costs a render, never a wrong page.
 */
final class ModelHash {
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    /** Deeper than any page model: a cycle, not a model. */
    private static final int MAX_DEPTH = 64;

    /** A model holding a value the hash cannot describe completely. */
    static final class Unhashable extends RuntimeException {
        Unhashable(String what) {
            super(what, null, false, false);
        }
    }

    private ModelHash() {
    }

    /**
     * The key of a model: the texts that come with it (path, template, render key), then the model, hashed together.
     *
     * @throws Unhashable when the model holds a value of a kind this class cannot describe
     */
    static String key(SipHash hash, Object model, String... with) {
        Words out = WORDS.get();
        out.length = 0;
        out.hash = hash;
        try {
            for (String s : with) {
                out.text(s);
            }
            write(out, model, 0);
            return hash.hex(out.words, out.length);
        } finally {
            out.hash = null;
            if (out.words.length > KEEP) {
                WORDS.remove(); // an exceptionally big model: let its buffer go
            }
        }
    }

    /**
     * Each thread's digests of the {@link SharedView}s and {@link ArticleRef}s it has hashed, by identity, under the hash they were made
     * with. Why: an article is cited on the pages of every entity it names and a quote on three kinds of page; their
     * text was hashed again on each (JFR, 10,164 articles).
     */
    private static final class Digests {
        SipHash hash;
        final java.util.IdentityHashMap<Object, String> byView = new java.util.IdentityHashMap<>();
        /** A buffer for each level of shared views inside shared views (a quote's view holds its article's). */
        final java.util.List<Words> levels = new java.util.ArrayList<>();
        int level;
    }

    private static final ThreadLocal<Digests> DIGESTS = ThreadLocal.withInitial(Digests::new);
    /** More digests than one per article and per quote of a large archive: the map is emptied and starts again. */
    private static final int DIGESTS_KEPT = 200_000;

    /**
     * A shared view as its digest: its own words hashed under the same key. Two different views give different
     * digests as surely as two different models give different keys; the same view shown on many pages is hashed once.
     */
    private static void writeShared(Words out, Record view, int depth) {
        Digests digests = DIGESTS.get();
        if (digests.hash != out.hash) {
            digests.hash = out.hash;
            digests.byView.clear();
        }
        String digest = digests.byView.get(view);
        if (digest == null) {
            if (digests.level == digests.levels.size()) {
                digests.levels.add(new Words());
            }
            Words own = digests.levels.get(digests.level++);
            own.length = 0;
            own.hash = out.hash;
            try {
                if (view instanceof ArticleRef r) {
                    writeArticleRef(own, r);
                } else {
                    writeRecord(own, view, depth);
                }
                digest = out.hash.hex(own.words, own.length);
            } finally {
                digests.level--;
                own.hash = null;
            }
            if (digests.byView.size() >= DIGESTS_KEPT) {
                digests.byView.clear();
            }
            digests.byView.put(view, digest);
        }
        out.head('h', digest.length());
        out.text(digest);
    }

    /** Adds a value (the site-wide variables) to a fingerprint. */
    static void add(Fingerprint f, Object value) {
        Words out = new Words();
        write(out, value, 0);
        byte[] bytes = new byte[out.length * 8];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (out.words[i / 8] >>> (8 * (i % 8)));
        }
        f.add(bytes, bytes.length);
    }

    private static final int KEEP = 1 << 17;
    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /**
     * A growing array of 64-bit words: each value's kind and length in one word, then its content, text four
     * characters to a word. Why words, not bytes: the hash takes words, and the models of 20,000 pages were hashed
     * as two bytes per character, a byte at a time, which cost as much CPU as rendering them (JFR, 10,164 articles).
     */
    private static final class Words {
        long[] words = new long[8 * 1024];
        int length;
        /** The ledger's hash, while a page's key is made: shared views are hashed under it; null for the globals. */
        SipHash hash;
        char[] chars = new char[256];

        void room(int n) {
            if (length + n > words.length) {
                words = java.util.Arrays.copyOf(words, Math.max(words.length * 2, length + n));
            }
        }

        /** A value's kind and its length (characters, items, components; 0 when it has none) in one word. */
        void head(char kind, int length) {
            room(1);
            words[this.length++] = ((long) kind << 32) | (length & 0xffffffffL);
        }

        void number(long v) {
            room(1);
            words[length++] = v;
        }

        /**
         * Its length, then its characters, the last word padded with zeros: eight to a word when every one is below
         * 256 (kind 'a'), else four (kind 's'). Why eight: most of a model is such text, and the hash's cost is per
         * word (half the ledger's time was SipHash, JFR).
         */
        void text(String s) {
            int n = s.length();
            if (chars.length < n + 7) {
                chars = new char[Math.max(2 * chars.length, n + 7)];
            }
            s.getChars(0, n, chars, 0);
            char[] c = chars;
            int wide = 0;
            for (int i = 0; i < n; i++) {
                wide |= c[i];
            }
            for (int i = n; i < n + 7; i++) {
                c[i] = 0;
            }
            if (wide < 256) {
                head('a', n);
                room((n + 7) / 8);
                for (int i = 0; i < n; i += 8) {
                    words[length++] = c[i] | (long) c[i + 1] << 8 | (long) c[i + 2] << 16 | (long) c[i + 3] << 24
                            | (long) c[i + 4] << 32 | (long) c[i + 5] << 40 | (long) c[i + 6] << 48 | (long) c[i + 7] << 56;
                }
                return;
            }
            head('s', n);
            room((n + 3) / 4);
            for (int i = 0; i < n; i += 4) {
                words[length++] = c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48;
            }
        }
    }

    private static void write(Words out, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unhashable("nested too deeply");
        }
        if (value == null) {
            out.head('n', 0);
        } else if (value instanceof String s) {
            out.text(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.head('i', 0);
            out.number(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.head('d', 0);
            out.number(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Boolean b) {
            out.head(b ? 'T' : 'F', 0);
        } else if (value instanceof Character c) {
            out.head('c', 0);
            out.number(c);
        } else if (value instanceof Enum<?> e) {
            out.head('e', 0);
            out.text(e.getDeclaringClass().getName());
            out.text(e.name());
        } else if (value instanceof TemporalAccessor t) {
            out.head('t', 0);
            out.text(t.getClass().getName());
            out.text(t.toString());
        } else if (value instanceof long[] numbers) {
            out.head('L', numbers.length);
            out.room(numbers.length);
            System.arraycopy(numbers, 0, out.words, out.length, numbers.length);
            out.length += numbers.length;
        } else if ((value instanceof SharedView || value instanceof ArticleRef) && out.hash != null) {
            writeShared(out, (Record) value, depth);
        } else if (value instanceof ArticleRef r) {
            writeArticleRef(out, r);
        } else if (value instanceof Record r) {
            writeRecord(out, r, depth);
        } else if (value instanceof Collection<?> c) {
            out.head('l', c.size());
            for (Object item : c) {
                write(out, item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            out.head('m', m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(out, e.getKey(), depth + 1);
                write(out, e.getValue(), depth + 1);
            }
        } else if (value instanceof Optional<?> o) {
            out.head('o', 0);
            write(out, o.orElse(null), depth + 1);
        } else {
            throw new Unhashable("a " + value.getClass().getName());
        }
    }

    /**
     * An article as other pages cite it ({@link PageInputs#ARTICLE_REF_COMPONENTS}, in order), its components written
     * one by one: by reflection, reading them was most of the cost of the pages' inputs. Under a ledger's hash it is
     * digested once ({@link #writeShared}): one article is cited on the page of every entity it names and beside
     * each of its quotes and dates, and its slug, title, outlet and date were a third of the words a cold build of
     * 10,164 articles hashed (entity, timeline and quote pages).
     */
    private static void writeArticleRef(Words out, ArticleRef r) {
        out.head('A', 4);
        writeText(out, r.slug());
        writeText(out, r.title());
        writeText(out, r.outlet());
        writeText(out, r.date());
    }

    private static void writeText(Words out, String s) {
        if (s == null) {
            out.head('n', 0);
        } else {
            out.text(s);
        }
    }

    private static void writeRecord(Words out, Record r, int depth) {
        Method[] accessors = accessors(r.getClass());
        out.head('r', accessors.length);
        out.text(r.getClass().getName());
        for (Method m : accessors) {
            try {
                write(out, m.invoke(r), depth + 1);
            } catch (ReflectiveOperationException e) {
                throw new Unhashable("cannot read " + m.getName() + " of " + r.getClass().getSimpleName());
            }
        }
    }

    private static Method[] accessors(Class<?> record) {
        return ACCESSORS.computeIfAbsent(record, c -> {
            RecordComponent[] components = c.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        });
    }
}

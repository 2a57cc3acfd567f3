package newsgen.site;

import newsgen.cache.Fingerprint;
import newsgen.cache.SipHash;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fingerprint of what a template is given: records (component by component, with their class), lists, maps,
 * text, numbers, booleans, enums and dates, each tagged with its kind and length so that two different models never
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
        Buffer out = BUFFERS.get();
        out.length = 0;
        try {
            for (String s : with) {
                out.text(s);
            }
            write(out, model, 0);
            return hash.hex(out.bytes, out.length);
        } finally {
            if (out.bytes.length > KEEP) {
                BUFFERS.remove(); // an exceptionally big model: let its buffer go
            }
        }
    }

    /** Adds a value (the site-wide variables) to a fingerprint. */
    static void add(Fingerprint f, Object value) {
        Buffer out = new Buffer();
        write(out, value, 0);
        f.add(out.bytes, out.length);
    }

    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    /** A growing byte array: tags, lengths and every character of the model, in order. */
    private static final class Buffer {
        byte[] bytes = new byte[64 * 1024];
        int length;

        void room(int n) {
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        void tag(char t) {
            room(1);
            bytes[length++] = (byte) t;
        }

        void number(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (v >>> shift);
            }
        }

        void text(String s) {
            int n = s.length();
            number(n);
            room(2 * n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                bytes[length++] = (byte) (c >>> 8);
                bytes[length++] = (byte) c;
            }
        }
    }

    private static void write(Buffer out, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unhashable("nested too deeply");
        }
        if (value == null) {
            out.tag('n');
        } else if (value instanceof String s) {
            out.tag('s');
            out.text(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.tag('i');
            out.number(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.tag('d');
            out.number(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Boolean b) {
            out.tag(b ? 'T' : 'F');
        } else if (value instanceof Character c) {
            out.tag('c');
            out.number(c);
        } else if (value instanceof Enum<?> e) {
            out.tag('e');
            out.text(e.getDeclaringClass().getName());
            out.text(e.name());
        } else if (value instanceof TemporalAccessor t) {
            out.tag('t');
            out.text(t.getClass().getName());
            out.text(t.toString());
        } else if (value instanceof Record r) {
            Method[] accessors = accessors(r.getClass());
            out.tag('r');
            out.text(r.getClass().getName());
            out.number(accessors.length);
            for (Method m : accessors) {
                try {
                    write(out, m.invoke(r), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new Unhashable("cannot read " + m.getName() + " of " + r.getClass().getSimpleName());
                }
            }
        } else if (value instanceof Collection<?> c) {
            out.tag('l');
            out.number(c.size());
            for (Object item : c) {
                write(out, item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            out.tag('m');
            out.number(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(out, e.getKey(), depth + 1);
                write(out, e.getValue(), depth + 1);
            }
        } else if (value instanceof Optional<?> o) {
            out.tag('o');
            write(out, o.orElse(null), depth + 1);
        } else {
            throw new Unhashable("a " + value.getClass().getName());
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

package newsgen.site;

import newsgen.cache.Fingerprint;

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

    static void add(Fingerprint f, Object value) {
        add(f, value, 0);
    }

    private static void add(Fingerprint f, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unhashable("nested too deeply");
        }
        if (value == null) {
            f.add("n");
        } else if (value instanceof String s) {
            f.add("s").add(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            f.add("i").add(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            f.add("d").add(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Boolean b) {
            f.add("b").add(b);
        } else if (value instanceof Character c) {
            f.add("c").add(c);
        } else if (value instanceof Enum<?> e) {
            f.add("e").add(e.getDeclaringClass().getName()).add(e.name());
        } else if (value instanceof TemporalAccessor t) {
            f.add("t").add(t.getClass().getName()).add(t.toString());
        } else if (value instanceof Record r) {
            Method[] accessors = accessors(r.getClass());
            f.add("r").add(r.getClass().getName()).add(accessors.length);
            for (Method m : accessors) {
                try {
                    add(f, m.invoke(r), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new Unhashable("cannot read " + m.getName() + " of " + r.getClass().getSimpleName());
                }
            }
        } else if (value instanceof Collection<?> c) {
            f.add("l").add(c.size());
            for (Object item : c) {
                add(f, item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            f.add("m").add(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                add(f, e.getKey(), depth + 1);
                add(f, e.getValue(), depth + 1);
            }
        } else if (value instanceof Optional<?> o) {
            f.add("o");
            add(f, o.orElse(null), depth + 1);
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

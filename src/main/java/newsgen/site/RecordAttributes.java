package newsgen.site;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads a component of one of the page models' records ({@code article.title}) straight through its accessor, found
 * once per record class. Pebble's own resolver asks a map keyed by class, name and argument types (a new key
 * object each time) and checks for a map, an array, a list and a macro first, for every attribute of every page.
 *
 * <p>It answers only where Pebble's resolver would call the same accessor: a record of gen's own with a component
 * of that name, read without arguments, and no {@code getX}, {@code isX} or {@code hasX} method that Pebble would
 * prefer. Anything else (a map, a user's value, a misspelt name) goes on to Pebble, which reports it as before.
 */
final class RecordAttributes implements AttributeResolver {
    /**
     * Each record class's accessors by component name; a name Pebble would read otherwise maps to nothing. A map by
     * class, not a {@code ClassValue}: its lookups missed their fast path and were 4% of rendering (JFR).
     */
    private static final Map<Class<?>, Accessors> ACCESSORS = new ConcurrentHashMap<>();

    private static Accessors accessors(Class<?> type) {
        Accessors known = ACCESSORS.get(type);
        if (known == null) {
            Map<String, Function<Object, Object>> accessors = new HashMap<>();
            if (type.isRecord() && type.getName().startsWith("newsgen.")) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Method accessor = c.getAccessor();
                    if (Modifier.isPublic(accessor.getModifiers()) && !preferredByPebble(type, c.getName())) {
                        accessors.put(c.getName(), getter(type, accessor));
                    }
                }
            }
            known = new Accessors(accessors);
            ACCESSORS.put(type, known);
        }
        return known;
    }

    /**
     * One record class's accessors by name, looked up first by the identity of the name's string. The names a
     * template reads are its own strings, not the component names', so a map's lookup compared their characters every
     * time (~8% of rendering, JFR, 10,164 articles); each string a lookup has matched is kept in a small table, which
     * compares references. A template site's name string is the same on every page.
     */
    private static final class Accessors {
        /** Slots in the table, and how many are probed from a name's first slot. */
        private static final int SLOTS = 64;
        private static final int PROBES = 4;

        private final Map<String, Function<Object, Object>> byName;
        /**
         * Names matched before, each with its accessor: written when empty, racily (an entry is immutable, so a
         * reader sees a whole entry or none; a slot two threads fill at once keeps one of the two right entries).
         */
        private final Seen[] seen = new Seen[SLOTS];

        private record Seen(String name, Function<Object, Object> getter) {
        }

        Accessors(Map<String, Function<Object, Object>> byName) {
            this.byName = byName;
        }

        Function<Object, Object> get(String name) {
            int first = name.hashCode();
            for (int k = 0; k < PROBES; k++) {
                Seen s = seen[(first + k) & (SLOTS - 1)];
                if (s != null && s.name == name) {
                    return s.getter;
                }
            }
            Function<Object, Object> getter = byName.get(name);
            if (getter != null) {
                for (int k = 0; k < PROBES; k++) {
                    int slot = (first + k) & (SLOTS - 1);
                    if (seen[slot] == null) {
                        seen[slot] = new Seen(name, getter);
                        break;
                    }
                }
            }
            return getter;
        }
    }

    /** Whether Pebble would call {@code getX}, {@code isX} or {@code hasX} for attribute x rather than its accessor. */
    private static boolean preferredByPebble(Class<?> type, String name) {
        String capital = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equalsIgnoreCase("get" + capital)
                    || m.getName().equalsIgnoreCase("is" + capital) || m.getName().equalsIgnoreCase("has" + capital))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The accessor as a function made for it (a class calling it directly, as a lambda {@code Type::component} is),
     * not {@link Method#invoke}: a reflective call went through two more calls and its checks for each of the
     * ~10 million attributes a cold build's pages read, 7% of rendering (JFR, 10,164 articles). A record the
     * function cannot be made for (a class this code may not see) is read through its accessor reflectively.
     */
    private static Function<Object, Object> getter(Class<?> type, Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodHandle handle = lookup.unreflect(accessor);
            @SuppressWarnings("unchecked")
            Function<Object, Object> getter = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(accessor.getReturnType(), type).wrap()).getTarget().invokeExact();
            return getter;
        } catch (Throwable e) {
            accessor.setAccessible(true);
            return instance -> {
                try {
                    return accessor.invoke(instance);
                } catch (ReflectiveOperationException failed) {
                    throw new IllegalStateException(failed);
                }
            };
        }
    }

    /**
     * The accessor this resolver reads attribute {@code name} of {@code instance} with, or null when it leaves the
     * attribute to Pebble's (see {@link QuickAttributes}).
     */
    static Function<Object, Object> getter(Object instance, String name) {
        return instance instanceof Record ? accessors(instance.getClass()).get(name) : null;
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeNameValue instanceof String name)
                || !(instance instanceof Record)) {
            return null;
        }
        Function<Object, Object> getter = accessors(instance.getClass()).get(name);
        if (getter == null) {
            return null;
        }
        try {
            return new ResolvedAttribute(getter.apply(instance));
        } catch (RuntimeException e) {
            return null; // an accessor that fails: Pebble's own resolver tries, and reports what fails
        }
    }
}

package newsgen.site;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private static Map<String, Method> accessors(Class<?> type) {
        Map<String, Method> accessors = ACCESSORS.get(type);
        if (accessors == null) {
            accessors = new HashMap<>();
            if (type.isRecord() && type.getName().startsWith("newsgen.")) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Method accessor = c.getAccessor();
                    if (Modifier.isPublic(accessor.getModifiers()) && !preferredByPebble(type, c.getName())) {
                        accessor.setAccessible(true);
                        accessors.put(c.getName(), accessor);
                    }
                }
            }
            ACCESSORS.put(type, accessors);
        }
        return accessors;
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
     * The accessor's arguments: none. Passed as this one array because {@code invoke(instance)} makes a new empty
     * array for every call, one for each attribute a template reads (0.09 GB of a cold build's allocations: 9.18
     * against 9.27 GB, 10,164 articles, gc log).
     */
    private static final Object[] NO_ARGUMENTS = new Object[0];

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeNameValue instanceof String name)
                || !(instance instanceof Record)) {
            return null;
        }
        Method accessor = accessors(instance.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute(accessor.invoke(instance, NO_ARGUMENTS));
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // Pebble's own resolver tries, and reports what fails
        }
    }
}

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
    private static final Map<Class<?>, Map<String, Function<Object, Object>>> ACCESSORS = new ConcurrentHashMap<>();

    private static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        Map<String, Function<Object, Object>> accessors = ACCESSORS.get(type);
        if (accessors == null) {
            accessors = new HashMap<>();
            if (type.isRecord() && type.getName().startsWith("newsgen.")) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Method accessor = c.getAccessor();
                    if (Modifier.isPublic(accessor.getModifiers()) && !preferredByPebble(type, c.getName())) {
                        accessors.put(c.getName(), getter(type, accessor));
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

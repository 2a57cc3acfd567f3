package newsgen.site;

import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.Node;
import io.pebbletemplates.pebble.node.RootNode;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.Pair;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Attributes and variables read more cheaply, with the same values. Each {@code a.title} of a template becomes a node
 * that remembers the record class it last read and that class's accessor ({@link RecordAttributes}), so the next
 * read of the same class is one class check and one call: Pebble's node made the name a string again, walked its
 * list of resolvers and made a result object, and the resolver looked the class up in a map, for each of the
 * ~10 million attributes a cold build's pages read (~13% of rendering, JFR, 10,164 articles). And the names a template
 * looks up (variables, loop variables, attribute names, macro parameters) are made the JVM's one copy of each
 * ({@link String#intern}), the copy the model's keys are: a scope's map then finds a name by identity, where it
 * compared the characters of two copies each time.
 *
 * <p>Only the node's resolution is remembered, never a value: an attribute of a record gen's resolver does not read
 * (another class, a map, a name with arguments), or one whose accessor fails, goes through Pebble's resolvers as
 * before, with the same errors. Nodes are replaced in the fields that hold them, found by reflection; a field that
 * cannot be written keeps Pebble's node, which gives the same value more slowly.
 */
final class QuickAttributes implements NodeVisitorFactory {
    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new Walker((PebbleTemplateImpl) template);
    }

    /**
     * Walks a template's nodes through their fields, not through Pebble's visitor (which does not reach every
     * expression: a test's or a filter's arguments, a pair's condition).
     */
    private static final class Walker extends AbstractNodeVisitor {
        private final Map<Object, Boolean> seen = new IdentityHashMap<>();

        Walker(PebbleTemplateImpl template) {
            super(template);
        }

        @Override
        public void visit(RootNode root) {
            walk(root);
        }

        private void walk(Object node) {
            if (node == null || seen.put(node, Boolean.TRUE) != null) {
                return;
            }
            for (Class<?> c = node.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (!ours(c)) {
                    continue;
                }
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    Object value = read(f, node);
                    if (value instanceof String s && names(node, f)) {
                        String interned = s.intern();
                        if (interned != s) {
                            write(f, node, interned);
                        }
                    } else if (value instanceof Node || value instanceof Pair) {
                        Object quick = quick(value);
                        if (quick != value && write(f, node, quick)) {
                            value = quick;
                        }
                        walk(value);
                    } else if (value instanceof List<?> list) {
                        walkList(list);
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void walkList(List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (!(item instanceof Node) && !(item instanceof Pair)) {
                    continue;
                }
                Object quick = quick(item);
                if (quick != item) {
                    try {
                        items.set(i, quick);
                        item = quick;
                    } catch (UnsupportedOperationException e) {
                        // a list that cannot be changed keeps Pebble's node
                    }
                }
                walk(item);
            }
        }
    }

    /** Classes whose fields are walked: Pebble's nodes and pairs, and gen's own nodes. */
    private static boolean ours(Class<?> c) {
        String name = c.getName();
        return name.startsWith("io.pebbletemplates.pebble.node.") || c == Pair.class || name.startsWith("newsgen.site.");
    }

    /** Whether a string field of a node is a name a template looks up or defines (never printed text). */
    private static boolean names(Object node, Field f) {
        return node instanceof ContextVariableExpression && f.getName().equals("name")
                || node instanceof LiteralStringExpression && f.getName().equals("value")
                || node instanceof io.pebbletemplates.pebble.node.ForNode && f.getName().equals("variableName")
                || node instanceof io.pebbletemplates.pebble.node.NamedArgumentNode && f.getName().equals("name")
                || node instanceof io.pebbletemplates.pebble.node.SetNode && f.getName().equals("name");
    }

    /** The node to evaluate instead: a plain attribute read by a literal name, without arguments, made quick. */
    private static Object quick(Object node) {
        if (node.getClass() == GetAttributeExpression.class) {
            GetAttributeExpression e = (GetAttributeExpression) node;
            if (e.getArgumentsNode() == null && e.getAttributeNameExpression() instanceof LiteralStringExpression literal
                    && literal.getValue() != null) {
                Object filename = read(FILENAME, e);
                if (FILENAME == null || filename == UNREADABLE) {
                    return node;
                }
                return new Attribute(e.getNode(), literal, (String) filename, e.getLineNumber());
            }
        }
        return node;
    }

    private static final Object UNREADABLE = new Object();
    private static final Field FILENAME = field(GetAttributeExpression.class, "filename");

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Object read(Field f, Object node) {
        if (f == null) {
            return UNREADABLE;
        }
        try {
            f.setAccessible(true);
            return f.get(node);
        } catch (RuntimeException | IllegalAccessException e) {
            return UNREADABLE;
        }
    }

    private static boolean write(Field f, Object node, Object value) {
        try {
            f.setAccessible(true);
            f.set(node, value);
            return f.get(node) == value;
        } catch (RuntimeException | IllegalAccessException e) {
            return false;
        }
    }

    /**
     * {@code x.name}: Pebble's attribute node with the accessor of the last record class it read remembered. Still a
     * {@link GetAttributeExpression}, so what looks at a node's kind (MacroPrints, a debugging printer) sees one.
     */
    static final class Attribute extends GetAttributeExpression {
        private final Expression<?> object;
        private final String name;
        private final String filename;
        private final int line;
        /** The record class last read and its accessor, replaced whole (racily: either pair is right). */
        private Site site;

        private record Site(Class<?> type, Function<Object, Object> getter) {
        }

        Attribute(Expression<?> object, LiteralStringExpression name, String filename, int line) {
            super(object, name, null, filename, line);
            this.object = object;
            this.name = name.getValue().intern();
            this.filename = filename;
            this.line = line;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object instance = object.evaluate(self, context);
            if (instance != null) {
                Site s = site;
                Class<?> type = instance.getClass();
                if (s == null || s.type != type) {
                    Function<Object, Object> getter = RecordAttributes.getter(instance, name);
                    s = getter == null ? null : new Site(type, getter);
                    if (s != null) {
                        site = s;
                    }
                }
                if (s != null) {
                    try {
                        return s.getter.apply(instance);
                    } catch (RuntimeException e) {
                        // an accessor that fails: Pebble's resolvers try, and report what fails
                    }
                }
            }
            return resolved(instance, context);
        }

        /** What Pebble's attribute node (3.2.2) does once it has the object: its resolvers in turn, its errors. */
        private Object resolved(Object instance, EvaluationContextImpl context) {
            if (instance == null && context.isStrictVariables()) {
                if (object instanceof ContextVariableExpression variable) {
                    String root = variable.getName();
                    throw new RootAttributeNotFoundException(null, String.format(
                            "Root attribute [%s] does not exist or can not be accessed and strict variables is set to true.",
                            root), root, line, filename);
                }
                throw new RootAttributeNotFoundException(null,
                        "Attempt to get attribute of null object and strict variables is set to true.", name, line, filename);
            }
            for (AttributeResolver resolver : context.getExtensionRegistry().getAttributeResolver()) {
                ResolvedAttribute resolved = resolver.resolve(instance, name, null, null, context, filename, line);
                if (resolved != null) {
                    return resolved.evaluatedValue;
                }
            }
            if (context.isStrictVariables()) {
                throw new AttributeNotFoundException(null, String.format(
                        "Attribute [%s] of [%s] does not exist or can not be accessed and strict variables is set to true.",
                        name, instance != null ? instance.getClass().getName() : null), name, line, filename);
            }
            return null;
        }
    }
}

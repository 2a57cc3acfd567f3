package newsgen.site;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Macro;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.template.ScopeChain;
import io.pebbletemplates.pebble.tokenParser.MacroTokenParser;
import io.pebbletemplates.pebble.utils.LimitedSizeWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble's {@code {% macro %}} tag, giving the same text more cheaply. Macros were about a quarter of rendering the
 * 10,164-article site (JFR): every call rendered its body again into a new {@link java.io.StringWriter}, whose
 * buffer takes a lock on every write and grows from 16 characters, although most calls repeat one made before: an
 * entity is linked with the same name, href and root on every page that names it, an article cited the same way
 * under each of its quotes.
 *
 * <p>Why a call may be answered from memory: a macro's body sees only its arguments and the engine's global
 * variables (Pebble puts a local scope under them, and lookups stop there), and the engine, its locale and the
 * templates do not change during a build. So two calls of the same macro from the same template, with arguments
 * that are the same immutable values, give the same text. A call is remembered only when every argument is such a
 * value: null, a string, a boxed number, character or boolean (compared by value), or a {@link SharedView} (made
 * once a build and immutable; compared by identity). Anything else (a pager, a list) is rendered each time, as are
 * calls that fail, so errors read as before. A user's macros, in a template of their own, are treated the same way.
 */
final class QuickMacros extends MacroTokenParser {
    /** Calls remembered per macro at most, so an odd site cannot fill the heap: ~250 bytes each, ~16 MB. */
    private static final int KEPT = 1 << 16;

    @Override
    public RenderableNode parse(Token token, Parser parser) throws ParserException {
        MacroNode node = (MacroNode) super.parse(token, parser);
        return new Node(node.getName(), node.getArgs(), node.getBody());
    }

    /** A macro node whose macro is {@link Quick}; everything else is Pebble's node. */
    private static final class Node extends MacroNode {
        private final Macro macro;

        Node(String name, ArgumentsNode args, BodyNode body) {
            super(name, args, body);
            this.macro = new Quick(this);
        }

        @Override
        public Macro getMacro() {
            return macro;
        }
    }

    /** The macro of one {@code {% macro %}} tag: Pebble's way of rendering it, into a plain builder, remembered. */
    private static final class Quick implements Macro {
        private final MacroNode node;
        private final List<String> names;
        private final Map<Call, Remembered> calls = new ConcurrentHashMap<>();
        /**
         * The length of this macro's last text: the next call's builder starts that big. Grown from a fixed size,
         * the builders' copies were ~0.2 GB of a cold build's allocations (10,164 articles, JFR). Racy on purpose: any
         * value read is a size, never the text.
         */
        private int lastLength = 160;

        Quick(MacroNode node) {
            this.node = node;
            List<String> names = new ArrayList<>();
            for (NamedArgumentNode arg : node.getArgs().getNamedArgs()) {
                names.add(arg.getName().intern()); // the names QuickAttributes makes the template's
            }
            this.names = List.copyOf(names);
        }

        @Override
        public List<String> getArgumentNames() {
            return names;
        }

        @Override
        public String getName() {
            return node.getName();
        }

        @Override
        public String call(PebbleTemplateImpl self, EvaluationContextImpl context, Map<String, Object> args) {
            Answers answers = ANSWERS.get();
            Writer print = answers.print;
            if (print != null && node.getName().equals(answers.printed)) {
                answers.print = null; // this call is the one the print waits for; the body's own prints ask again
            } else {
                print = null;
            }
            Call probe = answers.probe;
            if (!probe.fill(self, names, args)) {
                if (print != null) {
                    // Not kept, so not needed as a string: the body goes straight where the print would have put it.
                    render(print, self, context, args);
                    answers.last = null;
                    return "";
                }
                String text = render(self, context, args);
                answers.last = null; // after the body, whose own calls set it
                return text;
            }
            Remembered remembered = calls.get(probe);
            if (remembered == null) {
                Call call = probe.copy(); // before the body, whose own calls fill the probe again
                String text = render(self, context, args);
                if (calls.size() >= KEPT) {
                    answers.last = null;
                    return text;
                }
                remembered = new Remembered(text);
                Remembered before = calls.putIfAbsent(call, remembered);
                if (before != null) {
                    remembered = before; // the same text, rendered on another thread meanwhile
                }
            }
            answers.last = remembered;
            return remembered.text;
        }

        /** What Pebble's own macro does (MacroNode, 3.2.2), step for step, into an unsynchronised builder. */
        private String render(PebbleTemplateImpl self, EvaluationContextImpl context, Map<String, Object> args) {
            Text text = new Text(lastLength);
            render(text, self, context, args);
            String written = text.toString();
            lastLength = Math.max(16, written.length() + 16);
            return written;
        }

        /** The body, rendered as Pebble's own macro renders it, into {@code out}. */
        private void render(Writer out, PebbleTemplateImpl self, EvaluationContextImpl context, Map<String, Object> args) {
            Writer writer = LimitedSizeWriter.from(out, context);
            ScopeChain scopes = context.getScopeChain();
            scopes.pushLocalScope();
            context.getExtensionRegistry().getGlobalVariables().forEach(scopes::put);
            for (NamedArgumentNode arg : node.getArgs().getNamedArgs()) {
                Expression<?> value = arg.getValueExpression();
                scopes.put(arg.getName(), value == null ? null : value.evaluate(self, context));
            }
            scopes.pushScope(args);
            try {
                node.getBody().render(self, writer, context);
            } catch (IOException e) {
                throw new RuntimeException("Could not evaluate macro [" + node.getName() + "]", e);
            }
            scopes.popScope();
            scopes.popScope();
        }
    }

    /** Each thread's {@link Answers}. */
    private static final ThreadLocal<Answers> ANSWERS = ThreadLocal.withInitial(Answers::new);

    /** This thread's {@link Answers}; they stay the thread's. */
    static Answers answers() {
        return ANSWERS.get();
    }

    /**
     * What a thread's macro calls tell the prints around them, and are told. Kept per thread because a call and its
     * print run on one.
     */
    static final class Answers {
        /**
         * The last answer from memory, or null when the last call was rendered and not kept: what a page prints right
         * after a call ({@code {{ cite(q.article, root) }}}) is that answer's text, the same string, so the page's
         * bytes can copy its encoding ({@link PageBytes}).
         */
        Remembered last;
        /**
         * Where a print of a macro call puts its text ({@link MacroPrints}), while it evaluates the call, and the
         * macro's name as the print calls it: a call of that name that is not kept renders its body there and answers
         * an empty text, which the print then writes. Null when no such print waits.
         */
        Writer print;
        String printed;
        /**
         * The call being looked up, filled in place for each call: a new call and array for each of the ~1 million
         * calls of a cold build was most of what its lookup allocated. Only a copy goes into a memory.
         */
        final Call probe = new Call();
    }

    /**
     * A remembered call's text and, once a page has printed it, the text's UTF-8 bytes as that page encoded them: an
     * article's line is printed on the page of each entity it names, a citation under each of its quotes, and
     * encoding the same characters again on every page was most of what printing them cost.
     */
    static final class Remembered {
        final String text;
        /** Written once by whichever page prints the text first; a page reading null encodes the text itself. */
        volatile byte[] utf8;

        Remembered(String text) {
            this.text = text;
        }
    }

    /** One call's template and arguments, in the macro's order of parameters. */
    private static final class Call {
        private PebbleTemplateImpl self;
        private Object[] values;
        /** How many of {@link #values} are this call's: a thread's probe keeps a longer array from call to call. */
        private int count;
        private int hash;

        private Call() {
            this.values = new Object[4];
        }

        private Call(PebbleTemplateImpl self, Object[] values, int hash) {
            this.self = self;
            this.values = values;
            this.count = values.length;
            this.hash = hash;
        }

        /** An unchanging copy of this call, to be kept. */
        Call copy() {
            return new Call(self, java.util.Arrays.copyOf(values, count), hash);
        }

        /**
         * Makes this the call, and says so, or says it is not one that can be remembered (an argument is not a value
         * that can be, or is not a parameter).
         */
        boolean fill(PebbleTemplateImpl self, List<String> names, Map<String, Object> args) {
            if (args.size() > names.size()) {
                return false;
            }
            int n = names.size();
            if (values.length < n) {
                values = new Object[n];
            }
            int hash = System.identityHashCode(self);
            int given = 0;
            for (int i = 0; i < n; i++) {
                String name = names.get(i);
                Object value = args.get(name);
                if (value != null) {
                    given++;
                } else if (args.containsKey(name)) {
                    given++;
                    value = Absent.NULL; // given as null: not the same call as one that leaves it out
                }
                int h;
                if (value == null || value == Absent.NULL) {
                    h = value == null ? 0 : 1;
                } else if (isPlainValue(value)) {
                    h = value.hashCode();
                } else if (value instanceof SharedView) {
                    h = System.identityHashCode(value);
                } else {
                    return false;
                }
                values[i] = value;
                hash = 31 * hash + h;
            }
            if (given != args.size()) {
                return false;
            }
            this.self = self;
            this.count = n;
            this.hash = hash;
            return true;
        }

        private static boolean isPlainValue(Object value) {
            return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
                    || value instanceof Character || value instanceof Short || value instanceof Byte
                    || value instanceof Double || value instanceof Float;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Call other) || other.hash != hash || other.self != self || other.count != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                Object a = values[i];
                Object b = other.values[i];
                if (a == b) {
                    continue;
                }
                // Plain values by value (a String and an Integer never equal); shared views only by identity.
                if (a == null || b == null || a instanceof SharedView || !a.equals(b)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An argument given as null. */
    private enum Absent {
        NULL
    }

    /**
     * A macro's text: a {@link StringBuilder}, printing values as Pebble's adapter over a {@code StringWriter} does
     * (the writer Pebble's own macro renders into), so the text is the same.
     */
    private static final class Text extends BuilderWriter implements SpecializedWriter {
        Text(int capacity) {
            super(new StringBuilder(capacity));
        }

        @Override
        public void writeSpecialized(int i) {
            text.append(i);
        }

        @Override
        public void writeSpecialized(long l) {
            text.append(l);
        }

        @Override
        public void writeSpecialized(double d) {
            text.append(d);
        }

        @Override
        public void writeSpecialized(float f) {
            text.append(f);
        }

        @Override
        public void writeSpecialized(short s) {
            text.append((int) s);
        }

        @Override
        public void writeSpecialized(byte b) {
            text.append((int) b);
        }

        @Override
        public void writeSpecialized(char c) {
            text.append(c);
        }

        @Override
        public void writeSpecialized(String s) {
            text.append(s);
        }
    }
}

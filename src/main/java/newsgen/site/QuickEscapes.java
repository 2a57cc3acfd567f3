package newsgen.site;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.StringUtils;

import java.util.List;

/**
 * Prints an autoescaped value straight through {@link HtmlEscaping}: the same text, without Pebble's filter call
 * around it. Autoescaping wraps every {@code {{ value }}} in an {@code escape} filter with the strategy "html", and
 * each call made a map of its one argument, looked the filter and the strategy up by name and wrapped the result in
 * a new {@link SafeString}, for every value of every page (~10% of rendering, JFR, 10,164 articles).
 *
 * <p>Only that exact wrapping is replaced: a print whose whole expression is the escape filter, with no argument (the
 * default strategy, "html", as {@link PageRenderer} leaves it) or only the literal strategy "html" (gen's
 * {@link HtmlEscaping}). A value that is already safe
 * (a macro's text, {@code | raw}) prints as it is and null prints nothing, as with the filter. Runs after Pebble's
 * escaper, whose visitor adds the filter: the engine applies its extensions' visitors in order, Pebble's first.
 */
final class QuickEscapes implements NodeVisitorFactory {
    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(PrintNode node) {
                Expression<?> value = escaped(node.getExpression());
                if (value != null) {
                    node.setExpression(new Escaped(value));
                }
                super.visit(node);
            }
        };
    }

    /** What the escape filter of a print is applied to, or null when the print is not exactly that. */
    private static Expression<?> escaped(Expression<?> expression) {
        if (!(expression instanceof FilterExpression filter)
                || !(filter.getRightExpression() instanceof FilterInvocationExpression call)
                || !"escape".equals(call.getFilterName())) {
            return null;
        }
        ArgumentsNode args = call.getArgs();
        List<PositionalArgumentNode> positional = args == null ? null : args.getPositionalArgs();
        List<NamedArgumentNode> named = args == null ? null : args.getNamedArgs();
        if (positional != null && !positional.isEmpty()) {
            return null;
        }
        if (named == null || named.isEmpty()) {
            // Outside any {% autoescape %} tag: the filter's default strategy, which PageRenderer leaves at "html".
            return filter.getLeftExpression();
        }
        if (named.size() != 1) {
            return null;
        }
        NamedArgumentNode strategy = named.get(0);
        if (!"strategy".equals(strategy.getName()) || !(strategy.getValueExpression() instanceof LiteralStringExpression literal)
                || !"html".equals(literal.getValue())) {
            return null;
        }
        return filter.getLeftExpression();
    }

    /**
     * A printed value's text, to be escaped as the "html" strategy escapes it when it is written: a page's bytes
     * ({@link PageBytes}) escape it as they encode it; any other writer is given its text escaped, by toString, as
     * Pebble writes a value it does not know.
     */
    record Unescaped(String text) {
        @Override
        public String toString() {
            return HtmlEscaping.escape(text);
        }
    }

    /** A value escaped as the "html" strategy escapes it (see {@link Unescaped}). */
    record Escaped(Expression<?> value) implements Expression<Object> {
        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object v = value.evaluate(self, context);
            if (v == null || v instanceof SafeString) {
                return v;
            }
            // A string is its own text (StringUtils.toString calls its toString): most printed values are strings,
            // and the call and its dispatch on the value's class were ~4% of rendering (JFR, 10,164 articles).
            return new Unescaped(v instanceof String s ? s : StringUtils.toString(v));
        }

        @Override
        public int getLineNumber() {
            return value.getLineNumber();
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}

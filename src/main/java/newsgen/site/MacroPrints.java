package newsgen.site;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralBooleanExpression;
import io.pebbletemplates.pebble.node.expression.LiteralDoubleExpression;
import io.pebbletemplates.pebble.node.expression.LiteralIntegerExpression;
import io.pebbletemplates.pebble.node.expression.LiteralLongExpression;
import io.pebbletemplates.pebble.node.expression.LiteralNullExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.io.IOException;
import java.io.Writer;

/**
 * A print of a macro call ({@code {{ timelineItem(t, root) }}}) lets the macro render its body straight into the
 * print's writer when the call is not one {@link QuickMacros} keeps (its arguments hold a list, a pager, a page's
 * own view). Such a body was rendered into a builder, made a string, then copied out and encoded by the page: four
 * copies of each of its characters, ~70 M characters in the 10,164-article site (timelines, entity lists, cards).
 * The page gets the same characters in the same order: the body's pieces where the text would have gone, then the
 * call's empty answer.
 *
 * <p>Only a print whose whole expression is the call (autoescaped or not: a macro's text is safe either way) is
 * replaced, and only when the call's arguments are variables, attributes and literals, so nothing renders between
 * the print's start and the call. A call answers into the print only when its macro has the name the print calls
 * (see {@link QuickMacros.Answers#print}): a function of that name, or a macro imported under another, gives its
 * text as before. Nodes are replaced in place in their body's list of children, with a subclass of Pebble's print,
 * which a child template skips as it skips a print.
 */
final class MacroPrints implements NodeVisitorFactory {
    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new ChildReplacer((PebbleTemplateImpl) template) {
            @Override
            RenderableNode replace(RenderableNode child) {
                String name = child.getClass() == PrintNode.class ? printedCall(((PrintNode) child).getExpression()) : null;
                return name == null ? child : new Print((PrintNode) child, name);
            }
        };
    }

    /** The name of the macro a print's whole expression calls with plain arguments, or null. */
    private static String printedCall(Expression<?> expression) {
        Expression<?> value = expression instanceof QuickEscapes.Escaped escaped ? escaped.value() : expression;
        if (!(value instanceof FunctionOrMacroInvocationExpression call)) {
            return null;
        }
        String name = call.getFunctionName();
        ArgumentsNode args = call.getArguments();
        if (args != null) {
            if (args.getPositionalArgs() != null) {
                for (PositionalArgumentNode arg : args.getPositionalArgs()) {
                    if (!plain(arg.getValueExpression(), name)) {
                        return null;
                    }
                }
            }
            if (args.getNamedArgs() != null) {
                for (NamedArgumentNode arg : args.getNamedArgs()) {
                    if (!plain(arg.getValueExpression(), name)) {
                        return null;
                    }
                }
            }
        }
        return name;
    }

    /**
     * Whether an argument is evaluated without calling anything that renders: a variable, a literal, or an attribute
     * of one read without arguments and not of the macro's own name (a template's macros are its attributes).
     */
    private static boolean plain(Expression<?> e, String name) {
        if (e == null || e instanceof ContextVariableExpression || e instanceof LiteralStringExpression
                || e instanceof LiteralIntegerExpression || e instanceof LiteralLongExpression
                || e instanceof LiteralDoubleExpression || e instanceof LiteralBooleanExpression
                || e instanceof LiteralNullExpression) {
            return true;
        }
        return e instanceof GetAttributeExpression attribute && attribute.getArgumentsNode() == null
                && attribute.getAttributeNameExpression() instanceof LiteralStringExpression literal
                && !name.equals(literal.getValue()) && plain(attribute.getNode(), name);
    }

    /** A print that offers its writer to the macro it calls while it evaluates the call. */
    private static final class Print extends PrintNode {
        private final String name;

        Print(PrintNode print, String name) {
            super(print.getExpression(), print.getLineNumber());
            this.name = name;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            QuickMacros.Answers answers = QuickMacros.answers();
            answers.print = writer;
            answers.printed = name;
            try {
                super.render(self, writer, context);
            } finally {
                answers.print = null;
            }
        }
    }
}

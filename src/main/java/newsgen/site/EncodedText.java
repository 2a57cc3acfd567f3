package newsgen.site;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A template's literal text, encoded to UTF-8 once when the template is compiled: a page written to a file
 * ({@link PageBytes}) takes the bytes as they are. Pebble's text node writes its characters, which were copied into
 * a new string and encoded again on every page, for every piece of markup between two tags (a page has dozens).
 * Any other writer (a macro's text, {@code gen serve}'s pages) gets the characters as before.
 *
 * <p>The bytes are those {@link PageBytes} made of the same characters: the piece's {@code getBytes(UTF_8)}.
 * Only nodes of Pebble's own text class are replaced, in place in their body's list of children, and the new node is
 * of a class Pebble's inheritance check treats as it treats text (neither is rendered at the top of a child template).
 */
final class EncodedText implements NodeVisitorFactory {
    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new Replacer((PebbleTemplateImpl) template);
    }

    /** Replaces each text node of every body it visits. */
    private static final class Replacer extends ChildReplacer {
        Replacer(PebbleTemplateImpl template) {
            super(template);
        }

        @Override
        RenderableNode replace(RenderableNode child) {
            return child.getClass() == TextNode.class ? new Encoded((TextNode) child) : child;
        }
    }

    /** A text node that hands a page's bytes its encoding. */
    private static final class Encoded extends TextNode {
        private final byte[] utf8;

        Encoded(TextNode text) {
            super(new String(text.getData()), text.getLineNumber());
            this.utf8 = new String(text.getData()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            if (writer instanceof PageBytes page) {
                page.writeUtf8(utf8);
            } else {
                super.render(self, writer, context);
            }
        }
    }
}

package newsgen.site;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.util.ListIterator;

/**
 * A visitor that replaces some of the nodes of every body it visits, in place in the body's list of children (Pebble
 * gives nodes no other way to be replaced). A body whose list cannot be changed keeps Pebble's nodes, which render
 * the same text, only more slowly.
 */
abstract class ChildReplacer extends AbstractNodeVisitor {
    ChildReplacer(PebbleTemplateImpl template) {
        super(template);
    }

    /** The node to render instead of this child, or the child itself. */
    abstract RenderableNode replace(RenderableNode child);

    @Override
    public void visit(BodyNode body) {
        try {
            for (ListIterator<RenderableNode> it = body.getChildren().listIterator(); it.hasNext(); ) {
                RenderableNode child = it.next();
                RenderableNode replaced = replace(child);
                if (replaced != child) {
                    it.set(replaced);
                }
            }
        } catch (UnsupportedOperationException e) {
            // a body whose children cannot be replaced keeps Pebble's nodes
        }
        super.visit(body);
    }
}

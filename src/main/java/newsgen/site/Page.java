package newsgen.site;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page the site will hold: where it goes, which template draws it, and what the template is given.
 * The model is made only when the page is rendered, so a large archive never holds every page's model at once.
 *
 * @param path    site-relative output path with forward slashes ("people/assimi-goita.html")
 * @param content makes the page's model; {@code root} and {@code path} are added when rendering
 * @param inputs  makes a small value that determines the page's model ({@link PageInputs}), so the ledger can tell an
 *                unchanged page without making its model; null (or a supplier giving null) when there is none
 */
public record Page(String path, String template, Supplier<? extends PageModel> content, Supplier<?> inputs) {

    public Page(String path, String template, Supplier<? extends PageModel> content) {
        this(path, template, content, null);
    }

    Page(String path, String template, PageModel model) {
        this(path, template, () -> model);
    }

    /** The template's variables, made now. */
    public Map<String, Object> model() {
        return content.get().variables();
    }
}

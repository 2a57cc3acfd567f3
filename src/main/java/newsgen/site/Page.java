package newsgen.site;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page the site will hold: where it goes, which template draws it, and what the template is given.
 * The model is made only when the page is rendered, so a large archive never holds every page's model at once.
 *
 * @param path    site-relative output path with forward slashes ("people/assimi-goita.html")
 * @param content makes the page's model; {@code root} and {@code path} are added when rendering
 */
public record Page(String path, String template, Supplier<? extends PageModel> content) {

    Page(String path, String template, PageModel model) {
        this(path, template, () -> model);
    }

    /** The template's variables, made now. */
    public Map<String, Object> model() {
        return content.get().variables();
    }
}

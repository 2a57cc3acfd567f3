package newsgen.site;

import java.util.Map;

/**
 * One page the site will hold: where it goes, which template draws it, and what the template is given.
 *
 * @param path  site-relative output path with forward slashes ("people/assimi-goita.html")
 * @param model the template's variables; {@code root} and {@code page} are added when rendering
 */
public record Page(String path, String template, Map<String, Object> model) {
    public Page {
        model = Map.copyOf(model);
    }
}

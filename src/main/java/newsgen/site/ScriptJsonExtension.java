package newsgen.site;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * Gives templates the {@code json} filter: {@code <script type="application/ld+json">{{ data | json }}</script>}
 * writes the value as JSON that cannot end the script element (see {@link ScriptJson}).
 */
final class ScriptJsonExtension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("json", new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return new SafeString(ScriptJson.of(input));
            }
        });
    }
}

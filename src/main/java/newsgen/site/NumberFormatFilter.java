package newsgen.site;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pebble's {@code numberformat} filter, writing exactly what Pebble's writes, with each thread's formats made once
 * per pattern and language. Pebble's made a {@code DecimalFormat} and its symbols (a locale lookup) for every number
 * a page prints: a list of 50 people printed 150 of them.
 */
final class NumberFormatFilter implements Filter {
    private static final String FORMAT = "format";
    /** A thread's formats by pattern (null for the language's default) and language: formats are not thread-safe. */
    private static final ThreadLocal<Map<List<Object>, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);
    /** More patterns than any set of templates holds: a template making patterns on the fly is not cached past it. */
    private static final int KEPT = 256;

    @Override
    public List<String> getArgumentNames() {
        return List.of(FORMAT);
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line)
            throws PebbleException {
        if (input == null) {
            return null;
        }
        if (!(input instanceof Number number)) {
            throw new PebbleException(null, "The input for the 'NumberFormat' filter has to be a number.", line, self.getName());
        }
        Locale locale = context.getLocale();
        Object pattern = args.get(FORMAT);
        List<Object> key = java.util.Arrays.asList(pattern, locale);
        Map<List<Object>, NumberFormat> formats = FORMATS.get();
        NumberFormat format = formats.get(key);
        if (format == null) {
            format = pattern != null ? new DecimalFormat((String) pattern, new DecimalFormatSymbols(locale))
                    : NumberFormat.getInstance(locale);
            if (formats.size() < KEPT) {
                formats.put(key, format);
            }
        }
        return format.format(number);
    }
}

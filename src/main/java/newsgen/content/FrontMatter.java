package newsgen.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import newsgen.model.Problem;
import newsgen.model.ProblemException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block between {@code ---} lines at the top of an article, split from the body and checked field by field.
 *
 * @param fields    the parsed fields, empty when the article has no front matter
 * @param bodyStart the 1-based line of the file where the body starts
 * @param text      the whole text, front matter and body
 * @param bodyFrom  the offset in {@code text} where the body starts
 */
record FrontMatter(Map<String, Object> fields, int bodyStart, String text, int bodyFrom, String file, List<String> lines) {
    /**
     * The YAML parser, made on first use: front matter as simple as {@link #SIMPLE_FIELD}'s (all of the benchmark
     * corpus) never needs it, and making it was ~1.5% of {@code gen extract}'s CPU (JFR).
     */
    private static final class Yaml {
        /** Strict about keys given twice: the second would silently win. */
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * A field as most front matter writes it, read here as the YAML parser reads it: a lower-case key, then a
     * double-quoted string without escapes or quotes, or a plain ISO date (which YAML gives as that string). Parsing
     * three such lines with the YAML parser was ~4% of {@code gen extract}'s CPU (JFR).
     */
    private static final Pattern SIMPLE_FIELD = Pattern.compile("([a-z][a-z0-9_]*): (?:\"([^\"\\\\]*)\"|(\\d{4}-\\d{2}-\\d{2}))");
    /** Keys YAML 1.1 may read as booleans or null rather than as text. */
    private static final Set<String> TYPED_KEYS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    /** The fence that opens and closes front matter. */
    private static final Pattern FENCE = Pattern.compile("---\\s*");
    /** A line that closes front matter: the opening fence again, or YAML's document end. */
    private static final Pattern CLOSE = Pattern.compile("(?:---|\\.\\.\\.)\\s*");
    /** Date forms an author may write besides ISO. */
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));
    /** An ISO date-time; its date part is the publication date. */
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    /** Splits and parses; a file without a leading {@code ---} line has no front matter. */
    static FrontMatter parse(String file, String text) {
        // Only the front matter is cut into lines (as String.lines cuts them): the body, most of the text, was cut
        // into a string a line and joined again, for the same characters.
        List<String> lines = new ArrayList<>();
        int close = -1;
        int at = 0;
        while (at < text.length() && close < 0) {
            int end = at;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lines.add(text.substring(at, end));
            at = end + (text.startsWith("\r\n", end) ? 2 : 1);
            if (lines.size() == 1 && !FENCE.matcher(lines.get(0)).matches()) {
                return new FrontMatter(Map.of(), 1, text, 0, file, List.of());
            }
            if (lines.size() > 1 && CLOSE.matcher(lines.get(lines.size() - 1)).matches()) {
                close = lines.size() - 1;
            }
        }
        if (lines.isEmpty()) {
            return new FrontMatter(Map.of(), 1, text, 0, file, List.of());
        }
        if (close < 0) {
            throw new ProblemException(new Problem(file, 1, "front matter opened with --- is never closed"));
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!yaml.isBlank()) {
            Object parsed = simple(lines.subList(1, close));
            try {
                if (parsed == null) {
                    parsed = Yaml.MAPPER.readValue(yaml, Object.class);
                }
            } catch (JsonProcessingException e) {
                throw new ProblemException(yamlProblem(file, e));
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new ProblemException(new Problem(file, 2, "front matter must be YAML fields (key: value)"));
            }
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        }
        return new FrontMatter(fields, close + 2, text, at, file, List.copyOf(lines));
    }

    /**
     * The text after the front matter, its line breaks line feeds, without the last one; the whole text as it is when
     * there is no front matter.
     */
    String body() {
        return bodyFrom == 0 ? text : body(text, bodyFrom);
    }

    /**
     * The characters of {@link #body()}, for a text whose line breaks are all line feeds ({@code ArticleLoader}'s,
     * decoded): copied from the text at once. Why: the body cut out as a string, then copied again into an array,
     * and a scan for carriage returns that the decoding had already replaced, were ~1.3% of {@code gen extract}'s CPU
     * (JFR, 10,164 articles).
     */
    char[] bodyChars() {
        int from = bodyFrom;
        int end = text.length();
        if (from > 0 && from < end && text.charAt(end - 1) == '\n') {
            end--; // as body() drops the last line feed
        }
        char[] chars = new char[Math.max(0, end - from)];
        if (from < end) {
            text.getChars(from, end, chars, 0);
        }
        return chars;
    }

    /** The text's lines from {@code from} on, joined by line feeds, as {@code String.join("\n", rest.lines())} joins them. */
    static String body(String text, int from) {
        if (from >= text.length()) {
            return "";
        }
        if (text.indexOf('\r', from) >= 0) {
            return String.join("\n", text.substring(from).lines().toList());
        }
        return text.substring(from, text.endsWith("\n") ? text.length() - 1 : text.length());
    }

    /** The fields when every line is a {@link #SIMPLE_FIELD} and no key comes twice, else null (for the YAML parser). */
    static Map<String, Object> simple(List<String> lines) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = SIMPLE_FIELD.matcher(line);
            if (!m.matches() || TYPED_KEYS.contains(m.group(1))) {
                return null;
            }
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                // what YAML allows unescaped in a quoted string, surrogates and the byte-order mark left to it
                if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0xd800 && c < 0xe000 || c >= 0xfeff) {
                    return null;
                }
            }
            if (fields.put(m.group(1), value) != null) {
                return null;
            }
        }
        return fields;
    }

    /**
     * The YAML parser's complaint on one line, at the line of the file (not of the YAML block) where it found
     * the problem. SnakeYAML counts lines from 0 within the block; the block starts on the file's line 2.
     */
    private static Problem yamlProblem(String file, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String what = marked.getProblem();
                if (marked.getContext() != null && marked.getContextMark() != null) {
                    what += " (" + marked.getContext() + " started on line " + (marked.getContextMark().getLine() + 2) + ")";
                }
                return new Problem(file, marked.getProblemMark().getLine() + 2, "broken YAML front matter: " + oneLine(what));
            }
        }
        int line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? 1 : e.getLocation().getLineNr() + 1;
        return new Problem(file, line, "broken YAML front matter: " + oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /** A text field, or null when absent; a list or map where text belongs is an error. */
    String text(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw problem(name, "'" + name + "' must be text, not a " + (value instanceof Map ? "map" : "list"));
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        var dateTime = ISO_DATE_TIME.matcher(s);
        String candidate = dateTime.matches() ? dateTime.group(1) : s;
        LocalDate plain = isoDate(candidate);
        if (plain != null) {
            return plain;
        }
        for (DateTimeFormatter form : DATE_FORMS) {
            try {
                return LocalDate.parse(candidate, form);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        throw problem(name, "'" + name + "' is not a date: '" + s + "' (write it as YYYY-MM-DD)");
    }

    /**
     * The date of a text of the form YYYY-MM-DD, the form almost every article's date has, read by hand; null for
     * any other text or a day that does not exist, left to the formats. What {@code ISO_LOCAL_DATE} reads the same,
     * without its parse context and field maps (~1% of the bytes {@code gen extract} allocated, JFR).
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10) {
            return null;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i == 4 || i == 7) {
                if (c != '-') {
                    return null;
                }
            } else if (c < '0' || c > '9') {
                return null;
            } else if (i < 4) {
                year = year * 10 + (c - '0');
            } else if (i < 7) {
                month = month * 10 + (c - '0');
            } else {
                day = day * 10 + (c - '0');
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** A problem located on the line that sets the field. */
    ProblemException problem(String name, String message) {
        return new ProblemException(new Problem(file, lineOf(name), message));
    }

    int lineOf(String name) {
        Pattern key = Pattern.compile("\\s*['\"]?" + Pattern.quote(name) + "['\"]?\\s*:.*");
        for (int i = 0; i < lines.size(); i++) {
            if (key.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 1;
    }
}

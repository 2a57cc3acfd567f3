package newsgen.site;

/**
 * The escaping autoescape applies to every value a template prints: exactly what Pebble's own "html" strategy
 * (unbescape's {@code escapeHtml4Xml}) writes, {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;} and every
 * other character as it is, in a single pass over the text. Why not unbescape: it looks each character up in level
 * tables and takes the string's characters one by one through {@code charAt}, ~8% of rendering (JFR, 10,164
 * articles); most values need nothing escaped and are returned as they are.
 */
final class HtmlEscaping {
    private HtmlEscaping() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && !special(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
    }
}

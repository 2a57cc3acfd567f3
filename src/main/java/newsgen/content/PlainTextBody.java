package newsgen.content;

import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Paragraphs of a plain-text article: blocks between blank lines, or single lines when the file has no blank line. */
final class PlainTextBody {
    /** Runs of spaces and line breaks inside a paragraph. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainTextBody() {
    }

    static List<Paragraph> parse(String body, int firstLine) {
        List<String> lines = body.lines().toList();
        boolean blankSeparated = lines.stream().anyMatch(String::isBlank);
        List<int[]> spans = new ArrayList<>(); // [start line index, end line index exclusive]
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean end = i == lines.size() || lines.get(i).isBlank();
            if (!end && start < 0) {
                start = i;
            }
            if (start >= 0 && (end || !blankSeparated)) {
                spans.add(new int[]{start, end ? i : i + 1});
                start = -1;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>(spans.size());
        for (int p = 0; p < spans.size(); p++) {
            int[] span = spans.get(p);
            String text = SPACES.matcher(String.join(" ", lines.subList(span[0], span[1]))).replaceAll(" ").strip();
            ParagraphKind kind = ParagraphClassifier.classify(text, p == 0, p == spans.size() - 1 && p > 0);
            paragraphs.add(new Paragraph(p + 1, kind, text, Html.escape(text), firstLine + span[0]));
        }
        return paragraphs;
    }
}

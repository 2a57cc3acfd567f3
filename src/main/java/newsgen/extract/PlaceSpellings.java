package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text's own spellings of the places {@link PlaceFinder} found ("Calif.", "Kiev", "Burma"), kept as each place's
 * aliases beside the gazetteer's standard name.
 */
final class PlaceSpellings {
    private PlaceSpellings() {
    }

    /**
     * Rule "place as written": the text's spellings of each place that differ from its standard name other than in
     * case ("Calif." and "Calif" of California, "Kiev" of Kyiv, "Burma" of Myanmar), first seen first. The record names
     * the place by the gazetteer's name (one archive page for every spelling); these keep what the article wrote.
     */
    static Map<String, List<String>> of(List<PlaceFinder.Seen> seen, Map<String, Gazetteer.Entry> entries) {
        Map<String, List<String>> out = new HashMap<>();
        for (PlaceFinder.Seen f : seen) {
            String name = entries.get(f.id()).name();
            String surface = dotted(f.para(), f.match());
            if (surface.isEmpty() || surface.equalsIgnoreCase(name)) {
                continue;
            }
            List<String> list = out.computeIfAbsent(f.id(), k -> new ArrayList<>(2));
            int same = -1;
            for (int i = 0; i < list.size() && same < 0; i++) {
                same = list.get(i).equalsIgnoreCase(surface) ? i : -1;
            }
            if (same < 0) {
                list.add(surface);
            } else if (allCapitals(list.get(same)) && !allCapitals(surface)) {
                list.set(same, surface); // rule "dateline's capitals": "REDDING, CALIF." then "Calif." keeps "Calif."
            }
        }
        return out;
    }

    /** Whether a spelling is written in capitals only, as a dateline writes it ("CALIF."). */
    private static boolean allCapitals(String s) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** Initials with dots between ("U.S.A"): the sentence's end takes their last dot from the token. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+");

    /**
     * The match as written, with the dot of a one-word abbreviation the gazetteer lists with its dot, which the token
     * leaves out, or of initials ("U.S.A."): "… in Sacramento, Calif." is "Calif.", not "Calif"; in capitals as well
     * (rule "dateline's capitals": "REDDING, CALIF. —" is "CALIF.", one spelling with a later "Calif."), but for a
     * postal code of two capitals, whose dot ends the sentence ("Charlottesville, VA.").
     */
    private static String dotted(ArticleText.Para p, Gazetteer.Match m) {
        String surface = p.surface(m.from(), m.to()).strip();
        Token last = p.tokens().get(m.to() - 1);
        int end = last.start() + last.text().length();
        if (m.to() - m.from() == 1 && !last.possessive() && p.text().startsWith(".", end)
                && (INITIALS.matcher(last.text()).matches()
                || (!last.upper() || last.text().length() > 2) && Gazetteer.get().listedWithDot(last))) {
            return surface + ".";
        }
        return surface;
    }
}

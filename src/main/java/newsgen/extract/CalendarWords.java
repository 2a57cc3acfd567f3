package newsgen.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The names of the weekdays and months, as {@link Token#key()} spells them: the one list the rules that skip them share. */
final class CalendarWords {
    static final Set<String> DAYS_AND_MONTHS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** The weekdays and months with these words. */
    static Set<String> daysAndMonthsAnd(String... more) {
        Set<String> all = new HashSet<>(DAYS_AND_MONTHS);
        all.addAll(Arrays.asList(more));
        return WordSet.copyOf(all);
    }

    private CalendarWords() {
    }
}

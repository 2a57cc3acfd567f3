package newsgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes an archive of generated news articles (about 700 words each) for benchmarks: people, organisations and
 * places drawn from pools sized so that entities recur across articles the way they do in a real archive.
 */
public final class SyntheticArchive {
    private static final String[] GIVEN = {"Maria", "James", "Amina", "Kofi", "Elena", "Rahul", "Sofia", "David",
            "Fatima", "Chen", "Lucas", "Grace", "Omar", "Ingrid", "Pablo", "Yuki", "Nadia", "Samuel", "Leila", "Tomas"};
    private static final String[] FAMILY = {"Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Mensah", "Novak",
            "Alvarez", "Karimi", "Osei", "Petrov", "Silva", "Brennan", "Kowalski", "Nakamura", "Adeyemi", "Ferreira",
            "Holm", "Rossi", "Banda", "Quist", "Varga", "Duarte", "Sato", "Ncube"};
    private static final String[] ORG_HEAD = {"Council", "Commission", "Authority", "Party", "Alliance", "Agency", "Bank", "Union"};
    private static final String[] ORG_TOPIC = {"Water", "Energy", "Trade", "Health", "Transport", "Farmers", "Mining", "Labour", "Housing", "Fisheries"};
    private static final String[] PLACES = {"Nairobi", "Lagos", "Accra", "Paris", "Berlin", "Madrid", "Lisbon", "Warsaw",
            "Cairo", "Tunis", "Lima", "Quito", "Manila", "Hanoi", "Seoul", "Oslo", "Kenya", "Ghana", "Peru", "Chile"};
    private static final String[] TITLES = {"Minister", "President", "Governor", "Mayor", "Senator", "spokeswoman"};
    private static final String[] VERBS = {"said", "told reporters", "added", "stated", "warned"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private SyntheticArchive() {
    }

    /** Writes {@code count} articles into {@code dir}; the same seed gives the same files. */
    public static void write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays(random.nextInt(3650));
            Files.writeString(dir.resolve(String.format("a%06d.md", i)), article(random, i, date));
        }
    }

    static String article(Random random, int n, LocalDate date) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(pick(random, GIVEN) + " " + pick(random, FAMILY));
        }
        String org = pick(random, ORG_TOPIC) + " " + pick(random, ORG_HEAD);
        String place = pick(random, PLACES);
        StringBuilder body = new StringBuilder();
        body.append("---\ntitle: \"").append(org).append(" meets in ").append(place).append(" (").append(n).append(")\"\n")
                .append("outlet: Daily ").append(pick(random, ORG_TOPIC)).append("\ndate: ").append(date).append("\n---\n\n");
        for (int p = 0; p < 14; p++) {
            String person = people.get(p % people.size());
            String surname = person.substring(person.indexOf(' ') + 1);
            body.append(switch (p % 4) {
                case 0 -> pick(random, TITLES) + " " + person + " met officials of the " + org + " in " + place
                        + " on " + pick(random, new String[]{"Monday", "Tuesday", "Friday"}) + ", weeks after talks broke down in "
                        + pick(random, MONTHS) + " last year over the cost of the plan.";
                case 1 -> "\u201cWe have waited long enough for this agreement, and the people of " + place
                        + " deserve an answer before the end of the year,\u201d " + surname + " " + pick(random, VERBS)
                        + ". \u201cNobody wants another delay.\u201d";
                case 2 -> "The " + org + " has been criticised since " + (2000 + random.nextInt(20))
                        + " for its slow decisions, and critics said the new proposal was \u201ctoo little, too late\u201d for "
                        + "families who have waited for years in the outskirts of " + pick(random, PLACES) + ".";
                default -> "In a statement released on " + (1 + random.nextInt(28)) + " " + pick(random, MONTHS) + " "
                        + (2010 + random.nextInt(12)) + ", " + person + " said the talks would resume next month and that "
                        + "several ministries in " + pick(random, PLACES) + " had agreed to share the cost of the programme.";
            }).append("\n\n");
        }
        return body.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

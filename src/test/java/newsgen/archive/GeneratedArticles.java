package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArchivedArticle;
import newsgen.model.DateMention;
import newsgen.model.Place;
import newsgen.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hand-made archives of any size for measuring the archive step: events with their own actors, places, words and
 * quotes, each reported by a few articles over a couple of days, plus names drawn at random from pools that grow
 * with the archive, and one country named in half of all articles. The same seed gives the same archive.
 */
public final class GeneratedArticles {
    private GeneratedArticles() {
    }

    public static List<ArchivedArticle> generate(int count, long seed) {
        Random random = new Random(seed);
        int events = Math.max(1, count / 3);
        int peoplePool = Math.max(10, count / 2);
        int orgPool = Math.max(5, count / 10);
        int placePool = 300;
        String[] vocabulary = new String[5000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random, i);
        }
        LocalDate start = LocalDate.of(2015, 1, 1);
        int days = Math.max(30, count / 5);
        List<Event> plan = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            List<Actor> actors = new ArrayList<>();
            for (int k = 0, n = 2 + random.nextInt(4); k < n; k++) {
                actors.add(person(random.nextInt(peoplePool)));
            }
            actors.add(org(random.nextInt(orgPool)));
            List<Place> places = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                places.add(place(random.nextInt(placePool)));
            }
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                words.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            plan.add(new Event(start.plusDays(random.nextInt(days)), actors, places, words));
        }
        String[] outlets = {"Daily Wire Service", "Sahel Today", "West Africa Post", "Continental Desk", "Morning Herald"};
        List<ArchivedArticle> out = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            Event e = plan.get(random.nextInt(plan.size()));
            LocalDate date = e.date().plusDays(random.nextInt(3));
            Set<Actor> actors = new LinkedHashSet<>();
            for (Actor actor : e.actors()) {
                if (random.nextInt(5) > 0) {
                    actors.add(actor);
                }
            }
            for (int k = 0, n = random.nextInt(4); k < n; k++) {
                actors.add(random.nextBoolean() ? person(random.nextInt(peoplePool)) : org(random.nextInt(orgPool)));
            }
            Set<Place> places = new LinkedHashSet<>(e.places());
            if (random.nextBoolean()) {
                places.add(new Place("mali", "Mali", "country", "Mali", 2));
            }
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 30; w++) {
                    String word = random.nextInt(3) > 0 ? e.words().get(random.nextInt(e.words().size())) : vocabulary[random.nextInt(vocabulary.length)];
                    text.append(w == 0 ? capital(word) : word).append(w == 29 ? "." : " ");
                }
                paragraphs.add(text.toString());
            }
            List<Quote> quotes = new ArrayList<>();
            List<Actor> speakers = actors.stream().filter(Actor::isPerson).toList();
            for (int q = 0, n = speakers.isEmpty() ? 0 : random.nextInt(4); q < n; q++) {
                Actor speaker = speakers.get(random.nextInt(speakers.size()));
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    text.append(e.words().get((speaker.id().hashCode() & 0xff) % 20 + w + (random.nextInt(6) == 0 ? 1 : 0))).append(' ');
                }
                quotes.add(new Quote(text.toString().strip(), speaker.id(), speaker.name(), null, "said", false, 1 + random.nextInt(5)));
            }
            if (random.nextInt(4) == 0) {
                quotes.add(new Quote("unattributed words " + a, null, null, null, null, true, 2));
            }
            List<DateMention> dates = new ArrayList<>();
            for (int d = 0, n = 2 + random.nextInt(5); d < n; d++) {
                LocalDate when = date.minusDays(random.nextInt(3000));
                String value = switch (random.nextInt(4)) {
                    case 0 -> Integer.toString(when.getYear());
                    case 1 -> when.toString().substring(0, 7);
                    case 2 -> String.format("%d-W%02d", when.getYear(), 1 + random.nextInt(52));
                    default -> when.toString();
                };
                dates.add(new DateMention("when " + value, value, 1 + d, paragraphs.get(d % paragraphs.size())));
            }
            String slug = "article-" + a;
            out.add(Fixtures.article(slug, outlets[random.nextInt(outlets.length)], date.toString(), capital(e.words().get(0)) + " " + e.words().get(1) + " " + a)
                    .text(paragraphs.toArray(String[]::new))
                    .actors(actors.toArray(Actor[]::new))
                    .places(places.toArray(Place[]::new))
                    .quotes(quotes.toArray(Quote[]::new))
                    .dates(dates.toArray(DateMention[]::new))
                    .build());
        }
        return out;
    }

    private record Event(LocalDate date, List<Actor> actors, List<Place> places, List<String> words) {
    }

    private static Actor person(int n) {
        String name = "Given" + letters(n) + " Family" + letters(n * 7 + 3);
        return new Actor(newsgen.model.Slug.of(name), name, Actor.PERSON, List.of("Family" + letters(n * 7 + 3)), List.of("minister"), null, 2);
    }

    private static Actor org(int n) {
        String name = "Council of " + capital(letters(n)) + " Affairs";
        return new Actor(newsgen.model.Slug.of(name), name, Actor.ORGANIZATION, List.of(), List.of(), null, 1);
    }

    private static Place place(int n) {
        String name = "Town" + letters(n);
        return new Place(newsgen.model.Slug.of(name), name, "city", null, 1);
    }

    /** A distinct letters-only word for each number. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    private static String word(Random random, int i) {
        return "w" + letters(i) + (char) ('a' + random.nextInt(26)) + "ing";
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}

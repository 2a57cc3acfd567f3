package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Place;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static newsgen.archive.Fixtures.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each archive-wide resolution pass alone, on hand-made records with invented names. */
class ResolutionPassTest {
    private final List<ArticleRecord> records = new ArrayList<>();

    private int add(String date, Actor... actors) {
        return add(date, List.of(), actors);
    }

    private int add(String date, List<Place> places, Actor... actors) {
        int n = records.size();
        records.add(article("a" + n, "Outlet", date, "Article " + n).text("Text.").actors(actors)
                .places(places.toArray(Place[]::new)).build().record());
        return n;
    }

    private EntityIndex run(ResolutionPass... passes) {
        return EntityIndex.build(records, List.of(passes));
    }

    private static EntityRef personIn(EntityIndex index, int article, String name) {
        return index.entityOf(article, EntityKind.PERSON, newsgen.model.Slug.of(name));
    }

    private static EntityRef orgIn(EntityIndex index, int article, String name) {
        return index.entityOf(article, EntityKind.ORGANIZATION, newsgen.model.Slug.of(name));
    }

    private static EntityIndex.Group group(EntityIndex index, String id) {
        return index.groups().stream().filter(g -> g.ref().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void aSurnameAloneJoinsTheOnlyPersonOfThatSurname() {
        int full = add("2020-01-01", person("Amara Okafor"));
        int bare = add("2020-03-01", person("Okafor"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass());
        assertEquals(personIn(index, full, "Amara Okafor"), personIn(index, bare, "Okafor"));
        assertEquals(java.util.Map.of("surname", 1), group(index, "amara-okafor").rules());
    }

    @Test
    void titleAndSurnameIsTheSurnameAndATitledFullNameIsTheFullName() {
        int full = add("2020-01-01", person("Amara Okafor"));
        int senator = add("2020-02-01", person("Sen. Amara Okafor"));
        int mister = add("2020-03-01", person("Mr. Okafor"));
        int president = add("2020-04-01", person("President Okafor"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass());
        EntityRef okafor = personIn(index, full, "Amara Okafor");
        assertEquals(okafor, personIn(index, senator, "Sen. Amara Okafor"));
        assertEquals(okafor, personIn(index, mister, "Mr. Okafor"));
        assertEquals(okafor, personIn(index, president, "President Okafor"));
        assertEquals("Amara Okafor", okafor.name());
    }

    @Test
    void anAmbiguousSurnameTakesTheFullNameOfTheSameArticle() {
        int lena = add("2020-01-01", person("Lena Okafor"));
        add("2020-06-01", person("Amara Okafor"));
        int both = add("2020-09-01", person("Lena Okafor"), person("Okafor"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass());
        assertEquals(personIn(index, lena, "Lena Okafor"), personIn(index, both, "Okafor"));
        assertTrue(group(index, "lena-okafor").rules().containsKey("surname: " + ShortNameDecider.SAME_ARTICLE));
    }

    @Test
    void anAmbiguousSurnameTakesThePersonWhoseArticlesShareItsEntitiesAndDates() {
        Place harbour = place("Port Velin", "city");
        int lena = add("2020-05-01", List.of(harbour), person("Lena Okafor"), org("Velin Harbour Authority"));
        add("2020-05-02", List.of(harbour), person("Lena Okafor"), org("Velin Harbour Authority"));
        int amara = add("2019-01-01", person("Amara Okafor"), org("Northern Rowing Club"));
        add("2019-01-03", person("Amara Okafor"), org("Northern Rowing Club"));
        for (int i = 0; i < 6; i++) {
            add("2018-02-0" + (i + 1), person("Other Person " + (char) ('A' + i)));
        }
        int bare = add("2020-05-03", List.of(harbour), person("Okafor"), org("Velin Harbour Authority"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass());
        assertEquals(personIn(index, lena, "Lena Okafor"), personIn(index, bare, "Okafor"));
        assertTrue(!personIn(index, amara, "Amara Okafor").equals(personIn(index, bare, "Okafor")));
        assertTrue(group(index, "lena-okafor").rules().containsKey("surname: " + ShortNameDecider.CONTEXT));
    }

    @Test
    void anAmbiguousSurnameWithoutContextTakesThePersonMentionedFarMore() {
        Actor often = new Actor("amara-okafor", "Amara Okafor", Actor.PERSON, List.of(), List.of(), null, 30);
        int amara = add("2020-01-01", often);
        add("2021-01-01", person("Lena Okafor"));
        int bare = add("2023-01-01", person("Okafor"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass());
        assertEquals(personIn(index, amara, "Amara Okafor"), personIn(index, bare, "Okafor"));
        assertTrue(group(index, "amara-okafor").rules().containsKey("surname: " + ShortNameDecider.MOST_MENTIONED));
    }

    @Test
    void whenNothingDecidesTheSurnameStaysApartAndNamesWhoItCouldBe() {
        add("2020-01-01", person("Amara Okafor"));
        add("2021-01-01", person("Lena Okafor"));
        int one = add("2023-01-01", person("Okafor"));
        int two = add("2023-06-01", person("Okafor"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass(), new LoneSurnamePass(), new UndecidedSurnamePass());
        EntityRef okafor = personIn(index, one, "Okafor");
        assertEquals(okafor, personIn(index, two, "Okafor"));
        assertEquals("okafor", okafor.id());
        assertEquals(List.of("Amara Okafor", "Lena Okafor"), group(index, "okafor").undecided().stream().map(EntityRef::name).toList());
    }

    @Test
    void anUndecidedSurnameOfOneArticleHasNoPage() {
        add("2020-01-01", person("Amara Okafor"));
        add("2021-01-01", person("Lena Okafor"));
        int one = add("2023-01-01", person("Okafor"));
        EntityIndex index = run(new SameNamePass(), new SurnamePass(), new LoneSurnamePass(), new UndecidedSurnamePass());
        assertNull(personIn(index, one, "Okafor"));
    }

    @Test
    void anAcronymJoinsTheLongNameFromAnotherArticle() {
        int longName = add("2020-01-01", org("Coastal Farmers Union"));
        int acronym = add("2020-02-01", org("CFU"));
        EntityIndex index = run(new SameNamePass(), new AcronymPass());
        assertEquals(orgIn(index, longName, "Coastal Farmers Union"), orgIn(index, acronym, "CFU"));
        assertEquals("Coastal Farmers Union", orgIn(index, acronym, "CFU").name());
    }

    @Test
    void aShortNameJoinsTheOnlyLongNameItEnds() {
        Actor often = new Actor("the-velin-gazette", "The Velin Gazette", Actor.ORGANIZATION, List.of(), List.of(), null, 5);
        int longName = add("2020-01-01", often);
        int shortName = add("2020-02-01", org("the Gazette"));
        int generic = add("2020-03-01", org("Committee"));
        add("2020-03-02", org("Harbour Oversight Committee"));
        EntityIndex index = run(new SameNamePass(), new ShortNamePass());
        assertEquals(orgIn(index, longName, "The Velin Gazette"), orgIn(index, shortName, "the Gazette"));
        assertEquals("Committee", orgIn(index, generic, "Committee").name(), "a word ending many bodies' names stays apart");
    }

    @Test
    void aShortNameAnArticleNamesBesideTheLongOneStaysApart() {
        // rule "named apart" (ShortNamePass): "the bill passed the House … the White House said" names two bodies
        Actor often = new Actor("grey-house", "Grey House", Actor.ORGANIZATION, List.of(), List.of(), null, 9);
        int longName = add("2020-01-01", often);
        int both = add("2020-01-02", org("House"), org("Grey House"));
        int shortName = add("2020-01-03", org("House"));
        EntityIndex index = run(new SameNamePass(), new ShortNamePass());
        assertEquals(orgIn(index, longName, "Grey House"), orgIn(index, both, "Grey House"));
        assertEquals("House", orgIn(index, shortName, "House").name());
        assertEquals(orgIn(index, both, "House"), orgIn(index, shortName, "House"));
    }

    @Test
    void partyWordsAdjectivesDemonymsAndSuffixesAreNoPeople() {
        int a = add("2020-01-01", person("Democratic"), person("Wisconsin Republican"), person("Jr"), person("Adm"),
                person("American"), person("Affordable Care Act"), person("Amara Okafor"));
        EntityIndex index = run(new NotAPersonPass(), new SameNamePass());
        for (String junk : List.of("Democratic", "Wisconsin Republican", "Jr", "Adm", "American", "Affordable Care Act")) {
            assertNull(personIn(index, a, junk), junk);
        }
        assertEquals("Amara Okafor", personIn(index, a, "Amara Okafor").name());
    }

    @Test
    void aPartyWordBeforeAFullNameIsNotPartOfIt() {
        int a = add("2020-01-01", person("Amara Okafor"));
        int b = add("2020-02-01", person("Republican Amara Okafor"));
        EntityIndex index = run(new NotAPersonPass(), new SameNamePass());
        assertEquals(personIn(index, a, "Amara Okafor"), personIn(index, b, "Republican Amara Okafor"));
    }

    @Test
    void aShortGivenNameAndAMiddleInitialAreOnePerson() {
        int a = add("2020-01-01", person("Joe Okafor"));
        int b = add("2020-02-01", person("Joseph K. Okafor"));
        int c = add("2020-03-01", person("Leonard Verhoeven"));
        int d = add("2020-04-01", person("Len Verhoeven"));
        int e = add("2020-05-01", person("Pieter W. Brandt"));
        int f = add("2020-06-01", person("Pieter H. W. Brandt"));
        EntityIndex index = run(new SameNamePass(), new GivenNameVariantPass());
        assertEquals(personIn(index, a, "Joe Okafor"), personIn(index, b, "Joseph K. Okafor"));
        assertEquals(personIn(index, c, "Leonard Verhoeven"), personIn(index, d, "Len Verhoeven"));
        assertTrue(!personIn(index, e, "Pieter W. Brandt").equals(personIn(index, f, "Pieter H. W. Brandt")), "two middles: maybe two people");
    }

    @Test
    void aSuffixKeepsTwoPeopleApart() {
        int a = add("2020-01-01", person("Amara Okafor"));
        int b = add("2020-02-01", person("Amara Okafor Jr"));
        EntityIndex index = run(new SameNamePass(), new GivenNameVariantPass());
        assertTrue(!personIn(index, a, "Amara Okafor").equals(personIn(index, b, "Amara Okafor Jr")));
    }

    @Test
    void aCommonWordBesideANameIsLeftOut() {
        int full = add("2020-01-01", person("Amara Okafor"));
        int adjective = add("2020-02-01", person("Absent Okafor"));
        int before = add("2020-03-01", person("Vermonter Amara Okafor"));
        int after = add("2020-04-01", person("Amara Okafor Leads"));
        EntityIndex index = run(new CommonWordPass(java.util.Set.of("absent", "leads")), new SameNamePass(), new SurnamePass());
        EntityRef amara = personIn(index, full, "Amara Okafor");
        assertEquals(amara, personIn(index, adjective, "Absent Okafor"));
        assertEquals(amara, personIn(index, before, "Vermonter Amara Okafor"));
        assertEquals(amara, personIn(index, after, "Amara Okafor Leads"));
    }

    @Test
    void aWordNeverWrittenInLowerCaseMayBeAGivenName() {
        int full = add("2020-01-01", person("Amara Okafor"));
        int unseen = add("2020-05-01", person("Beau Okafor"));
        EntityIndex index = run(new CommonWordPass(java.util.Set.of("absent")), new SameNamePass(), new SurnamePass());
        assertTrue(!personIn(index, full, "Amara Okafor").equals(personIn(index, unseen, "Beau Okafor")));
    }
}

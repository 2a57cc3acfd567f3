package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** People named by a headline's subject or in capitals ({@link HeadlineNames}); every name here is invented. */
class HeadlineNamesTest {
    private final Extractor extractor = new Extractor();

    /** The people of a plain-text article whose first block is its headline. */
    private List<String> people(String text) {
        return extractor.extractStrict(Articles.plain("t.txt", text, Articles.PUB)).actors().stream()
                .filter(Actor::isPerson).map(Actor::name).toList();
    }

    @Test
    void aHeadlinesSubjectIsAPersonThoughTheBodyNeverNamesHim() {
        // rule "headline subject" (HeadlineNames.headlineSubject): a listed given name, then the headline's verb in -s
        assertEquals(List.of("Sione Tavakalo"), people("Sione Tavakalo Wins City Marathon\n\nThe race was run in cool weather."));
        // rule "unlisted headline subject": two unlisted words shaped as names before the verb
        assertEquals(List.of("Tesfaye Wolderufael"), people("Tesfaye Wolderufael Takes Gold In Final\n\nThe final was close."));
        // no verb after the name, a third word of English, words of English: no one
        assertEquals(List.of(), people("Sione Tavakalo Marathon Results\n\nThe race was run in cool weather."));
        assertEquals(List.of(), people("Marta Velloso Campaign Wants A New Chair\n\nThe party meets on Monday."));
        assertEquals(List.of(), people("Golden Arrows Wins City Derby\n\nThe match was close."));
        // two unlisted words before what a firm wins: a firm
        assertEquals(List.of(), people("Zentrova Maltrix Wins Bridge Contract\n\nThe bridge opens in May."));
    }

    @Test
    void aNameInCapitalsOpeningALineOfCapitalsBeforeItsVerbIsAPerson() {
        // rule "name in capitals" (HeadlineNames.inCapitals) with rule "headline subject": the name in title case
        assertEquals(List.of("Nakuti Ssebowala"), people("NAKUTI SSEBOWALA TAKES GOLD IN FINAL\n\nThe final was decided late."));
        assertEquals(List.of("Walid Jabarouni"), people("WALID JABAROUNI WINS CITY MARATHON\n\nThe race was run in cool weather."));
        // words of English, places, an organisation's acronym: no one
        assertEquals(List.of(), people("GOLDEN ARROWS TAKES GOLD IN FINAL\n\nThe final was decided late."));
        assertEquals(List.of(), people("NAIROBI KENYA WINS BID\n\nThe bid was decided late."));
        assertEquals(List.of(), people("NATO CHIEF WARNS OF WAR\n\nThe alliance met on Monday."));
    }

    @Test
    void aNameInCapitalsOpeningAParagraphBeforeAnAppositionIsAPerson() {
        // rule "name in capitals": wire copy's "NAME, a lawyer, …"
        assertEquals(List.of("Chukwudi Okonkwere"), people("Lawyer Sues State\n\nCHUKWUDI OKONKWERE, a lawyer in the city, has "
                + "filed a suit against the state government."));
        // not before a capitalised word, not a word of English
        assertEquals(List.of(), people("Lawyer Sues State\n\nBREAKING NEWS, a lawyer in the city has filed a suit."));
    }

    @Test
    void titleCasedWritesEachPartOfANameWithOneCapital() {
        assertEquals("Jean-Baptiste", HeadlineNames.titleCased("JEAN-BAPTISTE"));
        assertEquals("O'Nuallain", HeadlineNames.titleCased("O'NUALLAIN"));
        assertEquals("Ssebowala", HeadlineNames.titleCased("SSEBOWALA"));
    }

    @Test
    void aListedGivenNameInALineOfCapitalsOpensAName() {
        // rule "given name in capitals" (HeadlineNames.inCapitals): a list's number may come first
        List<String> people = extractor.extractStrict(Articles.body("10. RYAN VELLOSCO IN HOT WATER IN BRAZIL. THE SWIMMER SAID NOTHING."))
                .actors().stream().filter(Actor::isPerson).map(Actor::name).toList();
        assertEquals(List.of("Ryan Vellosco"), people);
        // no listed given name first: no one
        assertEquals(List.of(), extractor.extractStrict(Articles.body("10. GOLDEN VELLOSCO IN HOT WATER IN BRAZIL."))
                .actors().stream().filter(Actor::isPerson).map(Actor::name).toList());
    }
}

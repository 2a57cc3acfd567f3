package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One news-shaped example per rule of the speaker sieve, each asserting that this rule, by name, named the
 * speaker. A new rule without an example here fails {@link #everyRuleNamesTheSpeakerOfItsExample}.
 */
class SpeakerRuleTest {
    private final Extractor extractor = new Extractor();

    /** Paragraphs, which quotation (in text order) the rule decides, and a word the speaker's name must hold. */
    private record Example(List<String> paragraphs, int quote, String speaker) {
        Example(String paragraph, String speaker) {
            this(List.of(paragraph), 0, speaker);
        }
    }

    private static Example example(SpeakerRule rule) {
        return switch (rule) {
            case OWNED_CLAIM -> new Example(List.of("Governor Tom Reyes spoke in Dayton on Monday.",
                    "Senator Maria Okafor blamed the press for making an issue out of Reyes's claim that the mayor "
                            + "\u201cwrecked the budget,\u201d saying reporters were nitpicking."), 0, "Reyes");
            case PASSIVE_AGENT -> new Example(List.of("Senator Ruth Calder and host Bill Marsh met on Friday.",
                    "Calder was asked by host Bill Marsh, who is supporting her, \u201cNow, you famously said you were "
                            + "tired of hearing about the emails?\u201d"), 0, "Marsh");
            // the agency is the sentence's subject; the one it quotes speaks
            case QUOTED_AS -> new Example(
                    "The Interfax news agency quoted Deputy Foreign Minister Dmitri Sokolov as saying: \u201cRussia will respond.\u201d",
                    "Sokolov");
            case FRAGMENT_CUE_BEFORE -> new Example(
                    "Senator Maria Okafor said the budget deal was \u201cdead on arrival\u201d in its current form.", "Okafor");
            case SIGNATURE -> new Example(List.of(
                    "Readers wrote in after the debate.",
                    "\u201cHe never answered a single question about the budget.\u201d \u2015 Marisol Quintana",
                    "\u201cThe moderators lost control.\u201d \u2015 Tobias Lindgren."), 0, "Quintana");
            // the paragraph after names someone else: the signing line inside the marks decides
            case PULL_QUOTE_SIGNATURE -> new Example(List.of(
                    "Economists worry about the next downturn.",
                    "\"We are going to enter the next recession without that consensus that we need stimulus.\n"
                            + "Joshua Tremaine, Economic Policy Institute.\"",
                    "Senator Helen Marsh has promised to balance the budget."), 0, "Tremaine");
            case CREDITED_AFTER -> new Example("\"I would rather have a sister in a ditch than a brother in the agency.\" "
                    + "That quote from Alabama Securities Commissioner Thomas Kettering appeared on the front page in 1980.",
                    "Kettering");
            case CUE_VERB_THEN_SUBJECT -> new Example(List.of(
                    "Representative James Dalton toured the plant on Monday.",
                    "\u201cShe may be in a good place right now,\u201d said Mr. Dalton, the third-ranking House Democrat."),
                    0, "Dalton");
            case CLOSING_ACCORDING_TO -> new Example("The campaign is paying \u201cdozens\u201d of canvassers $15 an hour to "
                    + "go door to door, mostly in the suburbs, to pitch his candidacy, according to campaign manager Jeff "
                    + "Marlowe.", "Marlowe");
            case CAME_THE_REPLY -> new Example(
                    "\u201cI am deeply sorry,\u201d came the reply from Nina Ashcombe, the chief executive.", "Ashcombe");
            case SO_SAID -> new Example("\u201cWe are not there yet.\u201d So said Nina Ashcombe on Tuesday.", "Ashcombe");
            // the verb after "and" is the subject's second predicate, not a cue with a subject of its own
            case SECOND_PREDICATE -> new Example(List.of("Senator Dana Whitlock spoke in Fargo on Monday.",
                    "He rails against the \u201cwall of tariffs\u201d and pledges to stand firm."), 0, "Whitlock");
            // the organisation in the second subject's apposition is no speaker
            case JOINT_SUBJECT -> new Example("\u201cTritium would enable designs with a greater yield,\u201d nuclear experts "
                    + "Ola Brandvik and Serena Kowalczyk of the Institute for Science wrote in September.", "Brandvik");
            case SUBJECT_THEN_CUE_VERB -> new Example(
                    "\u201cWe are watching the data closely,\u201d Chris Weston, chief market strategist at a Sydney brokerage, said.",
                    "Weston");
            // no name: the description is the role
            case PRONOUN_AFTER_DESCRIPTION -> new Example(List.of(
                    "Sen. Mark Okafor spoke to voters on Monday about trade and jobs in the state.",
                    "The Ohio governor said the state needs new roads, but that he would not support tax increases.",
                    "\u201cWe cannot keep asking families to pay more,\u201d he said."), 0, "the Ohio governor");
            case PRONOUN_AFTER_QUOTE -> new Example(List.of(
                    "Governor Ana Ruiz toured the flooded town on Sunday.",
                    "\u201cThe water came in minutes,\u201d she said."), 0, "Ruiz");
            case FIRST_PERSON -> new Example(List.of(
                    "I grew up in a house where the news was always bad.",
                    "When my mother asked about the election, I laughed and said, \u201cI don't believe a word of it.\u201d",
                    "Amaia Etxeberria is a playwright in residence at Lakeshore College."), 0, "Etxeberria");
            case TRIGRAM -> new Example(List.of(
                    "Senator Ruth Calder met the board on Monday.",
                    "\u201cYou have failed the people of this city,\u201d Calder charged."), 0, "Calder");
            case ACCORDING_TO -> new Example(
                    "The plan would cost \u201cfar more than anyone admits,\u201d according to Senator Paul Hendricks.",
                    "Hendricks");
            case AS_PUT_IT -> new Example(List.of("Senator Maria Okafor has clashed with the celebrity doctor for years.",
                    "His degrees have not kept him from being seen, as Senator Okafor put it in a long interview, as "
                            + "\u201cthe operator.\u201d"), 0, "Okafor");
            case CAUSED_SPEAKER -> new Example(List.of("Senator Tom Okafor dismissed Estonia as a suburb of the capital.",
                    "All this has led the Latvian journalist Andris Kalnins to fear a \u201cgrand pact.\u201d"), 0, "Kalnins");
            // A vox-pop's given name alone makes no actor (a surname alone now does: the people rules name it), yet it spoke.
            case UNLISTED_NAME -> new Example("\u201cWe will not back down on this,\u201d Mark said.", "Mark");
            case SENTENCE_END_CUE -> new Example(List.of("Imam Paul Brandt leads the mosque in Fort Pierce.",
                    "\u201cWe are frustrated and horrified\u201d by the shooting at a nightclub in Orlando that drew "
                            + "attention from around the world, Brandt said."), 0, "Brandt");
            case SENTENCE_SUBJECT -> new Example("Jane Ortega has opposed the dam on the river for a decade and in a long "
                    + "interview with reporters at the county courthouse on Friday said the deal \u201chappens to be illegal.\u201d",
                    "Ortega");
            case OPENING_PARTICIPLE -> new Example(List.of("Comedian Tim Allred talked about the race on Monday.",
                    "Acknowledging that the mogul \u201csays a lot of stupid stuff,\u201d though, Allred did suggest that his "
                    + "wealth gives him an edge."), 0, "Allred");
            // the nearest names, Halloway and Marsh, are the object of "asked" and of "endorse": "he" opens the clause
            case COORDINATED_PRONOUN -> new Example(List.of("Senator Bernard Halloway spoke in Dover on Monday.",
                    "Last month, when I asked Halloway if he would ever endorse Helen Marsh, he looked straight into my "
                            + "camera, furrowed his brow and said, \u201cI am going to endorse you!\u201d"), 0, "Halloway");
            case TITLED_WORK -> new Example("On Monday night, Hollis campaign manager Robert Dunsford released a memo titled "
                    + "\u201cThe Facts on Where the Race Stands.\u201d", "Dunsford");
            case NAMED_WORK_IN_SENTENCE -> new Example("\"All that Glitters is Not Gold\" was to be a \"cautionary "
                    + "tale,\" said Susan Pellow, then the literary agent.", "Pellow");
            case CUE_BEFORE -> new Example("Mayor Lena Fischer told supporters: \u201cWe are going to rebuild the bridge.\u201d",
                    "Fischer");
            // no name: the description is the role
            case DESCRIBED_SUBJECT -> new Example(List.of("Readers of the county paper flooded its forum after the debate.",
                    "\u201cHe never answered a single question about the budget,\u201d one user wrote."), 0, "one user");
            case SAME_PARAGRAPH -> new Example(List.of(
                    "\u201cExports rose,\u201d Trade Minister Omar Haidari said. \u201cImports fell.\u201d"), 1, "Haidari");
            case PRONOUN_SUBJECT -> new Example(List.of(
                    "Senator Ruth Calder spoke in Dayton on Monday.",
                    "Later she greeted 2,000 supporters at a rally in Dayton and told them that together they would "
                            + "\u201cbuild ladders of opportunity.\u201d"), 0, "Calder");
            case RELATIVE_CLAUSE -> new Example(List.of(
                    "Jack Roffmann sued the developer in 1991.",
                    "Roffmann, who estimates that his legal costs were \u201cin the seven figures,\u201d won the case."), 0,
                    "Roffmann");
            case DESCRIPTION_SUBJECT -> new Example(List.of(
                    "Senator Ruth Calder toured the plant on Monday.",
                    "The senator talked about continuing the \u201cprogress we have made\u201d in the state."), 0, "Calder");
            case PARAGRAPH_INTRODUCTION -> new Example(List.of(
                    "Asked about the candidates, Walter Brandt, a retired machinist who voted in every election since 1960, said:",
                    "\u201cThere is only one I trust, and that is the one who pays his own way.\u201d"), 0, "Brandt");
            // a statement of three paragraphs in straight marks, the first with a curly quotation nested in it: the
            // second names someone else inside the quotation, yet goes on the first's speaker
            case RUN_ON_QUOTATION -> new Example(List.of(
                    "Former state senator Dr. Helen Varga stated:",
                    "\"The department is no longer about \u201cequal justice under law.\u201d It is about the governor's "
                            + "plan to remake the state.",
                    "\"The latest example is Attorney General Mark Osei suing the county over its new school rules."),
                    2, "Varga");
            case CLAUSE_SUBJECT -> new Example(List.of(
                    "Governor Tom Reyes and Senator Elena Marsh have known each other for years.",
                    "Marsh refers to the governor, her longtime friend, as \u201cthe boss,\u201d while Reyes refers to "
                            + "the senator as \u201cLena.\u201d"), 1, "Reyes");
            case WORDS_OF -> new Example(List.of("John Halifax and Sebastian Orlik spoke on the radio on Monday.",
                    "\u201cThis is not a circumstance where there is a real choice\u201d from diplomacy to the defense "
                            + "budget, in Halifax\u2019s view."), 0, "Halifax");
            case EXCERPT_INTRODUCTION -> new Example(List.of(
                    "In the text accompanying the video post, the preacher Lance Wendt wrote:",
                    "I think it is time voters had a conversation about what we want in a leader. But what we should ask "
                            + "is \u201cwho has been called?\u201d"), 0, "Wendt");
            case CONTINUING_SPEAKER -> new Example(List.of(
                    "\u201cThe numbers are clear,\u201d said Finance Minister Carla Mendes.",
                    "\u201cWe cannot spend what we do not have.\u201d"), 1, "Mendes");
            case COLON_INTRODUCTION -> new Example("The early surge does not surprise pollster Daniel Whitfield: "
                    + "\u201cLesser-known candidates who win early contests see the biggest boost.\u201d", "Whitfield");
            case SPEECH_NOUN_OWNER -> new Example(List.of(
                    "Governor Tom Reyes spoke in Trenton on Monday.",
                    "As the debate went on, Reyes stood by his remark that the plan was \u201cdead on arrival.\u201d"), 0, "Reyes");
            case NEXT_IN_SENTENCE -> new Example(List.of("Senate candidates were asked about school tests.",
                    "The \u201copt out\u201d movement is about \u201cpeople telling leaders, 'this is not what we want,'\u201d "
                            + "Ruth Calder said."), 0, "Calder");
            case FRAGMENT_SUBJECT -> new Example(
                    "Senator Helen Marsh is hoping for \u201ca big tent\u201d at the convention next month.", "Marsh");
            case SENTENCE_BEFORE -> new Example(List.of(
                    "Coach Pedro Alvarez said the team had lacked energy. \u201cWe start again on Monday.\u201d"), 0, "Alvarez");
            case NEXT_PARAGRAPH_SUBJECT -> new Example(List.of(
                    "\u2018We are not a monopoly\u2019",
                    "Priya Shah, the firm\u2019s chief executive, rejected the watchdog\u2019s reasoning on Wednesday."), 0, "Shah");
            case HEADLINE_ECHO -> new Example(List.of(
                    "Flood Plan \u2018Not Enough\u2019 for Riverside, Residents Fear.",
                    "Mayor Lena Fischer said on Monday that the county\u2019s flood plan was \u201cnot enough\u201d for the town."),
                    0, "Fischer");
        };
    }

    @ParameterizedTest
    @EnumSource(SpeakerRule.class)
    void everyRuleNamesTheSpeakerOfItsExample(SpeakerRule rule) {
        Example e = example(rule);
        List<Quote> quotes = extractor.extract(Articles.body(e.paragraphs().toArray(String[]::new))).quotes();
        assertTrue(quotes.size() > e.quote(), quotes.toString());
        Quote q = quotes.get(e.quote());
        assertEquals(rule.label, q.rule(), q.toString());
        String who = rule == SpeakerRule.DESCRIBED_SUBJECT || rule == SpeakerRule.PRONOUN_AFTER_DESCRIPTION
                ? q.speakerRole() : q.speakerName();
        assertNotNull(who, q.toString());
        assertTrue(who.contains(e.speaker()), q.toString());
    }

    /** The dot of an abbreviation ends no clause: "said Mr. X", "Sen. X said", "said Dr. Ruth A. Smith, a professor". */
    @Test
    void abbreviationsInsideTheSubjectDoNotEndTheClause() {
        List<Quote> q = extractor.extract(Articles.body(
                "Senator Bernard Wilkes and Dr. Ruth A. Lindqvist met in Geneva.",
                "\u201cThe vote is close,\u201d Sen. Wilkes said.",
                "\u201cThe data are clear,\u201d said Dr. Ruth A. Lindqvist, a professor at a Swiss university.")).quotes();
        assertTrue(q.get(0).speakerName().contains("Wilkes"), q.get(0).toString());
        assertTrue(q.get(1).speakerName().contains("Lindqvist"), q.get(1).toString());
    }

    /** A name read by a rule where no mention was made is the actor named in full elsewhere, when it is one's alias. */
    @Test
    void aNameNoMentionCoversIsTheActorItIsAnAliasOf() {
        List<Quote> q = extractor.extract(Articles.body(
                "Okonjo on Marsh Releasing Her Goldman Sachs Speech Transcripts: \u2018I Think She Will.\u2019",
                "Senator Ada Okonjo said on Tuesday that she thinks Helen Marsh will release them.")).quotes();
        assertEquals("Ada Okonjo", q.get(0).speakerName(), q.toString());
    }

    /** A shape a rule reads since real news showed it, with the rule that must name the speaker and a word of the name. */
    private record Shape(List<String> paragraphs, int quote, SpeakerRule rule, String speaker) {
    }

    private static List<Shape> shapes() {
        return List.of(
                // a long opening phrase naming nobody, its comma, then "he" and the verb of saying far from the quotation
                new Shape(List.of("Senator Ted Vollmer campaigned in Concord on Friday.",
                        "At the final debate before the primary and at least one town hall, he only hinted at "
                                + "his rival by mentioning the border and adding, \u201cI've got an idea of who should build it.\u201d"),
                        0, SpeakerRule.PRONOUN_SUBJECT, "Vollmer"),
                // the name right by the verb beats one further off
                new Shape(List.of("Governor Ed Whitley and Senator Greta Milford spoke in 2008.",
                        "Wells \u201chas a right to contest every primary,\u201d just as Milford did in 2008, Whitley added."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Whitley"),
                // ", said X" after words between quotation and verb
                new Shape(List.of("Marta Brenlow and Greta Milford met in Vermont.",
                        "\u201cThis will be a challenge\u201d for Milford, said Brenlow."), 0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Brenlow"),
                // the name after an owner's possessive and a role
                new Shape(List.of("Greta Milford and Jake Sumner flew to Ohio.",
                        "\u201cThis is the first time,\u201d said Milford\u2019s top foreign policy aide Jake Sumner."),
                        0, SpeakerRule.CUE_VERB_THEN_SUBJECT, "Sumner"),
                // a passive verb's agent
                new Shape(List.of("FBI Director James Fenwick testified on Thursday.",
                        "She was \u201cextremely careless\u201d \u2013 as described by FBI Director James Fenwick."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Fenwick"),
                // a parenthetical ", says X,"
                new Shape(List.of("Carl Winston and Nancy Kingsley are in the book.",
                        "The paradox of Nancy, says Carl Winston, historian at a library, is that she was \u201cone of the most powerful first ladies.\u201d"),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Winston"),
                // a headline's speaker before its colon
                new Shape(List.of("Milford: Spade's view of the world is \u2018dangerously wrong\u2019",
                        "Greta Milford spoke to the lobby on Monday."), 0, SpeakerRule.COLON_INTRODUCTION, "Milford"),
                // "she" skips a man named by a given name
                new Shape(List.of("Senator Mary Lavallee met Governor John Bel Fowler.",
                        "\u201cWe will rebuild,\u201d she said."), 0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Lavallee"),
                // an apposition between the subject and a verb no list holds
                new Shape(List.of("Ted Kessler, leading narrowly in Iowa polls, questioned Walter Spade's \u201cNew York values\u201d on Thursday."),
                        0, SpeakerRule.FRAGMENT_SUBJECT, "Kessler"),
                // a fact check's quotation, then its speaker signed on the next line
                new Shape(List.of("\u201cWe have lost two million manufacturing jobs in ten years.\u201d",
                        "- Senator Walter Brandt.", "The senator is relying on an old figure."),
                        0, SpeakerRule.SIGNATURE, "Brandt"),
                // a capitalised cue verb opening its sentence, a name no rule made an actor after it
                new Shape(List.of("Tax lawyers were divided on the plan.",
                        "Said Okonkwo: \u201cIt will make the code longer, not shorter.\u201d"), 0, SpeakerRule.UNLISTED_NAME, "Okonkwo"),
                // "said on Twitter": a place of saying, not an inverted subject; the name before the apposition spoke
                new Shape(List.of("Twitter and Facebook removed the posts on Monday.",
                        "\u201cThe turnout surprised everyone,\u201d Lior B. Katzenelson, a writer for a weekly magazine, said on Twitter."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Katzenelson"),
                // a long apposition after the name the quotation is followed by
                new Shape(List.of("\u201cThis rule will not survive the courts,\u201d Harriet Volkova, the Republican attorney "
                        + "general of a coal state, one of the many states suing the agency over the plan, said on Tuesday."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Volkova"),
                // a document speaks as the owner its possessive names: "In her book, …" then "the book says"
                new Shape(List.of("Senator Grace Whitcombe left the hospital in 1998.",
                        "In her 2003 book, she wrote about the clot.",
                        "\u201cI could barely get my shoe on,\u201d the book says."), 0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Whitcombe"),
                // the person opening the sentence, not a name inside the apposition before the verb
                new Shape(List.of("Senator Paul Brandt and Nora Lindqvist spoke at the dinner.",
                        "Nora Lindqvist, a media consultant who last year tried to organize a campaign against Senator Paul Brandt, "
                                + "said, \u201cThe effort exists only on cable television.\u201d"), 0, SpeakerRule.CUE_BEFORE, "Lindqvist"),
                // a quotation closed by a full stop, then only a name and its verb: the comma lost, not the speaker
                new Shape(List.of("Senator Ruth Calder met the board on Monday.",
                        "\u201cWe will find the money somewhere. We always have.\u201d Calder said on Tuesday."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Calder"),
                // one country before its verb speaks as its government
                new Shape(List.of("The council met after the missile test.",
                        "Norway insisted that the launch \u201cmust not go unanswered\u201d and called for new talks."),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Norway"),
                // the wire service in a dateline's brackets is not the sentence's subject
                new Shape(List.of("Lisbon (AFP) \u2013 Democrat Maria Okafor has criticised her rival, saying that "
                        + "\u201cloud words\u201d do more harm than good."), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Okafor"),
                // "the union" with no union named: the organisation named last speaks
                new Shape(List.of("The Association of Flight Attendants endorsed the senator on Monday.",
                        "\u201cShe has stood with working people for decades,\u201d the union wrote."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Flight Attendants"),
                // a name that only ever opens sentences, right between a quotation and its verb
                new Shape(List.of("The debate turned to the border.",
                        "\u201cWe are tired of being told it is unfair!\u201d Okonjo said."),
                        0, SpeakerRule.UNLISTED_NAME, "Okonjo"),
                // an irregular past after the name, as the trigram reads it
                new Shape(List.of("Jim Okafor and Sandy Lund stood in line to vote.",
                        "\u201cThey are all here for the free stuff,\u201d Okafor went on with a laugh."),
                        0, SpeakerRule.TRIGRAM, "Okafor"),
                // "beamed Jane Roe of Madison": a place after the name ends no subject
                new Shape(List.of("\u201cThis is fantastic!\u201d beamed Darnell Whitacre of Madison, Alabama, who had sneaked onto the floor."),
                        0, SpeakerRule.TRIGRAM, "Whitacre"),
                // a quotation running over two paragraphs, then one more in the paragraph it closed in
                new Shape(List.of("Mayor Lena Fischer said: \u201cThe bridge will be rebuilt.",
                        "\u201cIt will take two years,\u201d Fischer said. \u201cNot one day more.\u201d"),
                        1, SpeakerRule.SAME_PARAGRAPH, "Fischer"),
                // a paragraph closing on "he said:", then the quotation as a paragraph of its own
                new Shape(List.of("Senator Paul Brandt spoke at the dinner. In a long toast, he declared:",
                        "\u201cThis town has given me everything I have.\u201d"), 0, SpeakerRule.PARAGRAPH_INTRODUCTION, "Brandt"),
                // a surname that is a person only by a later cue verb ("Okafor said") is that person before it too
                new Shape(List.of("Here in Dayton, Okafor stepped up his emphasis on the courts, saying, "
                        + "\u201cWe have got to reach the day when nobody is afraid.\u201d",
                        "\u201cWe will win this state,\u201d Okafor said."), 0, SpeakerRule.CUE_BEFORE, "Okafor"),
                // a fragment closed by a comma and a cue verb after it is that verb's, not the one before
                new Shape(List.of("Director Paul Brandt and Nora Lindqvist spoke to the committee.",
                        "Brandt cannot say that \u201cfrom his perspective,\u201d Lindqvist added, saying it was up to the prosecutor."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Lindqvist"),
                // "it" with no organisation named near: the body that spoke the quotation before goes on
                new Shape(List.of("The Association of Flight Attendants endorsed the senator on Monday.",
                        "\u201cShe has stood with working people for decades,\u201d the union wrote.",
                        "\u201cWe are proud to stand with her,\u201d it added."), 1, SpeakerRule.PRONOUN_AFTER_QUOTE, "Flight Attendants"),
                // an owner's possessive, a role, then the name holding it
                new Shape(List.of("Senator Ruth Calder and Jeff Okafor campaigned in Ohio.",
                        "\u201cBy December, the map had changed,\u201d Calder's campaign manager, Jeff Okafor, said in an interview."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Okafor"),
                // "He" opening a sentence is the subject of the sentence before, not the last name
                new Shape(List.of("Governor Tom Reyes took offense when Senator Alan Whitby confronted him. "
                        + "He later suggested his rival was tired, called him \u201cthird-rate\u201d and boycotted the debate."),
                        0, SpeakerRule.PRONOUN_SUBJECT, "Reyes"),
                // more than one phrase before the sentence's subject, the second opening with a lowercase word
                new Shape(List.of("Senator Elena Marsh and Governor Tom Reyes met on Friday.",
                        "On Thursday, after staying neutral throughout the primary, Marsh appeared on a morning show and "
                                + "endorsed Reyes, saying, \u201cHe is exactly what this state needs.\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Marsh"),
                // a conjunction, then the subject, with no comma between
                new Shape(List.of("Senator Elena Marsh and Governor Tom Reyes met on Friday.",
                        "And then Marsh went fully on the attack, saying, \u201cWill the governor finally resign?\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Marsh"),
                // an organisation after "on" right before a participle is where it was said, not who said it
                new Shape(List.of("Senator Elena Marsh and Governor Tom Reyes met on Friday.",
                        "Marsh responded to the question on Facebook writing, \u201cYes, I will. That was a poor choice of words.\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Marsh"),
                // "Like X," opens the sentence before its subject
                new Shape(List.of("Senator Elena Marsh and Governor Tom Reyes met on Friday.",
                        "Like Reyes, Marsh also rejected the notion that the bill was dead, arguing that there is "
                                + "\u201cflexibility for the administration\u201d in the sanctions regime."),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Marsh"),
                // "he" opening a clause inside the sentence is its subject, not the last person named
                new Shape(List.of("Senator Elena Marsh and Governor Tom Reyes met on Friday.",
                        "Paul Brandt went after Reyes at the debate, when he called the businessman \u201cunhinged.\u201d"),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Brandt"),
                // "the minority leader", no one so titled before: the person the sentence before is about
                new Shape(List.of("Senator Elena Marsh and Tom Reyes met on Friday.",
                        "Still, Reyes would not say whether he would prefer Marsh. The minority leader said flatly: "
                                + "\u201cI do not think it matters.\u201d"), 0, SpeakerRule.CUE_BEFORE, "Reyes"),
                // the owner of the speaker's role, named after the quotation, does not stop the speaker going on
                new Shape(List.of("Senator Elena Marsh and Tom Reyes met on Friday.",
                        "\u201cThis is the first time a candidate has asked a foreign power to spy,\u201d said "
                                + "Marsh\u2019s top foreign policy aide Jake Sumner.",
                        "\u201cThis has gone from a matter of curiosity to a national security issue.\u201d"),
                        1, SpeakerRule.CONTINUING_SPEAKER, "Sumner"),
                // a colon after another name in the quotation's own sentence: not the paragraph's last speaker's
                new Shape(List.of("Senator Elena Marsh and Governor Tom Reyes met on Friday.",
                        "Reyes could issue \u201csome kind of executive order,\u201d said Elena Marsh, president of the "
                                + "police union. Reyes resisted: \u201cGovernors do not have the power to suspend the constitution.\u201d"),
                        1, SpeakerRule.COLON_INTRODUCTION, "Reyes"),
                // "he" after a quotation is not someone the quotation itself names
                new Shape(List.of("Governor Tom Reyes spoke in Ohio on Monday.",
                        "\u201cVoters reject the establishment. In 2000 the party got fewer votes than Paul Brandt,\u201d he said."),
                        0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Reyes"),
                // a second quotation joined by "and" shares the cue verb after it
                new Shape(List.of("Governor Paul Brandt spoke at the convention.",
                        "Guns are \u201cthe ultimate public health crisis\u201d and \u201cstunt children\u2019s growth,\u201d "
                                + "Paul Brandt, the former governor of Vermont, proclaimed to a cheering crowd."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Brandt"),
                // a present-tense verb and "out" after a quotation and a name, as the trigram reads it
                new Shape(List.of("Paul Brandt spoke at the convention.",
                        "\u201cThere were some of us who thought you could work with them,\u201d Brandt points out."),
                        0, SpeakerRule.TRIGRAM, "Brandt"),
                // a participle goes with the cue verb before it, a place and a time between them
                new Shape(List.of("Tom Reyes attacked the judge. Judge Gonzalo Ramirez ruled against him.",
                        "\"It is a shame. He is a hater,\" Reyes said at a campaign rally in San Diego, adding that the "
                                + "Indiana-born judge was \"Mexican.\""), 1, SpeakerRule.FRAGMENT_CUE_BEFORE, "Reyes"),
                // "but now said": an adverb between the conjunction and the second verb of the same subject
                new Shape(List.of("House Republican Paul Brandt used to support fellow Kentuckian Tom Reyes, but now "
                        + "said Marsh had \u201cthe opportunity and the obligation to bring us together.\u201d"),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Brandt"),
                // a participle joined by "by"
                new Shape(List.of("Walter Spade responded to the tweet by calling the prince \u201cdopey\u201d on Monday."),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Spade"),
                // a fragment inside the writer's sentence, ", said X, an apposition." closing it
                new Shape(List.of("A win would create a \u201csummer of agony\u201d for the governor leading up to the "
                        + "convention, forcing her to fend off both of her rivals at once, said Brad Kowalczyk, a Democratic pollster and consultant."),
                        0, SpeakerRule.SENTENCE_END_CUE, "Kowalczyk"),
                // a colon right before the quotation, a participle with no subject of its own earlier in the sentence
                new Shape(List.of("As if addressing the governor directly, the Ohio Board of Elections was conclusive in "
                        + "its findings: \u201cFurther discussion on this issue is unnecessary.\u201d"),
                        0, SpeakerRule.COLON_INTRODUCTION, "Board of Elections"),
                // the name opening the colon's clause, whatever its verbs
                new Shape(List.of("The crowd chanted for Okonjo all night.",
                        "Okonjo gestured as if to stop the chant, then leaned in and boomed: \u201cLet us win in November.\u201d"),
                        0, SpeakerRule.COLON_INTRODUCTION, "Okonjo"),
                // a participle whose sentence opens with what speaks for a person: the person
                new Shape(List.of("Speaker Paul Brandt met Walter Spade on Monday.",
                        "Brandt\u2019s campaign shrugged off Spade\u2019s comments, telling reporters, \u201cNo one on "
                                + "our team has ever asked for his endorsement.\u201d"), 0, SpeakerRule.CUE_BEFORE, "Brandt"),
                // a no-break space between the pronoun and its verb joins them as a space does
                new Shape(List.of("Senator Ruth Calder spoke in Dayton on Monday.",
                        "She\u00a0then adopted a southern accent and joked, \u201cThey will make fun of me anyway.\u201d"),
                        0, SpeakerRule.PRONOUN_SUBJECT, "Calder"),
                // an adverb between the pronoun and its cue verb
                new Shape(List.of("Senator Ruth Calder spoke in Dayton on Monday.",
                        "She jokingly tells audiences that after 44 male presidents, \u201cIt is time.\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Calder"),
                // "he" after a clause opened by "while" goes on with that clause's subject, not the last name
                new Shape(List.of("While Donald Brandt affirmed that he likes Tom Reyes, he also stated a day earlier, "
                        + "\u201cIf he catches on, we will have to go to war.\u201d"), 0, SpeakerRule.CUE_BEFORE, "Brandt"),
                // a party and state in brackets, then an apposition, between the subject and its verb
                new Shape(List.of("Senate Minority Leader Jane Whitcombe (D-Nev.), in particular, has been pounding "
                        + "Tom Brandt as a \u201ccon artist\u201d for months."), 0, SpeakerRule.FRAGMENT_SUBJECT, "Whitcombe"),
                // a colon introduction: the subject after the opening phrase, not the first name of the sentence
                new Shape(List.of("With party leaders worried about a lack of passion for Helen Marsh among young voters, "
                        + "President Tom Okafor is rolling out a new message: \u201cIt is about me.\u201d"),
                        0, SpeakerRule.COLON_INTRODUCTION, "Okafor"),
                // "in states": a noun after a preposition is no cue verb, so the fragment's sentence subject speaks
                new Shape(List.of("As the race has turned to primary contests in states with more diverse electorates, "
                        + "Helen Marsh has increasingly decried the issue of \u201csystemic racism.\u201d"),
                        0, SpeakerRule.FRAGMENT_SUBJECT, "Marsh"),
                // a title and a name before the owner's possessive, then what speaks for the owner
                new Shape(List.of("Congressman Trey Okafor\u2019s office slammed a lawsuit filed by a fired staffer, calling "
                        + "it \u201cmeritless\u201d on Monday."), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Okafor"),
                new Shape(List.of("Helen Marsh\u2019s aides cast her victory in the caucuses as a sign that her focus on "
                        + "what her team calls \u201cbreaking barriers\u201d was resonating."), 0, SpeakerRule.FRAGMENT_SUBJECT, "Marsh"),
                // a second verb in an opening "when" clause: that clause's subject, not the main clause's
                new Shape(List.of("When Tom Okafor later referred to the shooting and said he would \u201cprotect our "
                        + "citizens,\u201d the crowd applauded loudly."), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Okafor"),
                // ", who added": the person the relative clause hangs on, past the apposition, not its role
                new Shape(List.of("\u201cWe are gearing up,\u201d said Scott Okafor, the chamber\u2019s chief political "
                        + "strategist, who added that his group plans to zero in on issues \u201clike folks are running for "
                        + "sheriff.\u201d"), 1, SpeakerRule.FRAGMENT_CUE_BEFORE, "Okafor"),
                // a noun of saying several words before the quotation
                new Shape(List.of("Senator Marco Reyes\u2019s catch phrase in that election against Tom Brandt was that "
                        + "Brandt \u201cwould say or do anything to win.\u201d"), 0, SpeakerRule.SPEECH_NOUN_OWNER, "Reyes"),
                // a dash closing the clause whose subject then speaks
                new Shape(List.of("Tom Okafor also embraced harsh interrogation techniques -- \u201cI think it is nothing "
                        + "compared to what they would do to us.\u201d"), 0, SpeakerRule.COLON_INTRODUCTION, "Okafor"),
                // a headline's opening name before its colon, not the first actor after the name
                new Shape(List.of("Okonjo on Marsh Releasing Her Goldman Sachs Speech Transcripts: \u2018I Think She Will.\u2019",
                        "Senator Ada Okonjo said on Tuesday that she thinks Helen Marsh will release them."),
                        0, SpeakerRule.COLON_INTRODUCTION, "Okonjo"),
                // "as X put it," before the quotation
                new Shape(List.of("Prosecutors first noticed him in 2011. But at the time, as prosecutor Marc Okonjo put it, "
                        + "\u201cthere was not much to complain about.\u201d"), 0, SpeakerRule.AS_PUT_IT, "Okonjo"),
                // a definite description by age or by state or party stands for the person named before
                new Shape(List.of("Comedian Pete Sorensen posted a new video on Friday.",
                        "\u201cWhat if the candidate had elocution lessons?\u201d the 43-year-old wrote."), 0,
                        SpeakerRule.SUBJECT_THEN_CUE_VERB, "Sorensen"),
                new Shape(List.of("Retired surgeon Ben Carlton spoke in Iowa on Thursday.",
                        "\u201cOne of the things would be to cut regulations,\u201d the Republican said."), 0,
                        SpeakerRule.SUBJECT_THEN_CUE_VERB, "Carlton"),
                // a person named as the object of the attribution's own sentence does not stop the speaker going on
                new Shape(List.of("Filling in for the senator at the same event, activist Carl Westover landed a sharp dig.",
                        "\"I took Wall Street money but it didn't affect me?\" he said, paraphrasing Marsh's remarks at the debate.",
                        "\"I say, I was born at night but not last night.\""), 1, SpeakerRule.CONTINUING_SPEAKER, "Westover"),
                // a verb of saying as a participle: "interjecting"
                new Shape(List.of("Megan Kole pressed the candidate on his words about women.",
                        "Tom Brandt tried to laugh it off by interjecting, \u201cOnly the comedians.\u201d But Kole was relentless."),
                        0, SpeakerRule.CUE_BEFORE, "Brandt"),
                // a description by title stands for the person the sentence before is about, not the last one named
                new Shape(List.of("Tom Brandt said Friday that it would \"have been cool\" had Helen Marsh congratulated him.",
                        "\u201cI was curious to see whether she\u2019d do a class act,\u201d the Republican nominee said at a rally."),
                        1, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Brandt"),
                // the dots of a state's initials in brackets end no clause
                new Shape(List.of("\u201cThey have nothing to worry about,\u201d Sen. Charles Shuman (D-N.Y.) said Tuesday."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Shuman"),
                // an aside of a name and a cue verb between commas, before the quotation in its sentence
                new Shape(List.of("Senator Ted Crane met Ben Carlson in Iowa.",
                        "Crane claimed that his aides had misread a news report. The network, Crane said, called the news "
                        + "\u201chighly significant.\u201d"), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Crane"),
                // a platform after "on his official" is where he spoke, not who
                new Shape(List.of("Senator John Maddox said the president was to blame. Shortly afterward, Maddox said on his "
                        + "official Twitter feed that he was referring to the president's decisions, \u201cnot to the President "
                        + "himself.\u201d"), 0, SpeakerRule.CUE_BEFORE, "Maddox"),
                // "It stated" after "the email read": the email, which speaks as its author
                new Shape(List.of("Ted Crane's campaign sent an email to supporters on Friday.",
                        "\"Friend, let me be blunt. I can beat her,\" the email read. It stated that Tom Brandt is so rattled "
                        + "by Crane's \"surge in the polls\" that he will fight on. It said that Brandt backs \"Marsh-style "
                        + "healthcare\" and more."), 2, SpeakerRule.FRAGMENT_CUE_BEFORE, "Crane"),
                // the nearer "who" hangs on no one named: the one before it does
                new Shape(List.of("Tom Brandt's tone was a contrast to the introduction by his daughter Ivy Brandt, who portrayed "
                        + "him as an executive who would be \"the people's champion\" and more."), 0,
                        SpeakerRule.RELATIVE_CLAUSE, "Ivy"),
                // the name in apposition to a description opening the sentence, its verb right after
                new Shape(List.of("The move enraged critics, including Senator Gordon Connell of Kentucky. Another critic, "
                        + "Laurence H. Tripp, likened the rules to \"burning the Constitution\" - a charge that stung."), 0,
                        SpeakerRule.FRAGMENT_SUBJECT, "Tripp"),
                // a one-sentence paragraph about "she" between her quotation and the next: she goes on
                new Shape(List.of("\"I am calling from the campaign. How are you today?\" Marta Miller, a retired worker, said "
                        + "into the phone.", "She pauses.", "\"Well, thank you so much.\""), 1,
                        SpeakerRule.CONTINUING_SPEAKER, "Miller"),
                // a numbered heading in title case opening with a name, its verb capitalised
                new Shape(List.of("Take a look at what John Lazaro and Zoe Saldivar said this year.",
                        "1\nJohn Lazaro On How History Makes Latinos Feel \u201cInvisible.\u201d"), 0,
                        SpeakerRule.FRAGMENT_SUBJECT, "Lazaro"),
                // an auxiliary between the name and its verb after the quotation
                new Shape(List.of("James Combe spoke on Tuesday about the agency.",
                        "The agency made a \"mistake\" in the background check for gunman Dylan Rourke, Combe has said."), 0,
                        SpeakerRule.SUBJECT_THEN_CUE_VERB, "Combe"),
                // the subject of the clause after ", while", not the sentence's first
                new Shape(List.of("Governor Bobby Jinks on Monday signed an order to block refugees, while Mike Huckle, the "
                        + "former Arkansas governor, proposed we \"wake up and smell the falafel\" and said the speaker should "
                        + "resign."), 0, SpeakerRule.SENTENCE_SUBJECT, "Huckle"),
                // "Wells’ comments" is a noun after a plural's possessive, no cue verb for the participle to share
                new Shape(List.of("Milford sent aides to assist Mayor Karen Thresher with whatever she needed. Senator Lenny "
                        + "Wells called for the governor to resign.", "Thresher didn\u2019t seem impressed with Wells\u2019 "
                        + "comments Tuesday, telling reporters, \u201cA lot of people said the governor should step down.\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Thresher"),
                // "fired back" answers in words: its subject, not that of the cue verb of the clause before
                new Shape(List.of("When Tom Brandt suggested that Cuba would sue the country, Marco Hadley fired back "
                        + "forcefully: \u201cIf they sue us in a court in Miami, they\u2019re going to lose.\u201d"), 0,
                        SpeakerRule.CUE_BEFORE, "Hadley"),
                // "interjected to say": the subject of the cue verb before "to"
                new Shape(List.of("Martin O'Dwyer and Bernard Sanz debated on Sunday.", "O'Dwyer, who signed sweeping gun "
                        + "laws as governor, interjected to say: \"They've both been inconsistent on this issue.\""), 0,
                        SpeakerRule.CUE_BEFORE, "O'Dwyer"),
                // an auxiliary between the apposition's closing comma and the cue participle
                new Shape(List.of("Now Walter Hedge, the most unconventional presidential candidate in modern times, is "
                        + "promising to create \"a big spectacle\" in the city."), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Hedge"),
                // "the Wisconsin Republican": a state and a party word, the person the sentence before is about
                new Shape(List.of("Speaker Paul Sumner says the whole world is watching the race and the comments of Walter "
                        + "Hedge. In an interview Thursday, the Wisconsin Republican said allies wanted to know if the "
                        + "country is \u201cstill in the game.\u201d"), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Sumner"),
                // a verb taking an object right after the fragment's comma is the subject's next verb, no inversion
                new Shape(List.of("Walter Hedge further summed up Helen Marsh as \u201cterrible,\u201d denounced her record as "
                        + "secretary of state and said she should not run."), 0, SpeakerRule.FRAGMENT_SUBJECT, "Hedge"),
                // an apposition between dashes before the cue verb
                new Shape(List.of("Jason Simms \u2014 a teacher from Mount Pleasant \u2014 says he voted late, and that the "
                        + "governor's endorsement was \u201ca big deal.\u201d"), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Simms"),
                // a web address inside the apposition ends no clause
                new Shape(List.of("\u201cRoe needs a plan for these voters,\u201d Nate Walsh, the analyst who founded "
                        + "pollingsite.com tweeted on Wednesday."), 0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Walsh"),
                // a past cue verb set in capitals after the apposition's comma
                new Shape(List.of("The head of the super PAC, Mike Dalton, praised the skywriting on Friday.",
                        "\u201cNot us but can\u2019t argue with it!\u201d Dalton, the head of Right to Rise, Tweeted on Friday "
                        + "with an image."), 0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Dalton"),
                // "he" after a quotation: the subject of the sentence before, not the last person named
                new Shape(List.of("Tom Okafor congratulated his rivals Walter Brandt and Pedro Alvarez, drawing boos. "
                        + "\u201cJust one minute, come on,\u201d he urged them."), 0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Okafor"),
                // "he" opening a paragraph: the subject of the cue verb closing the paragraph before, not the last name
                new Shape(List.of("White House spokesman Josh Ellery said President Tom Brandt has kept in close touch "
                        + "with his supporters and would be an influential advocate for the nominee.",
                        "\u201cI would think that would have some influence on those voters,\u201d he said."),
                        0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Ellery"),
                // "read the email" after "his campaign sent out a fundraising email": the owner of the campaign
                new Shape(List.of("Senator Paul Hendricks lost the primary in March.",
                        "On Saturday, his campaign sent out a fundraising email about the convention. \"Our movement "
                                + "has already changed the race,\" read the email."),
                        0, SpeakerRule.CUE_VERB_THEN_SUBJECT, "Hendricks"),
                // "The email goes on to say:" after "X emailed supporters": who sent it
                new Shape(List.of("Dana Whitfield, vice chairwoman of the campaign, emailed supporters on Monday evening.",
                        "The email goes on to say: \u201cWe have to be ready to stop him.\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Whitfield"),
                // a demonym and a title describe the person the sentence before is about
                new Shape(List.of("Chelsea manager Jose Almeida was happy after the game on Saturday.",
                        "\"We played well and deserved the win,\" said the Portuguese coach."),
                        0, SpeakerRule.CUE_VERB_THEN_SUBJECT, "Almeida"),
                // an age and a noun after it: the person the sentence before is about
                new Shape(List.of("Mr Tom Keller, 45, lost his home in the flood.",
                        "\"It was terrible,\" the 45-year-old father-of-two told reporters."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Keller"),
                // a player described by his position: the person the paragraph is about
                new Shape(List.of("Striker Marcus Obi has signed a new contract with the club.",
                        "Obi, 23, scored 19 goals last season. \"This club is my home,\" the forward said."),
                        0, SpeakerRule.SUBJECT_THEN_CUE_VERB, "Obi"),
                // a pulled-out quotation, then "That was the message from X": X
                new Shape(List.of("\u201cWe must act now to protect our workers.\u201d",
                        "That was the message from Prime Minister Jane Rowe on Monday, as she opened the summit in Ottawa."),
                        0, SpeakerRule.NEXT_PARAGRAPH_SUBJECT, "Rowe"),
                // "she" skips a man the article calls "Mr." (no given name says so)
                new Shape(List.of("Mrs. Okonkwo, if elected, might nominate Mr. Adeyemi himself, a prospect that "
                        + "horrifies the opposition. \u201cWhat a great idea,\u201d she said in Lagos."),
                        0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Okonkwo"),
                // "Those were the words of X" after a pulled-out quotation beats the speaker of the paragraph before
                new Shape(List.of("\"My client has done nothing wrong,\" said the family's lawyer, Jane Doyle.",
                        "\u201cWe must do better.\u201d",
                        "Those were the words of the chief executive, Amanda Pritchard, on Tuesday."),
                        1, SpeakerRule.NEXT_PARAGRAPH_SUBJECT, "Pritchard"),
                // a statement in straight marks whose first paragraph a nested curly quotation cuts short: it runs on,
                // so it is speech going on, not a subhead
                new Shape(List.of("Governor Maria Lopez released a statement on Friday.",
                        "\"The decision of the court is wrong. It ignores what the \u201cFair Maps Act\u201d says about districts.",
                        "\"We will appeal. Attorney General Tom Kenton has already filed the papers."),
                        0, SpeakerRule.CONTINUING_SPEAKER, "Lopez"),
                // "said he doubts …" after a fragment: "he" opens the clause said, the sentence's subject speaks
                new Shape(List.of("Gordon Hale and Donald Brandt met in Cleveland on Monday.",
                        "Hale, who calls Brandt a \u201csociopath,\u201d said he doubts the effort needs an alternative."),
                        0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Hale"),
                // "he" after "X asked Y …": Y answers
                new Shape(List.of("Reporter Dan Keller asked Governor Paul Hendricks how high the wall would be.",
                        "\u201cI think the height could be 35 to 45 feet,\u201d he said."),
                        0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Hendricks"),
                // a document a verb takes as its object ("mocked the complaint") is no subject: the sentence's is
                new Shape(List.of("Governor Tom Reyes complained about his microphone after the debate.",
                        "Rival Senator Ana Ruiz had mocked the complaint, saying anybody who complains about a microphone "
                                + "\u201cis not having a good night.\u201d"), 0, SpeakerRule.SENTENCE_SUBJECT, "Ruiz"),
                // a newspaper and a lowercase title before the name: the columnist opens the sentence, not the person
                // named inside the apposition
                new Shape(List.of("Senator Ana Ruiz has held few press conferences this year.",
                        "Washington Post columnist Jane Doyle, in an attempt to draw attention to Ruiz\u2019s silence, wrote, "
                                + "\u201cThe candidate answered a grand total of seven questions.\u201d"),
                        0, SpeakerRule.CUE_BEFORE, "Doyle"),
                // "X of Oklahoma, an ally of GOP leadership, said": the person before "of" and a place, not the party
                new Shape(List.of("Rep. Tom Colby of Oklahoma, an ally of GOP leadership, said Thursday his biggest worry "
                        + "about the nominee is that he is \u201cunpredictable.\u201d"), 0, SpeakerRule.FRAGMENT_CUE_BEFORE,
                        "Colby"),
                // a clause opened by "when" after the quotation is no attribution: the participle before it is
                new Shape(List.of("The spot concludes with footage of Senator Ana Ruiz saying during the debate last week, "
                        + "\u201cThat makes me smart,\u201d when Governor Tom Reyes blasted her for not paying income tax."),
                        0, SpeakerRule.CUE_BEFORE, "Ruiz"),
                // a convention after "at" is where it was said, not who said it: "he" is the delegate
                new Shape(List.of("Delegates gathered at the Republican convention in Cleveland on Monday.",
                        "\u201cWe show anger, we show emotion,\u201d said Tom Harvey, a delegate from Ohio.",
                        "\u201cWe\u2019re alive, unlike the robots you\u2019re going to see next week\u201d at the Democratic "
                                + "convention, he said."), 1, SpeakerRule.PRONOUN_AFTER_QUOTE, "Harvey"),
                // "calls" after "it" is a verb, even with "in" three words back ("specializes in building what it calls")
                new Shape(List.of("The two groups spent $332,000 on payments to a firm called Norwood Analytics, which "
                        + "specializes in building what it calls \u201cpsychographic\u201d profiles of voters."),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Norwood"),
                // "the release said" of a release never brought up before: whoever the sentence before has announce
                new Shape(List.of("Former Gov. Maria Lopez had been scheduled to attend the event in Casper, but on "
                        + "Thursday, the Wyoming Republican Party announced she wasn\u2019t coming.",
                        "\u201cThe campaign has informed us that the scheduled speaker will not be attending the State GOP "
                                + "Convention,\u201d the release said."), 0, SpeakerRule.SUBJECT_THEN_CUE_VERB,
                        "Wyoming Republican Party"),
                // "It" opening the sentence after "X's campaign is …": the campaign, which speaks as X
                new Shape(List.of("Senator Ana Ruiz\u2019s campaign is defending her early-morning tweets. It\u2019s "
                        + "denouncing what it calls \u201cthe single-biggest coordinated media attack in history.\u201d"),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Ruiz"),
                // "who in 2010 said": a short phrase between the relative "who" and its verb
                new Shape(List.of("The president has had a frosty relationship with Walter Brandt, now the Senate majority "
                        + "leader, who in 2010 said the party's most important goal was to make him a \"one-term "
                        + "president.\""), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Brandt"),
                // "X of the Brookings Institution said": the person, not the body he speaks from
                new Shape(List.of("Priya Venkat of the Brookings Institution in Washington said the plan was "
                        + "\u201cdead on arrival.\u201d"), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Venkat"),
                // "he" after "X at the National Review agreed …": the person, not the magazine
                new Shape(List.of("Lena Fischer at the National Review agreed with the host about the winner.",
                        "\u201cIf the goal was to make his rival defend business as usual, he succeeded,\u201d she wrote."),
                        0, SpeakerRule.PRONOUN_AFTER_QUOTE, "Fischer"),
                // an age opening the sentence before the name is no bar to its being the subject
                new Shape(List.of("76-year-old Oskar Lindqvist, founder of a training institute and longtime party "
                        + "committeeman from Virginia, endorsed Senator Paul Hendricks last week, saying he \u201chas "
                        + "consistently demonstrated his deep commitment to conservative principles.\u201d"),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Lindqvist"),
                // a phrase between the quotation and "according to" is the writer's, not the source
                new Shape(List.of("Pressure is building on Governor Tom Reyes, who was greeted with chants of "
                        + "\"Bobby!\" at a labor conference in Norfolk last month, according to Virginia AFL-CIO "
                        + "President Dora Quist-Mays."), 0, SpeakerRule.ACCORDING_TO, "Quist-Mays"),
                // an adverb between an apposition's comma and the verb: the name before the apposition, not the
                // organisation inside it
                new Shape(List.of("In a panel discussion this weekend, Carl T. Moravec, the chief executive of the "
                        + "National Tenants League, forcefully told a young woman that \"this is not the first "
                        + "generation to be frustrated.\""), 0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Moravec"),
                // the closing ", said X, apposition, on Monday." of a sentence whose fragment no verb near it claims
                new Shape(List.of("The agency looked for a link between the two men in 2014 and did not find \"ties of "
                        + "any consequence,\" aside from the two knowing each other \"casually\" from the same mosque, said the "
                        + "bureau's director, Lorna B. Whitcombe, on Monday."), 0, SpeakerRule.SENTENCE_END_CUE,
                        "Whitcombe"),
                // a gerund of saying after "for" shares the subject of its clause, a "he" after a possessive opening
                new Shape(List.of("Dr. Anton Berger hosts a daytime show.",
                        "Berger\u2019s dubious medical advice earned him the attention of Congress, where he appeared at a "
                        + "2014 Senate hearing for his role in promoting weight-loss aids on his show and for saying that "
                        + "green coffee extract was a \u201cmagic weight loss cure for every body type.\u201d"),
                        0, SpeakerRule.FRAGMENT_CUE_BEFORE, "Berger"),
                // rule "nickname inside a name": the quoted nickname ends no clause between the quotation and its verb
                new Shape(List.of("\u201cTonight belongs to the whole district, Tom Harlan!\u201d Harlan's cousin, state Del. "
                        + "Renata \u201cRen\u201d Okoro (D-Hampton), called from the stage."), 0,
                        SpeakerRule.SUBJECT_THEN_CUE_VERB, "Okoro"),
                // "identified … as" reports what the subject said
                new Shape(List.of("Sen. Ted Marsh identified the new levy as \u201ca tax on the young\u201d on Sunday."), 0,
                        SpeakerRule.FRAGMENT_CUE_BEFORE, "Marsh"));
    }

    @Test
    void realNewsShapesAreReadByTheirRule() {
        for (Shape shape : shapes()) {
            List<Quote> quotes = extractor.extract(Articles.body(shape.paragraphs().toArray(String[]::new))).quotes();
            assertTrue(quotes.size() > shape.quote(), shape + " " + quotes);
            Quote q = quotes.get(shape.quote());
            assertEquals(shape.rule().label, q.rule(), shape + " " + q);
            assertNotNull(q.speakerName(), q.toString());
            assertTrue(q.speakerName().contains(shape.speaker()), shape + " " + q);
        }
    }

    /**
     * A cue verb after the quotation whose subject describes someone unnamed gives that description as the role: after
     * the verb up to a relative clause, before it in full, or opening the clause of a verb before the quotation; not
     * the object of a verb whose subject stood before the quotation, nor a list of words, nor a passive's subject.
     */
    @Test
    void anUnnamedSubjectByTheCueVerbIsTheRole() {
        List<Quote> q = extractor.extract(Articles.body(
                "A cashier near the mosque in Fort Pierce was shaken by what she has heard since the shooting.",
                "\u201cPeople look at us differently now,\u201d said the woman, who asked not to be named.",
                "\u201cIt was chaos,\u201d a source close to the county sheriff said.",
                "Tobias Lindgren, who starred in \u201cHarbour Lights,\u201d posted the clip on Thursday.",
                "\u201cWe will appeal,\u201d the tall, 71-year-old diplomat said.",
                "As a phone rang in the dark, the announcer said, \u201cWho do you want answering the call?\u201d",
                "According to the company playbook, its salesmen were told, \u201cYou sell feelings.\u201d",
                "\u201cThe car never slowed,\u201d said one of two witnesses.")).quotes();
        assertEquals(SpeakerRule.DESCRIBED_SUBJECT.label, q.get(0).rule(), q.toString());
        assertEquals("the woman", q.get(0).speakerRole(), q.toString());
        assertEquals("a source", q.get(1).speakerRole(), q.toString());
        assertTrue(!SpeakerRule.DESCRIBED_SUBJECT.label.equals(q.get(2).rule()), q.toString());
        assertTrue(!SpeakerRule.DESCRIBED_SUBJECT.label.equals(q.get(3).rule()), q.toString());
        assertEquals(SpeakerRule.DESCRIBED_SUBJECT.label, q.get(4).rule(), q.toString());
        assertEquals("the announcer", q.get(4).speakerRole(), q.toString());
        assertTrue(!SpeakerRule.DESCRIBED_SUBJECT.label.equals(q.get(5).rule()), q.toString());
        assertEquals(SpeakerRule.DESCRIBED_SUBJECT.label, q.get(6).rule(), q.toString());
        assertEquals("one of two witnesses", q.get(6).speakerRole(), q.toString());
    }

    @Test
    void aCapitalisedNounAfterTheIsNoUnlistedName() {
        List<Quote> q = extractor.extract(Articles.body("Manager Erik Lund was delighted with the signing.",
                "\"He works harder than anyone,\" the Dane added.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerName() == null || !q.get(0).speakerName().equals("Dane"), q.toString());
    }

    @Test
    void aRoleGoesOnToTheNextQuotationOfItsParagraphAndTheNext() {
        List<Quote> q = extractor.extract(Articles.body("Party insiders were split on the result.",
                "\u201cThe map has changed,\u201d said one unaligned party strategist. \u201cThere is no home-state advantage.\u201d",
                "\u201cNobody saw it coming.\u201d")).quotes();
        assertEquals(3, q.size(), q.toString());
        assertEquals(SpeakerRule.SAME_PARAGRAPH.label, q.get(1).rule(), q.toString());
        assertEquals(SpeakerRule.CONTINUING_SPEAKER.label, q.get(2).rule(), q.toString());
        for (Quote quote : q) {
            assertEquals(null, quote.speakerName(), quote.toString());
            assertTrue(quote.speakerRole() != null && quote.speakerRole().contains("strategist"), quote.toString());
        }
    }

    @Test
    void anUnnamedSourceIsARoleNotTheBodyItSitsOn() {
        List<Quote> q = extractor.extract(Articles.body("The Oversight Committee met on Friday.",
                "\u201cRepublicans are in a frenzy that is disorganized,\u201d said one Democratic source on the panel.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertTrue(q.get(0).speakerRole() != null && q.get(0).speakerRole().contains("source"), q.toString());
    }

    @Test
    void aPronounNeverStandsForSomeoneNamedOnlyInsideAnEarlierQuotation() {
        List<Quote> q = extractor.extract(Articles.body("Governor Tom Reyes spoke in Ohio on Monday.",
                "Reyes said: \u201cIn 2000 the party got fewer votes than Paul Brandt.\u201d",
                "Asked about the race, he called it \u201ca long road.\u201d")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Tom Reyes", q.get(1).speakerName(), q.toString());
    }

    @Test
    void aDescriptionNoListHoldsIsTheOneWhoJustSpoke() {
        List<Quote> q = extractor.extract(Articles.body("On his show, host Paul Brandt wrote: \u201cI could not disagree more.\u201d",
                "The radioman pointed out that the governor once backed \u201cbailouts and stimulus.\u201d")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(1).rule(), q.toString());
        assertEquals("Paul Brandt", q.get(1).speakerName(), q.toString());
    }

    @Test
    void aDescriptionAfterAnOpeningPhraseIsThePersonTheSentenceBeforeOpensWith() {
        List<Quote> q = extractor.extract(Articles.body("Senator Ruth Calder spoke to voters in Dayton on Monday.",
                "In a later tweet, the candidate boasted that \u201ceveryone\u201d now follows her lead on taxes.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals("Ruth Calder", q.get(0).speakerName(), q.toString());
    }

    /** Rule "writer's own clause": the first-person clause before the colon introduces the writer's words. */
    @Test
    void aWritersOwnClauseAfterHerSentenceGivesNoOneTheQuotation() {
        List<Quote> q = extractor.extract(Articles.body("My parents, Hamish and Olive Breen, ran a farm near the coast.",
                "She became so upset, and drove so erratically, that I had to change my answer: \u201cOf course I "
                        + "believe in storms. I was just kidding.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
    }

    /** Rule "first-person subject": "I" before the cue verb is its subject, not the name that opens the sentence. */
    @Test
    void anIBeforeTheCueVerbIsTheWriterNotTheSentencesFirstName() {
        List<Quote> q = extractor.extract(Articles.body("Olive Breen wrote to the council about the drains.",
                "Olive Breen was furious with the council, and I wrote back: \u201cNothing can be done now.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
    }

    /** Rule "joint subject": a surname no rule made an actor and "her co-authors"; the first subject speaks. */
    @Test
    void theFirstOfJointSubjectsSpeaksForThePair() {
        List<Quote> q = extractor.extract(Articles.body("\u201cThese findings do not support routine use,\u201d "
                + "Barrientos and her co-authors wrote in the journal.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.JOINT_SUBJECT.label, q.get(0).rule(), q.toString());
        assertEquals("Barrientos", q.get(0).speakerName(), q.toString());
    }

    /** Not rule "joint subject": "and" joins the writer's clauses after a fragment that no comma closes. */
    @Test
    void andAfterAFragmentWithNoCommaJoinsNoSubjects() {
        List<Quote> q = extractor.extract(Articles.body("Aides struck a call for \u201cproviding defensive weapons\u201d to "
                + "Moldova and replacing it with softer language calling for support.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertTrue(!SpeakerRule.JOINT_SUBJECT.label.equals(q.get(0).rule()), q.toString());
    }

    @Test
    void aDescriptionIsTheMainSubjectOfTheSentenceBeforeNotTheLastNamed() {
        List<Quote> q = extractor.extract(Articles.body("On Thursday, Tom Okafor announced that Jane Ruiz would run his "
                + "field operation. In a statement, the business mogul said that \u201cshe will manage the delegates.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals("Tom Okafor", q.get(0).speakerName(), q.toString());
    }

    @Test
    void aDescriptionOfSomeoneBroughtInUnnamedStaysARole() {
        List<Quote> q = extractor.extract(Articles.body("Jane Ruiz toured the fair on Monday and met an investor there.",
                "\u201cPrices will rise,\u201d the investor said.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("the investor", q.get(0).speakerRole(), q.toString());
    }

    @Test
    void anEditorialBoardSpeaksForTheNewspaperLastNamed() {
        List<Quote> q = extractor.extract(Articles.body("The Portland Herald has run a string of editorials against the plan.",
                "\u201cThe bridge is a waste of money,\u201d the editorial board wrote.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertTrue(q.get(0).speakerName() != null && q.get(0).speakerName().contains("Herald"), q.toString());
    }

    @Test
    void hisCampaignSpeaksAsTheManHeStandsFor() {
        List<Quote> q = extractor.extract(Articles.body("Senator Tom Okafor spent the week in Ohio.",
                "\u201cWe will win this state,\u201d his campaign said in an email.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals("Tom Okafor", q.get(0).speakerName(), q.toString());
    }

    @Test
    void aParticipleOfSayingAfterAConjunctionTakesThePronounOfTheMainClause() {
        List<Quote> q = extractor.extract(Articles.body("In her memoir, Senator Ruth Calder described the fall.",
                "After saying her knee was \u201cso swollen I could barely walk,\u201d she was driven to a hospital.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.OPENING_PARTICIPLE.label, q.get(0).rule(), q.toString());
        assertEquals("Ruth Calder", q.get(0).speakerName(), q.toString());
    }

    @Test
    void anApostropheAfterACapitalSIsAPossessiveNotAClosingMark() {
        List<Quote> q = extractor.extract(Articles.body(
                "Senator Maria Okafor said the SCOTUS\u2019 deadlock has \u201ckept us safe\u201d for now.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals("Maria Okafor", q.get(0).speakerName(), q.toString());
    }

    @Test
    void namesInARelativeClauseAfterTheSubjectAreNotItsOwn() {
        List<Quote> q = extractor.extract(Articles.body("Senator Maria Okafor and Governor Tom Reyes spoke in Dayton.",
                "\u201cThe budget is a mess,\u201d said one former campaign staffer, who said he would vote for neither "
                        + "Okafor nor Reyes.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertTrue(q.get(0).speakerRole() != null && q.get(0).speakerRole().contains("staffer"), q.toString());
    }

    @Test
    void aPostOnAPlatformIsItsOwnersWords() {
        List<Quote> q = extractor.extract(Articles.body("Governor Tom Reyes endorsed the senator on Wednesday.",
                "From Reyes's Facebook post: \u201cWe must move past the divisiveness of this race.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.COLON_INTRODUCTION.label, q.get(0).rule(), q.toString());
        assertEquals("Tom Reyes", q.get(0).speakerName(), q.toString());
    }

    @Test
    void aChannelBeforeAColonIsNoSpeaker() {
        List<Quote> q = extractor.extract(Articles.body("The Daily Ledger covered the campaign all year.",
                "Then, later that month on CNN: \u201cI never said we made a mistake.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        // The channel is where the words were said, not who said them: no rule names a speaker.
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals(null, q.get(0).rule(), q.toString());
    }

    @Test
    void aSecondVerbAfterAndTakesTheSubjectOfItsWhenClauseNotTheObject() {
        List<Quote> q = extractor.extract(Articles.body("Senator Jane Roe and Senator Tom Doe have feuded for months.",
                "There have been pointed references, such as when Roe knocked Doe on trade and called him a "
                        + "\u201cmoderate,\u201d a subtle dig.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals("Jane Roe", q.get(0).speakerName(), q.toString());
    }

    @Test
    void theOnlyPersonTitledSoLongBeforeIsTheTitlesHolder() {
        List<String> paragraphs = new java.util.ArrayList<>(List.of("President Ana Ruiz of Mexico met the delegation in May."));
        for (int i = 0; i < 14; i++) {
            paragraphs.add("The talks went on for hours on day " + (i + 1) + ", and the delegation took notes.");
        }
        paragraphs.add("In the capital, the visitor endured a lecture from the Mexican president, who said that trade has "
                + "been good for \u201cboth countries\u201d over the years.");
        List<Quote> q = extractor.extract(Articles.body(paragraphs.toArray(String[]::new))).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals("Ana Ruiz", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "body as modifier": a party or committee right before a noun for someone who speaks for himself ("the GOP
     * front-runner", "the RNC member") only describes that person: the role, not the organisation, unless the
     * sentence before is about the person described.
     */
    @Test
    void aBodyBeforeAPersonNounDescribesThePersonNotTheBody() {
        List<Quote> q = extractor.extract(Articles.body("The straw poll in Dayton drew 4,000 voters on Saturday, and "
                        + "the Republican National Committee (RNC) sent staff. Democratic front-runner Maria Okafor did not attend.",
                "\u201cWe will win this state by ten points,\u201d the GOP front-runner said.",
                "\u201cIf I was a donor, I would want answers,\u201d said a prominent RNC member, asking for anonymity to speak freely.",
                "Alongside the protests, even a top GOP strategist said Okafor will have to choose a side, saying, "
                        + "\u201cThe pressure is going to build on her.\u201d")).quotes();
        assertEquals(3, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("the GOP front-runner", q.get(0).speakerRole(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(1).rule(), q.toString());
        assertEquals(null, q.get(1).speakerName(), q.toString());
        assertTrue(q.get(1).speakerRole() != null && q.get(1).speakerRole().contains("RNC member"), q.toString());
        assertEquals(SpeakerRule.CUE_BEFORE.label, q.get(2).rule(), q.toString());
        assertEquals(null, q.get(2).speakerName(), q.toString());
        assertEquals("a top GOP strategist", q.get(2).speakerRole(), q.toString());
    }

    /** "… blasted Rubio. “…,” the Senate minority leader said.": the person the sentence before is about. */
    @Test
    void aBodyBeforeAPersonNounIsThePersonTheSentenceBeforeIsAbout() {
        List<Quote> q = extractor.extract(Articles.body("Harold J. Brandt (D-Nev.) blasted the budget in an interview "
                + "with reporters. \u201cIt is one of the worst deals I have ever seen,\u201d the Senate minority leader said.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals("Harold J. Brandt", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "place of a description": "the Texan", "the Ohio governor" is the one person the article titles with that
     * place ("Texas Gov. Jane Roe"), not the last person named.
     */
    @Test
    void aDescriptionByPlaceIsThePersonTitledWithThatPlace() {
        List<Quote> q = extractor.extract(Articles.body(
                "Former Texas Gov. Rex Dalloway endorsed Sen. Ted Marsh on Monday in Houston.",
                "The former governor said voters want an outsider. \u201cThe electorate does not want that,\u201d the Texan said.",
                "Ohio Gov. Ada Whitcomb and Sen. Paul Hendricks spoke later.",
                "\u201cWe need to secure the border first,\u201d the Ohio governor said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals("Rex Dalloway", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(1).rule(), q.toString());
        assertEquals("Ada Whitcomb", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "before the quotation": a description attributing the quotation before it reads back from where the
     * quotation opens, not from the names inside it ("So Marsh, you know, …").
     */
    @Test
    void aDescriptionAfterAQuotationReadsBackFromWhereItOpens() {
        List<Quote> q = extractor.extract(Articles.body(
                "Rex Dalloway went after Ted Marsh at the debate, refusing to take back his remarks.",
                "\u201cSo Marsh, you know, is great at the one-liners. He would not be the leader we need,\u201d the former "
                        + "Florida governor said.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals("Rex Dalloway", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "owner's circle": a person in the possessive before a noun for his family or circle is not the speaker;
     * the phrase is the role. A body that speaks for him ("Harlan's office") still gives Harlan.
     */
    @Test
    void theFamilyOrDoctorOfSomeoneNamedIsNotThatPerson() {
        List<Quote> q = extractor.extract(Articles.body(
                "Senator Tom Harlan was taken to hospital on Monday.",
                "\u201cHe is resting,\u201d Harlan\u2019s doctor told reporters.",
                "Harlan's family has called on the hospital to release \u201call the records\u201d at once.",
                "\u201cWe will not comment,\u201d Harlan's office said.")).quotes();
        assertEquals(3, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("Harlan\u2019s doctor", q.get(0).speakerRole(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(1).rule(), q.toString());
        assertEquals("Harlan's family", q.get(1).speakerRole(), q.toString());
        assertEquals("Tom Harlan", q.get(2).speakerName(), q.toString());
        // every kin noun of the relatives list, step-relatives included
        q = extractor.extract(Articles.body("Senator Tom Harlan was taken to hospital on Monday.",
                "\u201cHe is a fighter,\u201d Harlan's stepdaughter said.")).quotes();
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("Harlan's stepdaughter", q.get(0).speakerRole(), q.toString());
    }

    /**
     * Rule "owner's circle" for a described owner: "the activist's mother", "the activist's lawyer" are not the
     * activist the report is about; the phrase is the role. A description that ends the paragraph ("said the
     * activist") is read as before.
     */
    @Test
    void theMotherOfSomeoneDescribedIsNotThatPerson() {
        List<Quote> q = extractor.extract(Articles.body(
                "Activist Grace Mwangi was charged with unlawful assembly in Nairobi on Monday.",
                "\u201cShe is innocent,\u201d the activist's mother said.",
                "\u201cThe charges are politically motivated,\u201d the activist's lawyer told reporters.",
                "\u201cI did nothing wrong,\u201d said the activist")).quotes();
        assertEquals(3, q.size(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("the activist's mother", q.get(0).speakerRole(), q.toString());
        assertEquals(null, q.get(1).speakerName(), q.toString());
        assertEquals("the activist's lawyer", q.get(1).speakerRole(), q.toString());
        assertEquals("Grace Mwangi", q.get(2).speakerName(), q.toString());
    }

    /**
     * Rule "described owner's body": "the former vice president's spokeswoman" speaks for the person that description
     * stands for, as "Darko's spokeswoman" does; and "the former vice president said" after "Former Vice President Kwame
     * Darko" is his (rule "former office": the article's own "Former" says the office is not held now).
     */
    @Test
    void theDescribedPersonsSpokeswomanSpeaksForHim() {
        List<Quote> q = extractor.extract(Articles.body(
                "Former Vice President Kwame Darko will skip the convention in Accra.",
                "\u201cHe has obligations in Tennessee,\u201d the former vice president's spokeswoman told reporters.",
                "\u201cI wish them well,\u201d the former vice president said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Kwame Darko", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals("Kwame Darko", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "participle aside": a phrase opened by a participle between commas before the cue verb is an aside; the
     * subject stands before it ("an official"), not the prime minister the aside names.
     */
    @Test
    void aParticipleAsideBeforeTheVerbIsNotItsSubject() {
        List<Quote> q = extractor.extract(Articles.body(
                "Prime Minister Lars Lund often meets foreign lawmakers.",
                "An official, speaking on condition of anonymity to discuss the prime minister's schedule, said on "
                        + "Wednesday that Lund \u201cwill meet with any candidate who asks.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("an official", q.get(0).speakerRole(), q.toString());
    }

    /**
     * Rule "office holder": a definite description naming an office is the last person named in its paragraph (or
     * the one before) whose roles hold that office, written short ("Sen.", "Rep."), not the last person named.
     */
    @Test
    void aDescriptionNamingAnOfficeIsItsHolderNotTheLastNamed() {
        List<Quote> q = extractor.extract(Articles.body(
                "Rep. Adam Kell, the top Democrat on the panel, pressed President Nils Ostberg over tariffs "
                        + "the California congressman said would \u201churt farmers\u201d in the valley.",
                "Sen. Ted Marsh of Vermont spoke to students on Monday about Ada Whitcomb.",
                "Asked whether Marsh still hears resentment of Whitcomb among his backers, the Vermont senator "
                        + "acknowledged that \u201ca few people\u201d still feel that way.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals("Adam Kell", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(1).rule(), q.toString());
        assertEquals("Ted Marsh", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "indefinite source": an indefinite description whose head is a title or a word for a source is someone
     * unnamed even with a person's name as its modifier or past a relative; a body that speaks for him ("one Marsh
     * aide"), a source "for" him and an apposition's name still give the person.
     */
    @Test
    void anIndefiniteSourceNamingSomeoneIsNotThatPerson() {
        List<Quote> q = extractor.extract(Articles.body(
                "Senator Ted Marsh lost the race in May.",
                "\u201cHe will run again,\u201d a senior Marsh adviser said.",
                "\u201cHe will not,\u201d said one source who knows Marsh well.",
                "\u201cHe might,\u201d one Marsh aide said.",
                "\u201cWho knows,\u201d another critic, Jane Roe, said.")).quotes();
        assertEquals(4, q.size(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("a senior Marsh adviser", q.get(0).speakerRole(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(1).rule(), q.toString());
        assertEquals("one source", q.get(1).speakerRole(), q.toString());
        assertEquals("Ted Marsh", q.get(2).speakerName(), q.toString());
        assertEquals("Jane Roe", q.get(3).speakerName(), q.toString());
    }

    /**
     * Rule "title after a preposition": a short title-case quotation right after a preposition opening the sentence
     * names a programme or a book; the cue verb after it reports something else.
     */
    @Test
    void aTitleAfterAnOpeningPrepositionIsNoQuotationOfTheSubject() {
        List<Quote> q = extractor.extract(Articles.body(
                "On \u201cMorning Desk,\u201d Sen. Ted Marsh said the budget would pass by June.",
                "In \u201ca stunning reversal,\u201d Jane Roe said she would run.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals(null, q.get(0).rule(), q.toString());
        assertEquals("Jane Roe", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "indefinite opening the subject": "Another source familiar with Marsh's thinking said, “…”" opens its
     * subject at "Another", beyond the few words before the verb: someone unnamed, not the person it owns.
     */
    @Test
    void anIndefiniteOpeningALongSubjectLeavesItUnnamed() {
        List<Quote> q = extractor.extract(Articles.body(
                "Senator Ted Marsh lost the race in May.",
                "Another source familiar with Marsh\u2019s thinking said, \u201cI think he will try to be friendlier.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals(SpeakerRule.CUE_BEFORE.label, q.get(0).rule(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals("another source", q.get(0).speakerRole(), q.toString());
    }

    @Test
    void aQuotationNoRuleAttributesRecordsNoRule() {
        List<Quote> q = extractor.extract(Articles.body("Some called it \u201ca farce\u201d and left.")).quotes();
        assertEquals(1, q.size());
        assertEquals(null, q.get(0).speaker());
        assertEquals(null, q.get(0).rule());
    }
}

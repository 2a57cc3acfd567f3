package newsgen.extract;

/**
 * The speaker-attribution sieve: one constant per rule, run in this order, surest first. A rule looks only at a
 * quotation that no earlier rule has decided; the first rule that names a speaker (or a role) decides it, and its
 * {@link #label} goes into the record's {@code rule} field. A rule may also find a cue verb whose subject it cannot
 * name ("…,” said a source): the verb is kept, and the {@linkplain #weak weak} rules, which guess from context,
 * then leave the quotation alone. Modelled on CoreNLP's QuoteAttributionAnnotator sieves.
 *
 * <p>To find the rule for a sentence shape, read the examples on each constant.
 */
enum SpeakerRule {
    /**
     * "Whitcomb blamed the media for making an issue out of Spade's claim that Okafor “founded ISIS”": a fragment after a
     * noun of saying that a named possessive owns, and "that", is the owner's, whatever verb stands further back.
     */
    OWNED_CLAIM("owned-claim", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return a.span().partial() && s.phrases.ownedByName(a.span()) ? s.phrases.speechNounOwner(a.span()) : null;
        }
    },
    /**
     * "Roe was asked by host Jane Doe, who backs him, “…”" / "Roe was asked by moderator Jane Doe whether his plan would
     * risk “adding another entitlement”": a passive cue verb before the quotation; the named agent after "by" spoke.
     */
    PASSIVE_AGENT("passive-agent", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.preceding.passiveAgent(a.span());
        }
    },
    /**
     * "The Interfax news agency quoted Dmitri Roe as saying: “…”" / "“…,” Zhao Roe was quoted as saying by state news
     * agency Xinhua": the one an outlet quotes speaks, not the outlet.
     */
    QUOTED_AS("quoted-as", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.quotedAs.quotedAs(a.span());
        }
    },
    /** A fragment in the writer's own sentence takes the verb before it: "X said the levy was “illegal”". */
    FRAGMENT_CUE_BEFORE("fragment-cue-before", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            // "Roe cannot say that “from his perspective,” Doe added": a comma closing the fragment hands it to the
            // cue verb after it
            boolean fragment = a.span().partial() ? !s.cue.commaThenCue(a.span()) : s.cue.thatClauseReportedElsewhere(a.span());
            return fragment ? s.preceding.cueBefore(a.span(), false) : null;
        }
    },
    /**
     * "“…” ― Jane Doe" / a quotation paragraph, then "- Jane Doe." or "-Jane Doe, tweeting after the speech.": a
     * dash and a name signing the quotation, as reader comments, pull quotes and fact checks print them.
     */
    SIGNATURE("signature", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.shape.signature(a.span());
        }
    },
    /**
     * "\"We are going to enter the next recession without that consensus.⏎Jane Roe, Economic Policy Institute.\"": a
     * pulled-out quotation signed by a person on its own last line, inside the marks.
     */
    PULL_QUOTE_SIGNATURE("pull-quote-signature", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.pullQuotes.signedLastLine(a.span());
        }
    },
    /**
     * "“I'd rather have a sister in a ditch than a brother in the agency.” That quote from Alabama Securities
     * Commissioner Jane Roe appeared on the front page in 1980.": the sentence right after a quotation credits it.
     */
    CREDITED_AFTER("credited-after", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.pullQuotes.creditedAfter(a.span());
        }
    },
    /** "“…,” said Mr. Ashgrove, the third-ranking House Democrat." / "“…,” says the minister." */
    CUE_VERB_THEN_SUBJECT("cue-verb-then-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            return cue != null && cue.verbFirst() && !s.cue.isAccording(a.span().end(), cue.verb())
                    && !s.pronoun.pronounSubject(a.span().end(), cue) && !s.cue.coordinatedPredicate(a.span(), cue)
                    && !s.pronoun.complementPronoun(a.span(), cue) ? s.cue.subjectOf(a.span(), cue) : null;
        }
    },
    /** "“I am deeply sorry,” came the reply from Nina Ashworth, the chief executive." ({@link SayingPhraseRules#cameFrom}) */
    CAME_THE_REPLY("came-the-reply", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.phrases.cameFrom(a.span());
        }
    },
    /** "“We are not there yet.” So said Nina Ashworth on Tuesday." ({@link SayingPhraseRules#soSaid}) */
    SO_SAID("so-said", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.phrases.soSaid(a.span());
        }
    },
    /**
     * "She rails against the port's “wall of tariffs” and pledges to stand firm": a cue verb after "and" is the
     * sentence subject's second predicate ({@link CueRules#secondPredicate}); that subject, as fragment-subject reads
     * it ("he" opening the sentence). A named subject sentence-subject finds is left to it (", while Roe proposed …").
     */
    SECOND_PREDICATE("second-predicate", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            return cue != null && s.cue.secondPredicate(a.span(), cue) && s.subject.sentenceSubject(a.span()) == null
                    ? s.fragment.fragmentSubject(a.span()) : null;
        }
    },
    /**
     * "“…,” nuclear experts Ola Brandvik and Serena Kowalczyk of the Institute for Science wrote."; "“…,” Barroso and
     * her co-authors wrote in The Lancet.": the first of two subjects joined by "and" ({@link CueRules#jointSubject}).
     */
    JOINT_SUBJECT("joint-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            return cue != null && !s.cue.isAccording(a.span().end(), cue.verb())
                    && !s.pronoun.pronounSubject(a.span().end(), cue) ? s.cue.jointSubject(a.span(), cue) : null;
        }
    },
    /** "“…,” Sen. Jane Doe said." / "“…,” the head of the port authority, Lina Haddad, posted on Facebook." */
    SUBJECT_THEN_CUE_VERB("subject-then-cue-verb", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            return cue != null && !cue.verbFirst() && !s.cue.isAccording(a.span().end(), cue.verb())
                    && !s.pronoun.pronounSubject(a.span().end(), cue) ? s.cue.subjectOf(a.span(), cue) : null;
        }
    },
    /**
     * "The Ohio governor said the state needs roads. “…,” he said": "he" is the description the sentence before opens
     * with when it names no one (a role only), not the last person named
     * ({@link PronounCueRules#pronounAfterDescription}).
     */
    PRONOUN_AFTER_DESCRIPTION("pronoun-after-description", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            return cue != null && s.pronoun.pronounSubject(a.span().end(), cue) ? s.pronoun.pronounAfterDescription(a, cue) : null;
        }
    },
    /**
     * "“…,” he said": the last person named before whose gender does not rule him or her out; "X, who is close to
     * Y, said …. “…,” he added": the subject of the sentence before, not the last name. "they"/"it": the last
     * organisation.
     */
    PRONOUN_AFTER_QUOTE("pronoun-after-quote", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            return cue != null && s.pronoun.pronounSubject(a.span().end(), cue) ? s.pronoun.pronounOf(a.span(), cue) : null;
        }
    },
    /**
     * "“I am not shy,” I said." in a column or a book excerpt whose writer the article names ("Jane Roe is a playwright
     * …" closing it, "excerpts from Jane Roe's new book" opening it): the writer ({@link FirstPersonAuthors}).
     */
    FIRST_PERSON("first-person", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.pronoun.firstPerson(a.span());
        }
    },
    /**
     * "“…,” Bolton charged." / "“…?” she wondered." / "“…,” agrees Jane Doe, 30.": a name (or he/she) and a verb right
     * after a quotation that ends in a comma, question or exclamation mark, whatever the verb, as CoreNLP's trigram
     * sieve reads quotation, mention, verb.
     */
    TRIGRAM("trigram", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.shape.trigram(a.span());
        }
    },
    /** "“…,” according to Jane Doe." / "According to the ministry, “…”" */
    ACCORDING_TO("according-to", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            if (cue != null && s.cue.isAccording(a.span().end(), cue.verb())) {
                return s.cue.subjectOf(a.span(), cue);
            }
            int verb = s.before(a.span());
            return verb >= 0 && s.cue.isAccording(a.span().start(), verb) ? s.preceding.cueBefore(a.span(), true) : null;
        }
    },
    /**
     * "The campaign is paying “dozens” of canvassers …, primarily in the suburbs, according to campaign manager Jeff
     * Marlowe." ({@link SayingPhraseRules#closingAccordingTo})
     */
    CLOSING_ACCORDING_TO("closing-according-to", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.phrases.closingAccordingTo(a.span());
        }
    },
    /** "“…” from diplomacy to the defense budget, in Bolton's view." / "In the words of Jane Doe, “…”" */
    WORDS_OF("words-of", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.phrases.wordsOf(a.span());
        }
    },
    /**
     * "…, as The New Yorker put it in a lengthy expose, “the operator.”" / "… a “lawful source of income,” as a
     * department memo put it.": "as X put it" in the quotation's sentence names whose words they are.
     */
    AS_PUT_IT("as-put-it", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.phrases.asPutItInSentence(a.span());
        }
    },
    /**
     * "Last month, when I asked Jon Roe if he would back Ann Poe, he looked into the camera and said, “…”" (Jon Roe);
     * "Years ago, he backed Jon Doe over Ann Poe and said: “…”": the he/she opening the clause whose last coordinated
     * verb is the cue, not the name nearest the verb.
     */
    COORDINATED_PRONOUN("coordinated-pronoun", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.coordinated.coordinatedPronoun(a.span());
        }
    },
    /**
     * "On Monday night, campaign manager Jon Roe released a memo titled “The Facts on Where the Race Stands.”": a title
     * after "titled" or "entitled" is the words of the named subject who put the work out (released, published, wrote).
     */
    TITLED_WORK("titled-work", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.titled.titledWork(a.span());
        }
    },
    /** "Jane Doe said: “…”" / "X warned that … a “declaration of war”" / "he added, “…”". */
    CUE_BEFORE("cue-before", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.preceding.cueBefore(a.span(), false);
        }
    },
    /** "“…,” Dunmore said" / "said Sen. Robert P. Roe Jr. (D-Pa.)": a name by the cue verb that is no actor yet. */
    UNLISTED_NAME("unlisted-name", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.shape.unlistedName(a.span());
        }
    },
    /**
     * "“We are frustrated and horrified” by the shooting in Orlando, Jane Doe said.": a quotation opening its sentence,
     * the writer's words after it, and a last clause of a name and a cue verb.
     */
    SENTENCE_END_CUE("sentence-end-cue", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.shape.sentenceEndCue(a.span());
        }
    },
    /**
     * "Rabbi Jane Doe, president of the union, which represents 900 congregations, said …"; "Jane Doe lobbied to
     * suspend it, saying, “…”"; "Jane Doe, who …, said": the cue verb's subject is the subject of the sentence.
     */
    SENTENCE_SUBJECT("sentence-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.subject.sentenceSubject(a.span());
        }
    },
    /**
     * "Acknowledging that Roe “says a lot of stupid stuff,” though, Jane Doe did suggest …": a quotation inside a
     * participle of saying that opens the sentence goes with the subject of the main clause after it.
     */
    OPENING_PARTICIPLE("opening-participle", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.subject.openingParticiple(a.span());
        }
    },
    /**
     * "X calls him “Mr. Roe,” while Roe calls the governor “Chris.”": a fragment after another quotation of its sentence,
     * in a clause whose subject is another named person: that person, not the speaker before.
     */
    CLAUSE_SUBJECT("clause-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.fragment.clauseSubject(a);
        }
    },
    /**
     * "All this has led the Latvian journalist Jane Roe to fear a “grand pact.”" / "…, leading advisers like Jane Roe
     * to counter that “…”": someone a causative verb moves to speak, right before the quotation.
     */
    CAUSED_SPEAKER("caused-speaker", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.subject.causedSpeaker(a.span());
        }
    },
    /**
     * "“…” one user wrote." / "“…,” said the woman, who spoke on the condition of anonymity." / "“…” tweeted
     * another." / "As a phone rang, the announcer said, “…”": a cue verb right by the quotation whose subject
     * describes someone no rule could name; the description is the role.
     */
    DESCRIBED_SUBJECT("described-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Cues.Cue cue = s.after(a.span());
            if (cue != null) {
                Speaker role = s.cue.isAccording(a.span().end(), cue.verb()) ? null : DescribedSubjects.role(a.span(), cue);
                return role == null ? null : new Found(role, a.span().end().tokens().get(cue.verb()).key());
            }
            int verb = s.before(a.span());
            Speaker role = verb < 0 || s.cue.isAccording(a.span().start(), verb) ? null : DescribedSubjects.roleBefore(a.span(), verb);
            return role == null ? null : new Found(role, a.span().start().tokens().get(verb).key());
        }
    },
    /**
     * "“Exports rose,” the minister said. “Imports fell.”": the speaker (or the role only: "said one party
     * strategist") of the quotation before, same paragraph; not
     * for a quotation with a cue verb of its own whose subject no rule could name, unless in the same sentence.
     */
    SAME_PARAGRAPH("same-paragraph-speaker", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            Attribution before = s.previous(a);
            // the quotation before may have opened paragraphs earlier and closed in this one ("“…", then "…,” X said. “…”")
            // a role goes on too: "“…,” said one party strategist. “…”" is the strategist's, named or not
            if (before == null || !before.speaker().found() || before.span().end().index() != a.span().start().index()
                    || !before.speaker().named() && a.span().partial()) {
                return null; // a fragment is left to the rules after this one, which may name the role's holder
            }
            boolean sameSentence = s.sameSentence(before, a);
            if (a.cue() == null && UncuedInversions.verbBeforeSubject(a.span())) {
                return null; // "“Collapse!” blared the front page of the Harbour Courier": the paper's, not the one before's
            }
            if (!sameSentence && s.intro.colonNamesAnother(a.span(), before.speaker())) {
                return null; // "“…,” said Jane Roe. Doe resisted: “…”": the colon introduction's, later
            }
            if (a.span().partial() && !sameSentence && a.cue() == null && s.fragment.fragmentSubject(a.span()) != null) {
                return null; // "X attacked Y, calling him “a failure.” Y fired back, attacking X for “…”": Y's sentence
            }
            return a.cue() == null || sameSentence || s.pronoun.pronounCue(a.span()) ? new Found(before.speaker(), null) : null;
        }
    },
    /**
     * "He said his attacks had given the campaign momentum and that Roe did not stand for the “party of Ashford.”",
     * "On Twitter, she responded by saying, “…”": a sentence whose subject is he or she, opening it (after a
     * conjunction, an adverb or a phrase and its comma), holds the quotation; the person the pronoun stands for.
     */
    PRONOUN_SUBJECT("pronoun-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.fragment.pronounSubjectOfSentence(a.span());
        }
    },
    /**
     * "Roe, who estimates that his legal costs were “in the seven figures,” described …"; "it was Doe who pressed for
     * a “grand bargain”": a quotation in a relative clause takes the person the "who" hangs on.
     */
    RELATIVE_CLAUSE("relative-clause", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.fragment.relativeClause(a.span());
        }
    },
    /**
     * "The retired neurosurgeon addressed his concerns in an interview, remarking he did not feel “…”": a sentence
     * opening with a definite description of a person named before ("the senator", "the 70-year-old") holds the
     * quotation, and no cue verb after it claims it: that person.
     */
    DESCRIPTION_SUBJECT("description-subject", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.fragment.descriptionSubject(a.span());
        }
    },
    /**
     * "Jane Doe, a retired teacher, said that given the choice:" or "Stated Doe:" closing a paragraph, then a
     * paragraph that opens with a quotation: the name the colon introduces speaks it.
     */
    PARAGRAPH_INTRODUCTION("paragraph-introduction", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.intro.paragraphIntroduction(a.span());
        }
    },
    /**
     * "Jane Doe stated:" then "\"The law is … anymore." (no closing mark: the quotation runs on) then "\"The latest
     * example …": the speaker of the quotation the paragraph before opened and never closed.
     */
    RUN_ON_QUOTATION("run-on-quotation", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.continuation.runOnQuotation(a);
        }
    },
    /** "“…,” Jane Doe said." then a paragraph "“…”" naming nobody: she goes on talking. */
    CONTINUING_SPEAKER("continuing-speaker", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.continuation.continuingSpeaker(a);
        }
    },
    /**
     * "Rep. Jane Doe (R-S.C.): “…”" / "That does not surprise pollster John Roe: “…”": the name before the colon;
     * "Jane Doe shared her worry with donors, “…”": the named subject of the sentence the comma ends;
     * "Doe also embraced harsh techniques -- “…”": the subject of the clause the dash closes.
     */
    COLON_INTRODUCTION("colon-introduction", false) {
        @Override
        Found find(Attribution a, Sieve s) {
            // a colon right before the quotation introduces it even when a cue verb with no subject was found ("As if
            // addressing the magnate, the board was conclusive in its findings: “…”"); a comma or a headline does not
            return a.cue() == null || s.intro.colonBefore(a.span()) ? s.intro.colonIntroduction(a.span()) : null;
        }
    },
    /**
     * "Spade's recent evidence-free assertion that “thousands” …", "Spade stood by his comment that “Islam hates us”":
     * a fragment after a noun of saying takes that noun's owner.
     */
    SPEECH_NOUN_OWNER("speech-noun-owner", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return a.span().partial() ? s.phrases.speechNounOwner(a.span()) : null;
        }
    },
    /**
     * "The “opt out” movement is about “people telling leaders …,” Roe said.": a quotation with no cue verb of its own
     * takes the speaker of the next quotation of its sentence, named by a cue verb right after that one.
     */
    NEXT_IN_SENTENCE("next-in-sentence", true, true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.continuation.nextInSentence(a);
        }
    },
    /**
     * "“All that Glitters Is Not Gold” was to be a “cautionary tale,” said Jane Roe, then the literary agent.": a whole
     * quotation with no stop of its own (a title) and no cue verb takes the speaker of the next quotation of its
     * sentence, as {@link #NEXT_IN_SENTENCE} does for a fragment.
     */
    NAMED_WORK_IN_SENTENCE("named-work-in-sentence", true, true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.continuation.namedWorkInSentence(a);
        }
    },
    /** "Jane Doe is pledging to “win many hundreds of delegates”": a fragment takes the named subject of its sentence. */
    FRAGMENT_SUBJECT("fragment-subject", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return a.span().partial() ? s.fragment.fragmentSubject(a.span()) : null;
        }
    },
    /** "Jane Doe said the plan had failed. “We start again.”": the named subject of a cue verb in the sentence before. */
    SENTENCE_BEFORE("sentence-before", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            // rule "uncued verb before its subject" (UncuedInversions): the speaker is after the verb, not before
            return a.span().partial() || a.cue() == null && UncuedInversions.verbBeforeSubject(a.span()) ? null
                    : s.subject.sentenceBefore(a.span());
        }
    },
    /** A pulled-out quotation as its own paragraph, then "Jane Doe, the firm's chief executive, rejected …". */
    NEXT_PARAGRAPH_SUBJECT("next-paragraph-subject", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.continuation.wholeParagraph(a.span()) ? s.continuation.nextParagraphSubject(a.span().start()) : null;
        }
    },
    /**
     * "In the text accompanying the video, Jane Doe wrote:" ⏎ "I think … But what we should ask is “who has God
     * anointed?”": a quotation inside an excerpt set off without quotation marks, after a colon.
     */
    EXCERPT_INTRODUCTION("excerpt-introduction", true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return a.span().start() == a.span().end() ? s.intro.excerptIntroduction(a.span()) : null;
        }
    },
    /**
     * A headline's quotation ("Jane Doe: ‘No Idea’ If …", "Guns Are ‘The Ultimate Crisis,’ Doe Tells Convention")
     * that no rule read, whose words a quotation of the story repeats with its speaker ("Doe said he has “no idea”"):
     * that speaker. Runs after every quotation of the article has been through the rules above.
     */
    HEADLINE_ECHO("headline-echo", true, true) {
        @Override
        Found find(Attribution a, Sieve s) {
            return s.continuation.headlineEcho(a);
        }
    };

    /** What a rule found: a speaker (perhaps {@link Speaker#NONE}) and the cue verb, if any. */
    record Found(Speaker speaker, String cue) {
    }

    /** The name recorded in a quote's {@code rule} field. */
    final String label;
    /** Guesses from context: only for quotations no rule has found a cue verb for. */
    final boolean weak;
    /** Reads the quotations after this one too: runs once every quotation has been through the other rules. */
    final boolean late;

    SpeakerRule(String label, boolean weak) {
        this(label, weak, false);
    }

    SpeakerRule(String label, boolean weak, boolean late) {
        this.label = label;
        this.weak = weak;
        this.late = late;
    }

    /** What this rule says of the quotation, or null when its shape is not this rule's. */
    abstract Found find(Attribution a, Sieve s);
}

package newsgen.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One article's run of the speaker sieve: the quotations in order, and the look-ups the {@link SpeakerRule}s share
 * (where a cue verb's subject is, what a pronoun stands for, which sentence comes before).
 *
 * <p>{@link SpeakerRule} lists the rules in the order they run; each calls into one family here:
 * <ul>
 * <li>{@link CueRules} ({@code cue}): a cue verb after the quotation. cue-verb-then-subject ("“…,” said Mr. X"),
 *     subject-then-cue-verb ("“…,” X said"), according-to (after).
 * <li>{@link PronounCueRules} ({@code pronoun}): "he"/"she" as the cue's subject. pronoun-after-description,
 *     pronoun-after-quote.
 * <li>{@link CueBeforeRules} ({@code preceding}): a cue verb before the quotation. passive-agent,
 *     fragment-cue-before, according-to (before), cue-before.
 * <li>{@link NameShapeRules} ({@code shape}): a name found by the shape of the words, no listed cue. signature,
 *     trigram, unlisted-name, sentence-end-cue.
 * <li>{@link SubjectRules} ({@code subject}): the subject of the sentence. sentence-subject, opening-participle,
 *     caused-speaker, sentence-before.
 * <li>{@link FragmentSubjectRules} ({@code fragment}): the subject of a fragment's sentence, no cue verb.
 *     clause-subject, pronoun-subject, relative-clause, description-subject, fragment-subject.
 * <li>{@link IntroductionRules} ({@code intro}): a colon introduces it. paragraph-introduction,
 *     colon-introduction, excerpt-introduction.
 * <li>{@link SayingPhraseRules} ({@code phrases}): a phrase or noun of saying names the speaker. owned-claim,
 *     speech-noun-owner, words-of, as-put-it.
 * <li>{@link ContinuationRules} ({@code continuation}): a speaker carried across quotations. run-on-quotation,
 *     continuing-speaker, next-in-sentence, named-work-in-sentence, next-paragraph-subject, headline-echo.
 * <li>{@link NamesByVerb} ({@code names}): no rule of its own; the name right by a cue verb, which the cue,
 *     name-shape and introduction rules read.
 * <li>{@link CoordinatedCues} ({@code coordinated}): coordinated-pronoun. {@link TitledWorks} ({@code titled}):
 *     titled-work. {@link PullQuotes} ({@code pullQuotes}): pull-quote-signature, credited-after.
 *     {@link QuotedAs} ({@code quotedAs}): quoted-as.
 * <li>This class: same-paragraph-speaker's look-ups ({@link #previous}, {@link #sameSentence}) and the cue look-ups
 *     every family shares ({@link #after}, {@link #before}, {@link #cueOf}).
 * </ul>
 */
final class Sieve {
    private final Subjects subjects;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Gazetteer gaz = Gazetteer.get();
    final List<Attribution> done = new ArrayList<>();

    /** The rules by family; {@link SpeakerRule} says which runs when. */
    final CueRules cue;
    final PronounCueRules pronoun;
    final CueBeforeRules preceding;
    final NameShapeRules shape;
    final SubjectRules subject;
    final FragmentSubjectRules fragment;
    final IntroductionRules intro;
    final SayingPhraseRules phrases;
    final ContinuationRules continuation;
    final CoordinatedCues coordinated;
    final TitledWorks titled;
    final PullQuotes pullQuotes;
    final QuotedAs quotedAs;
    /** The name right by a cue verb, which several families read. */
    final NamesByVerb names;

    Sieve(ArticleMentions mentions, Referents refs) {
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = new Subjects(mentions, refs);
        this.names = new NamesByVerb(this, mentions, subjects, gaz);
        this.cue = new CueRules(this, mentions, subjects);
        this.pronoun = new PronounCueRules(this, mentions, refs, subjects);
        this.preceding = new CueBeforeRules(this, mentions, refs, subjects, gaz);
        this.shape = new NameShapeRules(this, mentions, subjects, gaz);
        this.subject = new SubjectRules(this, mentions, refs, subjects, gaz);
        this.fragment = new FragmentSubjectRules(this, mentions, refs, subjects);
        this.intro = new IntroductionRules(this, mentions, refs, subjects);
        this.phrases = new SayingPhraseRules(this, mentions, refs, subjects);
        this.continuation = new ContinuationRules(this, mentions, subjects, gaz);
        this.coordinated = new CoordinatedCues(this, refs, subjects);
        this.titled = new TitledWorks(subjects);
        this.pullQuotes = new PullQuotes(mentions, gaz);
        this.quotedAs = new QuotedAs(this, mentions, subjects);
    }

    /** Runs every rule but the late ones in order over one quotation, after all quotations before it. */
    Attribution attribute(QuoteFinder.Span span) {
        Attribution a = new Attribution(span);
        run(a, false);
        done.add(a);
        Speaker who = a.speaker();
        refs.noteSpeaker(span, who, who.named() && (a.rule() == SpeakerRule.UNLISTED_NAME || mentions.isPerson(who.id())));
        return a;
    }

    /** Runs the late rules over every quotation left undecided, once all have been through {@link #attribute}. */
    void finish() {
        for (finishing = 0; finishing < done.size(); finishing++) {
            run(done.get(finishing), true);
        }
    }

    /** Which quotation of {@link #done} the late rules are looking at. */
    private int finishing = -1;

    /** The quotation after {@code a}, while the late rules look at {@code a}; else null. */
    Attribution next(Attribution a) {
        return finishing >= 0 && finishing + 1 < done.size() && done.get(finishing) == a ? done.get(finishing + 1) : null;
    }

    /** The rules in order, once: {@code values()} makes a new array at each call (twice a quotation). */
    private static final SpeakerRule[] RULES = SpeakerRule.values();

    private void run(Attribution a, boolean late) {
        for (SpeakerRule rule : RULES) {
            if (a.decided()) {
                break;
            }
            if (rule.late != late || rule.weak && a.cue() != null) {
                continue;
            }
            SpeakerRule.Found found = rule.find(a, this);
            if (found != null) {
                a.take(rule, found);
            }
        }
    }

    /** Whether two quotations of one paragraph stand in the same sentence. */
    boolean sameSentence(Attribution before, Attribution a) {
        ArticleText.Para p = a.span().start();
        return before.span().end() == p
                && p.sentenceIndex(before.span().close()) == p.sentenceIndex(a.span().open());
    }

    /** The quotation attributed just before {@code a}, or null. */
    Attribution previous(Attribution a) {
        return done.isEmpty() ? null : done.get(done.size() - 1);
    }

    /** The cue verb of a quotation: its paragraph and token, after the quotation or before it; null when none. */
    record CueAt(ArticleText.Para para, int verb, boolean after, boolean verbFirst) {
    }

    CueAt cueOf(QuoteFinder.Span q) {
        Cues.Cue after = after(q);
        if (after != null) {
            return new CueAt(q.end(), after.verb(), true, after.verbFirst());
        }
        int before = before(q);
        return before >= 0 ? new CueAt(q.start(), before, false, false) : null;
    }

    /** The quotation whose cues were last looked up, and what was found: every rule asks about the same one. */
    private QuoteFinder.Span cuesOf;
    private Cues.Cue cueAfter;
    private int cueBefore;

    /** {@link Cues#after}, looked up once per quotation. */
    Cues.Cue after(QuoteFinder.Span q) {
        lookUpCues(q);
        return cueAfter;
    }

    /** {@link Cues#before}, looked up once per quotation. */
    int before(QuoteFinder.Span q) {
        lookUpCues(q);
        return cueBefore;
    }

    private void lookUpCues(QuoteFinder.Span q) {
        if (cuesOf != q) {
            cuesOf = q;
            cueAfter = Cues.after(q);
            cueBefore = Cues.before(q);
        }
    }
}

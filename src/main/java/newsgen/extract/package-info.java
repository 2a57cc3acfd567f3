/**
 * Extraction: from a loaded {@link newsgen.model.Article} to its {@link newsgen.model.ArticleRecord}.
 *
 * <p>{@link newsgen.extract.Extractor} is the one public class. Per article it builds an {@code ArticleText}
 * (paragraphs cut into {@code Sentences} and {@code Token}s, gazetteer names matched once), then:
 * {@code ActorFinder} (people by {@code PersonRules}: titles, appositions, cue verbs, given names, with {@code RoleRules}, {@code AppositionRoles}, {@code RoleWords},
 * {@code NameWordRules} and {@code NameEvidenceRules}; organisations
 * from the gazetteer and {@code OrganizationRules} with its families {@code NamingNounRules}, {@code EmployerRules},
 * {@code AcronymRules}, {@code ChamberRules}, and {@code CountryPrefixes} ("U.S. X" and "X" as one); surnames, acronyms and one-letter typos merged through a
 * {@code NameIndex} by {@code PersonPasses}, with {@code ActorDraft}, {@code PersonNames}, {@code OrganizationNames}
 * and {@code WrittenAs}), {@code PlaceFinder} (with {@code TownRules} and {@code PlaceNounRules}) and {@code MainPlaceFinder}, {@code QuoteFinder} then
 * {@code SpeakerResolver} (the {@code SpeakerRule} sieve, with {@code Sieve} and its rule families ({@code CueRules}, {@code PronounCueRules}, {@code CueBeforeRules}, {@code NameShapeRules}, {@code SubjectRules}, {@code FragmentSubjectRules}, {@code IntroductionRules}, {@code SayingPhraseRules}, {@code ContinuationRules}), {@code Subjects} with {@code ParticipleSubjects}, {@code BodySubjects}, {@code UnlistedNames}, {@code Descriptions} (and {@code ProxySpeakers}, what speaks for someone else), {@code SentenceSubjects} and {@code Antecedents}, {@code Cues}, {@code TokenReader}, {@code ArticleMentions} and {@code Referents}), and {@code DateResolver}.
 *
 * <p>Word lists and gazetteers are resources in {@code src/main/resources/newsgen/extract/}, one entry a line,
 * loaded once by {@code Gazetteer}; their sources and licences are in the NOTICE file there. Every rule is general:
 * no resource or rule names the people of any particular article. Work is linear in the text's length.
 */
package newsgen.extract;

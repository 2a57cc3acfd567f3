package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the first pass over the paragraphs gathers. */
final class ActorsFound {
    final Map<String, ActorDraft> orgs = new LinkedHashMap<>();
    final Map<String, ActorDraft> orgByAlias = new HashMap<>();
    /** First words of company names ("Nimbus" of "Nimbus AI Ltd"): what the text calls the company later. */
    final Map<String, ActorDraft> orgByShortName = new HashMap<>();
    final List<PersonRules.Candidate> candidates = new ArrayList<>();
    /** The nickname and surname of candidates named with a nickname ("Bobby Doe" of Robert C. "Bobby" Doe). */
    final Map<PersonRules.Candidate, String> nicknames = new HashMap<>();
    /** Runs nothing named yet: surnames, acronyms used alone, or nothing. */
    final List<RunAt> unresolved = new ArrayList<>();
    /** One-word runs the gazetteer calls a city or region: maybe a person's surname ("Santos said"). */
    final List<RunAt> placeNamed = new ArrayList<>();
    /** One-word runs before a cue verb ("Garrity said"): a person of their own if nothing else explains them. */
    final Set<Long> cueSurnames = new HashSet<>();
    /** Words inside people's and rule-found organisations' names, as (paragraph index << 32 | token). */
    final Set<Long> nameTokens = new HashSet<>();
    /** "CNN's Wolf Brannigan": names after an outlet's possessive, people if every word is only ever a name. */
    final List<PersonRules.Candidate> outletNames = new ArrayList<>();
}

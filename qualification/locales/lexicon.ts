/** Words of a language that steer how options are read, all folded (lower case, no diacritics). */
export interface Lexicon {
  /**
   * Words that carry no topic of their own ("yes", "other", "not at the moment"). A synonym made
   * only of these (in any language) answers the question being asked and is never volunteered.
   */
  generic: readonly string[];
  /** Short function words that clash with short synonyms ("it" vs. IT). */
  stopwords: ReadonlySet<string>;
  /**
   * Words that carry no topic of a phrase ("the", "of", "more", "on", "och", "się"): a synonym's
   * other words say what it is about, and are what must be there when its words come in another
   * order ("work orders get lost" for "lost work orders"). Not pronouns nor verbs that say who
   * acts: "I have the final say" is not "the board has the final say".
   */
  light: ReadonlySet<string>;
  /**
   * Words that stand on either side of the word they go with, folded: the Polish reflexive "się"
   * ("zawiesza się", "program się zawiesza"; "nie zgadza się", "coś się nie zgadza"). A synonym
   * holding one is read with it on the other side too (understand/choices/floating-words.ts).
   */
  floating: readonly string[];
  /** Words that join alternatives in a label ("Scheduling and dispatching", "Paperilla tai Excelissä"): each part names the option too. */
  coordinators: readonly string[];
  /**
   * How a reply splits a choice in two ("we do the day-to-day ourselves and the accountant does the
   * year-end"): `words` say both ways at once ("a bit of both", "molemmat", "båda", "jedno i drugie")
   * and name the option that is the mix; `joins` part a reply's halves besides coordinators and
   * contrasts ("plus", "whereas", "lisäksi", "medan", Polish "a"): single words. Folded.
   */
  both: { words: readonly string[]; joins: readonly string[] };
  /** Words that begin like a synonym but mean something else ("sähköposti" is e-mail, not electrical work). */
  falseFriends: readonly string[];
  /**
   * Word ends that are a suffix after some first parts, folded: after them a compound does not end
   * in the word ("henkilö|kunta" is a staff, "seura|kunta" a parish, "osuus|kunta" a co-operative:
   * none is a municipality, "kunta"). Keyed by the end, with the first parts it is a suffix after.
   */
  boundEnds: Readonly<Record<string, readonly string[]>>;
  /** Negations that turn a named option around when they stand just before it ("not the decision maker"). */
  negations: ReadonlySet<string>;
  /**
   * Words of what is missing ("without", "ilman", "utan", "bez"), folded: they turn around what follows
   * them, never an option said before them ("pass the audit without a panic", "grow without hiring").
   */
  lacking: ReadonlySet<string>;
  /**
   * Forms of being, having and there being, folded: negated, they say there is none of a thing ("we
   * don't have near misses", "ei ole", "det finns inga", "nie było"), not that it is not done.
   */
  being: ReadonlySet<string>;
  /** Words that turn a negated clause around, so the option after them is the answer ("not Excel but paper"). */
  contrasts: ReadonlySet<string>;
  /**
   * What the visitor left for what they moved to ("switched from Excel to Visma"): words right
   * before an option (`before`: "from", "från", "z") or case endings on it (`endings`: Finnish
   * elative "Excel|istä"), and the same for the option moved to (`to`, `toEndings`: "to", "till",
   * "na", illative "Visma|an"). Folded. `then` and `now` date two options' clauses apart ("paper until
   * last year, now Excel", "aiemmin paperilla, nyt Excelissä", "förut papper, nu Excel", "wcześniej
   * papier, teraz Excel"): folded words or phrases of a time left behind and of today. `later`: words
   * of what happened next ("then", "sitten", "sedan", "potem"), so "approved but then frozen" is frozen.
   */
  leaving: { before: readonly string[]; endings: readonly string[]; to: readonly string[]; toEndings: readonly string[]; going: readonly string[]; then: readonly string[]; now: readonly string[]; later: readonly string[] };
  /**
   * Where goods go ("we ship to Norway", Finnish illative "Norja|an", "till Norge", "do Niemiec"):
   * words right before a country (`before`) or case endings on it (`endings`) that make it a market,
   * not where the company is. Not Polish "na": "na Litwie" is in Lithuania. Folded.
   */
  towards: { before: readonly string[]; endings: readonly string[]; /** Verbs a direction word belongs to ("håller till": is based). */ stays?: readonly string[] };
  /**
   * A company's other sites and its seat, folded phrases at a word's start (a trailing `*` lets the
   * last word go on): of two countries named, one beside a branch ("a branch in Oslo", "Puolassa on
   * tytäryhtiö") is not where the company is, and one beside its seat ("based in", "siedziba w
   * Szwecji") is.
   */
  sites: { branch: readonly string[]; seat: readonly string[] };
  /**
   * Others the company deals with, folded phrases at a word's start (a trailing `*` lets the last
   * word go on): customers, suppliers, makers, partners, owners ("our supplier is in Germany",
   * "asiakkaat ovat Norjassa", "leverantören finns i Tyskland", "dostawca z Niemiec"). A country
   * said in passing in their clause is where they are, not where the company is.
   */
  parties: readonly string[];
  /**
   * Words before a place that span it whole ("all over", "ympäri", "koko", "i hela", "po całej"),
   * folded phrases: the area the work covers, not where the company is.
   */
  throughout: readonly string[];
  /**
   * Words of speed or ease said of something ("faster", "nopeammin", "snabbare", "szybciej"), folded:
   * a concept may list them alone (saving time), but beside other words they qualify those.
   */
  speed: readonly string[];
  /**
   * Whom the company works for ("software for restaurants", Finnish allative "ravintola|ille",
   * "för klädbutiker", "dla sklepów"): words right before a trade (`before`, a word between
   * allowed) or case endings on it that make it the customers' trade, not the company's; word
   * beginnings for customers (`nouns`: "our clients are restaurants", "asiakkaamme ovat", "våra
   * kunder är", "naszymi klientami są") earlier in the trade's clause; and those of selling
   * (`sellers`: "we sell", "myymme"), whose trade (retail) is no answer when the buyers are named
   * ("we sell to restaurants"). Folded.
   */
  clients: { before: readonly string[]; endings: readonly string[]; nouns: readonly string[]; sellers: readonly string[] };
  /**
   * Words that make a clause a possibility, not a fact ("if", "we might", "thinking about opening a
   * shop", "jos", "voisimme", "kanske", "jeśli", "moglibyśmy"): what it names is not yet so. Folded;
   * a trailing `*` lets the word go on.
   */
  hedges: readonly string[];
  /**
   * Words that make "none" an "only" ("nothing but email", "ei mitään muuta kuin Excel", "inget annat
   * än mejl", "nic poza mailem"): the option after them is the answer, not the none. Folded, one or more words.
   */
  except: readonly string[];
  /**
   * Words for a piece of software that visitors use one for another ("payroll software" for the
   * marketer's "payroll system", "palkkaohjelma" for "palkkajärjestelmä", "löneprogram" for
   * "lönesystem"). Folded.
   */
  tools: readonly string[];
  /**
   * Forms one thing is written in, as typed (capitals matter): an abbreviation or clipping and its
   * words ("AGM", "general meeting"; "uni", "university"; "GW", "generalny wykonawca"). A synonym
   * holding one form is read with each other form in its place (`choices/abbreviations.ts`).
   */
  abbreviations: readonly (readonly string[])[];
  /** Words before a product's name in a reply ('we use', 'meillä on', 'vi kör', 'korzystamy z'), folded: `understand/product-names.ts`. */
  using: readonly string[];
}

/**
 * What the drafter's own clauses say something on, for the export: a clause covers a topic when
 * the checks say so (`about …`, its library entry, its id: `SemanticModel.clausesAbout`) or when
 * its heading names the topic ("Article 45 – Settlement of disputes", "Article 47 –
 * Denunciation"). A heading is what the reader of the signed text sees, so the export does not
 * depend on a tag the reader cannot see (export review, systemic finding 2): where the drafter
 * has written the clause, a header fact on the same topic is not generated beside it
 * (constructs/header-clauses.ts, `replacedByDrafter`).
 *
 * A heading is read strictly: it is cut at dashes, full stops, commas, brackets, "and" and "or", and a
 * piece names a topic only when it is, word for word, one of the phrases below (after "Article
 * 12", "Chapter IV" and "of the Convention" are taken away). "Termination of assistance" (IAEA
 * 1986 Art. 11), "Status and withdrawal of reservations", "Effects of the Convention" and "Final
 * provisions" name no final-clause topic; a heading of a part of another instrument ("Statutes,
 * Article 17. Amendments") is about that instrument, and is not read.
 */
import type { ClauseTopic } from '../ast/topics';
import type { SemanticModel } from '../model/semantic-model';
import { lettersState } from './exchange';
import { keptScan } from './clause-readings';
import type { Clause } from '../ast/nodes';
import { singleSpaced } from '../util/single-spaced';

/** The phrases a heading names a topic with, lower case. */
const headingPhrases: Readonly<Record<string, ClauseTopic>> = {
  'entry into force': 'entry-into-force',
  'coming into effect': 'entry-into-force',
  'entry into effect': 'entry-into-force',
  'effective date': 'entry-into-force',
  duration: 'duration',
  termination: 'termination',
  denunciation: 'termination',
  withdrawal: 'termination',
  discontinuation: 'termination',
  amendment: 'amendment',
  amendments: 'amendment',
  'settlement of disputes': 'disputes',
  'settlement of differences': 'disputes',
  'settlement of conflicts': 'disputes',
  'dispute settlement': 'disputes',
  'dispute resolution': 'disputes',
  'resolution of disputes': 'disputes',
  'friendly settlement': 'disputes',
  disputes: 'disputes',
  signature: 'consent',
  ratification: 'consent',
  accession: 'consent',
  'expression of consent to be bound': 'consent',
  'consent to be bound': 'consent',
  reservations: 'reservations',
  reservation: 'reservations',
  'provisional application': 'provisional-application',
  'territorial application': 'territorial-application',
  'territorial scope': 'territorial-application',
  depositary: 'depositary',
  'functions of the depositary': 'depositary',
  registration: 'registration',
  languages: 'languages',
  language: 'languages',
  'authentic texts': 'languages',
  // The Dutch and French headings of the transcriptions whose authentic text is Dutch or French.
  inwerkingtreding: 'entry-into-force',
  duur: 'duration',
  opzegging: 'termination',
  beëindiging: 'termination',
  wijziging: 'amendment',
  wijzigingen: 'amendment',
  geschillenbeslechting: 'disputes',
  'beslechting van geschillen': 'disputes',
  voorbehouden: 'reservations',
  'voorlopige toepassing': 'provisional-application',
  depositaris: 'depositary',
  'entrée en vigueur': 'entry-into-force',
  durée: 'duration',
  dénonciation: 'termination',
  amendements: 'amendment',
  'règlement des différends': 'disputes',
  réserves: 'reservations',
  'application provisoire': 'provisional-application',
  'application territoriale': 'territorial-application',
  dépositaire: 'depositary',
  // What generated articles are on (constructs/drafter-replaced.ts, `drafterReplacesConstruct`):
  // read only in a text its drafter numbers, where such an article is not printed beside the
  // drafter's own article on the same subject.
  definitions: 'definitions',
  'use of terms': 'definitions',
  definities: 'definitions',
  begripsomschrijvingen: 'definitions',
  définitions: 'definitions',
  'points of contact': 'points-of-contact',
  'contact points': 'points-of-contact',
  'national contact points': 'points-of-contact',
  'competent authorities': 'points-of-contact',
  'designated authorities': 'points-of-contact',
  contactpunten: 'points-of-contact',
  'nationale contactpunten': 'points-of-contact',
  'bevoegde autoriteiten': 'points-of-contact',
  'autorités compétentes': 'points-of-contact',
  'central authority': 'central-authority',
  'central authorities': 'central-authority',
  'mutual assistance': 'mutual-assistance',
  'mutual legal assistance': 'mutual-assistance',
  'wederzijdse bijstand': 'mutual-assistance',
  'capacity building': 'capacity-building',
  'transfer of technology': 'technology-transfer',
  'technology transfer': 'technology-transfer',
  exercises: 'exercises',
  'joint exercises': 'exercises',
  'notification of incidents': 'incident-notification',
  'incident notification': 'incident-notification',
  'protection of classified information': 'security-of-information',
  'security of information': 'security-of-information',
};

/**
 * The headings of an article on the exchange of information itself, which no clause topic names:
 * a channel's generated article ("Exchange of information") is not printed beside it in a text
 * its drafter numbers. "Exchange of information upon request" or "Spontaneous information" say
 * how one kind of exchange goes, not everything a channel states, and do not count.
 */
const exchangePhrases: ReadonlySet<string> = new Set([
  'exchange of information',
  'information exchange',
  'exchange of classified information',
  'transmission of classified information',
  'transmission of information',
  'uitwisseling van informatie',
  'informatie-uitwisseling',
  'wederzijdse informatie',
  'échange d’informations',
  "échange d'informations",
]);

/** "Accession by non-member States", "Accession of a State not a Member …", "Signature by …": who may, not what. */
const consentWithQualifier = /^(accession|signature)\s+(?:to|by|of)\s/;

/** A heading of a part of another instrument: its articles are that instrument's. */
const otherInstrument = /^\s*(statutes?|protocol|annex|appendix|schedule|rules of procedure)\b/i;

/** A heading cut into pieces, each without its numbering ("Article 12") and lower case. */
export function headingPieces(heading: string): string[] {
  if (otherInstrument.test(heading)) return [];
  return heading.split(/\s[–—-]\s|[.,;:()]|\s+(?:and|or|en|et)\s+/i).map((raw) =>
    singleSpaced(
      raw
        .trim()
        // "Article 12", "Chapter IV", "VIII", "3", "e": numbering, not words.
        .replace(/^(?:(?:[Aa]rticle|ARTICLE|[Aa]rtikel|[Cc]hapter|CHAPTER|[Ss]ection|[Pp]art|[Pp]aragraph|[Pp]ara)\s+[\dIVXLCivxlc]+\w*|\d+\w*|[IVXLC]+|[a-z])(?=$|\s)/, '')
        .toLowerCase()
        .replace(/\s+of\s+(?:the|this)\s+(?:convention|agreement|treaty|protocol|memorandum(?: of understanding)?|arrangement|undertaking|instrument)$/, '')
        .replace(/^the\s+/, ''),
    ).trim(),
  );
}

/** The topics a heading names, word for word. */
export function headingTopics(heading: string): ClauseTopic[] {
  const topics = new Set<ClauseTopic>();
  for (const piece of headingPieces(heading)) {
    const topic = headingPhrases[piece] ?? (consentWithQualifier.test(piece) ? 'consent' : undefined);
    if (topic) topics.add(topic);
  }
  return [...topics];
}

/** Whether a heading names the exchange of information itself ("Article 5 – Exchange of information"). */
export function headingNamesExchange(heading: string): boolean {
  return headingPieces(heading).some((piece) => exchangePhrases.has(piece));
}

/** Whether one of the drafter's clauses covers the topic: tagged, by library or id, or by its heading. */
/** The topics each clause heading names, kept with the heading's node: an edit elsewhere leaves it, and its topics, as they were. */
const topicsOfHeading = new WeakMap<object, readonly ClauseTopic[]>();
/** The clauses whose headings name topics, across models (clause-readings.ts, `keptScan`): a look-up per clause otherwise. */
const headingsWithTopics = keptScan<Clause, readonly ClauseTopic[]>();

export function drafterCovers(model: SemanticModel): (topic: ClauseTopic) => boolean {
  const byHeading = new Set<ClauseTopic>();
  // The topics depend on the heading's node alone: nothing else in the key.
  const found = headingsWithTopics(model.ast.clauses, [], (c) => {
    if (!c.heading) return undefined;
    let topics = topicsOfHeading.get(c.heading);
    if (topics === undefined) topicsOfHeading.set(c.heading, (topics = headingTopics(c.heading.value)));
    return topics.length > 0 ? topics : undefined;
  });
  for (const { value } of found) for (const topic of value) byHeading.add(topic);
  // The letters of an exchange are its text: what they say in words is not generated again (exchange.ts).
  return (topic) => model.hasClauseAbout(topic) || byHeading.has(topic) || lettersState(model, topic);
}

/**
 * The opening of the instrument: the parties by name, the term they are called by in the text,
 * and the formula that introduces the operative part. A treaty: "The Republic of Estonia and the
 * Republic of Finland, hereinafter referred to as "the Parties", … Have agreed as follows:" (NL–US
 * 2012, NL–SE 1984 in the Dutch treaty series). An MoU avoids "agreed": "… (hereinafter referred
 * to as "the Participants") … Have reached the following understanding:" (the form the NL–US
 * SOFA understandings of 1954 use, "have reached the following understandings"; "agree" is treaty
 * wording in DFAT's practice, national-mou-guidance.md).
 */
import type { Clause } from '../ast/nodes';
import { splitParagraphs } from '../constructs/clause';
import type { RenderContext } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import { isStateKind } from '../ast/vocabulary';
import { isExchange } from './exchange';
import { visibleText } from './inline';
import type { Preamble } from './instrument-model';
import { isPreambleHeading } from './self-numbering';
import { capitalise } from '../util/capitalise';
import { keptReading, keptScan } from './clause-readings';
import { recitals } from './preamble-recitals';

const headsPreamble = keptReading(isPreambleHeading);

/**
 * The drafter's own preamble: the first clause headed "Preamble" ("Preambule", "Opening
 * recital"…). It is the preamble of the text, printed before the first article as written, in
 * place of a generated one: it names the parties as the drafter does, not as the declarations do
 * (export review, items 3, 10, 11), and it is never an article ("Article 4 — Preamble").
 */
export function drafterPreamble(model: SemanticModel): Clause | undefined {
  // Asked several times per rendering; a model is never changed once made, so the answer is kept with it.
  if (!preambles.has(model)) {
    // The reading depends on the clause's node alone: nothing else in the key.
    const first = preambleClauses(model.ast.clauses, [], (c) => (c.heading !== undefined && c.body !== undefined && headsPreamble(c, c.heading.value) ? true : undefined))[0];
    preambles.set(model, first && model.ast.clauses[first.index]);
  }
  return preambles.get(model);
}

const preambles = new WeakMap<SemanticModel, Clause | undefined>();
const preambleClauses = keptScan<Clause, true>();

/**
 * "…; Have agreed as follows:", "… Zijn het volgende overeengekomen:", "… Sont convenus de ce qui
 * suit:": the enacting formula that ends the drafter's preamble, set apart as the generated one
 * is. Only a capitalised formula: "…, have accordingly made the following arrangements:" ends a
 * sentence the drafter wrote as one, and stays in it.
 */
const enactingFormula = /(?:^|(?<=[;,.:\]]\s))((?:Have|HAVE|Zijn|ZIJN|Sont|SONT|Sind|SIND)\s[^;]*:)$/u;

export function preamble(model: SemanticModel, r: RenderContext): Preamble | undefined {
  const written = drafterPreamble(model);
  if (written) {
    const paragraphs = splitParagraphs(visibleText(written.body!.value)).flatMap(recitals);
    const final = paragraphs[paragraphs.length - 1];
    const last = typeof final === 'string' ? enactingFormula.exec(final) : null;
    if (!last || typeof final !== 'string') return { parties: undefined, recitals: paragraphs, formula: undefined };
    const rest = final.slice(0, last.index).trim();
    return { parties: undefined, recitals: [...paragraphs.slice(0, -1), ...(rest ? [rest] : [])], formula: last[1] };
  }
  // An annex has no preamble of its own: it is part of its parent instrument.
  if (!model.ast.instrument || model.ast.instrument.kind.value === 'annex') return undefined;
  // The letters of an exchange open and close themselves; no letter says "Have agreed as follows:".
  if (isExchange(model)) return undefined;
  // A declaration issued without declared parties speaks for itself ("We reaffirm …").
  if (model.ast.instrument.kind.value === 'declaration' && model.signatories.length === 0) return undefined;
  // A class party ("all States", "all States listed in Annex 2") is not a State that has agreed: a
  // treaty binds only the States that consent to it (VCLT Arts. 11, 34), and a class label as the
  // subject of "Have agreed" says every State has, and lists a class's members twice beside the
  // class that includes them (fifty-fourth run, item 3b–c). The opening names those that become
  // Parties, as multilateral conventions open ("The States Parties to this Treaty", CTBT 1996,
  // preamble); it calls them "the Parties" only where the text does not use "States Parties", its
  // own term, throughout.
  const formula = r.treaty ? 'Have agreed as follows:' : 'Have reached the following understanding:';
  if (model.signatories.some((p) => p.classOf)) {
    // Named signatories beside open classes only: the opening names those that sign, and the class
    // joins later by accession, as the final clauses say ("The Governments of the Kingdom of
    // Belgium, …, the United Kingdom … and the European Economic Community," with accession by
    // invitation in Art. 17: Bonn Agreement 1983, read: BWBV0002780). No "hereinafter referred to
    // as “the Parties”" then: it would make the term mean the States named, and the acceding States
    // parties to whom no duty "of the Parties" applies (treaty lawyer lr10, defect 8).
    const named = model.signatories.flatMap((p, index) => (p.classOf ? [] : [index]));
    if (named.length > 0 && model.signatories.every((p) => !p.classOf || p.classOf.openness?.value === 'open')) {
      const names = r.list(named.map((index) => r.partyName({ text: model.signatories[index].id, range: model.ast.range })));
      return { parties: `${capitalise(names)},`, named, recitals: [], formula };
    }
    const states = model.signatories.every((p) => isStateKind(p.effective.kind?.value));
    const ownTerm = states && model.ast.clauses.some((c) => /\bStates\s+Parties\b/u.test(c.body?.value ?? ''));
    // "The Parties to this Protocol, hereinafter referred to as “the Parties”" would define the term
    // by itself (lr10, defect 8): the short form is given only where it shortens "States Parties".
    const called = ownTerm || !states ? '' : ` hereinafter referred to as “the ${r.participants}”,`;
    const parties = r.treaty ? `The ${states ? 'States ' : ''}${r.participants} to this ${r.self},${called}` : `The ${r.participants} in this ${r.self},`;
    return { parties, unnamed: true, recitals: [], formula };
  }
  const names = model.signatories.length > 0 ? r.signatoryNames : r.placeholder(`the ${r.participants}`);
  const called = `hereinafter referred to as “the ${r.participants}”`;
  const parties = r.treaty ? `${capitalise(names)}, ${called},` : `${capitalise(names)} (${called}),`;
  return { parties, recitals: [], formula };
}

/**
 * A transcription that declares its preamble left out (`omitted "the preamble"`) has one the export
 * marks as not transcribed: a generated one beside the mark would say two things at once, draft or
 * concluded (fifty-fourth run, item 3a).
 */
export function preambleOmitted(model: SemanticModel): boolean {
  return model.ast.instrument?.omitted?.parts.some((p) => /^(?:the\s+)?preamble$/iu.test(p.value.trim())) ?? false;
}

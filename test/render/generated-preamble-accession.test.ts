/**
 * Treaty lawyer lr10, defect 8: the generated opening of an instrument with class parties.
 * (a) "The Parties to this Protocol, hereinafter referred to as “the Parties”," defines the term by
 *     itself: the short form is given only where it shortens "States Parties".
 * (b) Named States beside an open class ("Any State which accedes"): the opening names those that
 *     sign, as the Bonn Agreement 1983 does ("The Governments of the Kingdom of Belgium, …, the
 *     United Kingdom … and the European Economic Community," with accession by invitation in Art.
 *     17; read: BWBV0002780), without "hereinafter referred to as “the Parties”", which would make
 *     the term mean the named States only and leave acceding States outside every duty "of the
 *     Parties". The acceding class is not named there: it has not agreed to anything yet (VCLT
 *     Art. 34). Where all are classes, "The States Parties to this …" stays (COSPAS-SARSAT 1988,
 *     "The States Parties to this Agreement:"; read: BWBV0002153).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/index';

const q = String.fromCharCode(34).repeat(3);
const opening = (text: string, format: 'markdown' | 'akn' = 'markdown'): string => {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/lr10-8.entente', text);
  const out = service.render('file:///t/lr10-8.entente', format)!;
  return format === 'akn' ? /<preamble>.*?<\/preamble>/su.exec(out)![0] : out.split(/\n## /u)[0];
};
const treaty = (self: string, parties: string) => `treaty "${self}" {\n  status binding\n  consent by ratification, accession\n}\n${parties}clause One ${q}\n  The Parties shall cooperate.\n${q}\n`;
const state = (id: string, name: string) => `party ${id} "${name}" {\n  kind state\n}\n`;
const cls = (id: string, name: string, kind: string, openness: string) => `party ${id} "${name}" {\n  kind ${kind}\n  class ${openness}\n}\n`;
const named = state('EE', 'the Republic of Estonia') + state('FI', 'the Republic of Finland') + state('LV', 'the Republic of Latvia');
const acceding = cls('Acceding', 'Any State which accedes to this Convention', 'state', 'open');

describe('lr10 defect 8: the generated opening with class parties', () => {
  it('(b) named States and an open class: the signatories by name, no "hereinafter", no class label (md and akn)', () => {
    const md = opening(treaty('Convention', named + acceding));
    assert.match(md, /^The Republic of Estonia, the Republic of Finland and the Republic of Latvia,$/mu);
    assert.match(md, /Have agreed as follows:/u);
    assert.doesNotMatch(md, /hereinafter|Any State|accedes|The Parties to this/u);
    const akn = opening(treaty('Convention', named + acceding), 'akn');
    assert.match(akn, /<party refersTo="#theRepublicOfEstonia" as="#party">The Republic of Estonia<\/party>, <party [^>]*>the Republic of Finland<\/party> and <party [^>]*>the Republic of Latvia<\/party>,<\/p>/u);
    assert.doesNotMatch(akn, /hereinafter|Any State/u);
  });

  it('(a) a class of international organisations: "The Parties to this Protocol," without defining the term by itself', () => {
    const md = opening(treaty('Protocol', cls('Orgs', 'The international organisations signatory hereto', 'international-organisation', 'closed of 5') + acceding));
    assert.match(md, /^The Parties to this Protocol,$/mu);
    assert.doesNotMatch(md, /hereinafter/u);
  });

  it('near misses: classes of States keep "The States Parties …, hereinafter referred to as “the Parties”,"; named States alone keep theirs', () => {
    const states = opening(treaty('Protocol', cls('Signatories', 'The States signatory hereto', 'state', 'closed of 5') + acceding));
    assert.match(states, /^The States Parties to this Protocol, hereinafter referred to as “the Parties”,$/mu);
    // A closed class beside named States is a signatory too: no list that leaves it out.
    const closed = opening(treaty('Convention', named + cls('Others', 'The other States signatory hereto', 'state', 'closed of 2')));
    assert.match(closed, /^The States Parties to this Convention, hereinafter referred to as “the Parties”,$/mu);
    const bilateral = opening(treaty('Agreement', state('NL', 'the Kingdom of the Netherlands') + state('BE', 'the Kingdom of Belgium')));
    assert.match(bilateral, /^The Kingdom of the Netherlands and the Kingdom of Belgium, hereinafter referred to as “the Parties”,$/mu);
  });
});

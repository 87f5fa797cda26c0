/**
 * The law in the templates (legal review §2.3): one provision per subject, bilateral or
 * multilateral words as the instrument needs, final clauses a treaty section would sign. Each
 * test reads the template filled with its samples, as a drafter starts from it.
 */
import assert from 'node:assert/strict';
import { classificationRank, isClassifiedLevel, classificationLevels } from '../../server/src/language/ast/vocabulary';
import type { EntenteDocument } from '../../server/src/language/ast/nodes';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import type { LibraryClause } from '../../server/src/language/library/library-types';
import type { ClauseTopic } from '../../server/src/language/model/topics';
import { createEntenteService } from '../../server/src/language/service';
import { parse } from '../../server/src/language/syntax/parse';
import { getTemplate, instantiateTemplate, listTemplates, sampleValues } from '../../server/src/language/templates/templates';

const library = builtInLibrary();

function filled(id: string): string {
  return instantiateTemplate(id, sampleValues(getTemplate(id)!))!.text;
}

function ast(id: string): EntenteDocument {
  return parse(filled(id)).ast;
}

/** The library clauses a template takes by reference. */
function libraryClauses(doc: EntenteDocument): LibraryClause[] {
  return doc.clauses.flatMap((c) => (c.libraryRef ? [library.get(c.libraryRef.value)!] : []));
}

/** The exported text, as the signatories would read it. */
function exported(id: string): string {
  const template = getTemplate(id)!;
  const parent = filled('bilateral-mou');
  const service = createEntenteService({ readFile: (uri) => (uri === 'file:///work/memorandum.entente' ? parent : undefined) });
  const uri = `file:///work/${template.fileName}`;
  service.open(uri, filled(id));
  return service.render(uri, 'markdown')!;
}

/**
 * Subjects the template already states in a structured form, each mapped to the library topic
 * that would state it a second time: a channel's marking, onward sharing and purpose, a
 * protocol's notification, a classified channel's protection, and the header's final clauses.
 * (A capacity-building block is left out: a capacity-building clause beside it is caught by the
 * export test instead, templates/template-blanks.test.ts, which counts the articles.)
 */
function structuredTopics(doc: EntenteDocument): Set<ClauseTopic> {
  const topics = new Set<ClauseTopic>();
  if (doc.channels.some((c) => c.marking)) topics.add('handling-marking');
  if (doc.channels.some((c) => c.purpose || c.onwardSharing)) topics.add('purpose-limitation');
  if (doc.channels.some((c) => c.classification)) topics.add('security-of-information');
  if (doc.protocols.length > 0) topics.add('incident-notification');
  if (doc.exercises.length > 0) topics.add('exercises');
  if (doc.bodies.length > 0) topics.add('governance');
  const header = doc.instrument;
  if (header?.effect) topics.add('entry-into-force');
  if (header?.duration) topics.add('duration');
  if (header?.termination) topics.add('termination');
  if (header?.amendment) topics.add('amendment');
  if (header?.disputes) topics.add('disputes');
  if (header?.depositary) topics.add('depositary');
  if (header?.registration) topics.add('registration');
  if (header?.reservations) topics.add('reservations');
  return topics;
}

describe('templates: one provision per subject', () => {
  for (const template of listTemplates()) {
    it(`${template.id}: no library clause restates a subject the template already states`, () => {
      const doc = ast(template.id);
      const stated = structuredTopics(doc);
      const twice = libraryClauses(doc).flatMap((c) => c.topics.filter((t) => stated.has(t)).map((t) => `${c.id} (${t})`));
      assert.deepEqual(twice, []);
      const ids = libraryClauses(doc).map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, 'a library clause taken twice');
    });
  }

  it('would catch the old bilateral MoU (protocol plus notification clause)', () => {
    const old = parse(`${filled('bilateral-mou')}clause IncidentNotification "Notification of incidents" from library "incident-notification/mou"\n`).ast;
    const stated = structuredTopics(old);
    assert.ok(libraryClauses(old).some((c) => c.topics.some((t) => stated.has(t))));
  });
});

describe('templates: bilateral and multilateral words', () => {
  const bilateralWords = /\beither Party\b|\bthe other Party\b|\bin duplicate\b/;

  it('the multilateral treaty takes no clause tagged bilateral and never says "either Party" or "the other Party"', () => {
    const doc = ast('multilateral-treaty');
    assert.deepEqual(libraryClauses(doc).filter((c) => c.scope === 'bilateral').map((c) => c.id), []);
    assert.doesNotMatch(exported('multilateral-treaty'), bilateralWords);
  });

  it('the bilateral templates take no clause tagged multilateral', () => {
    for (const id of ['bilateral-mou', 'bilateral-treaty', 'cert-arrangement']) {
      assert.deepEqual(libraryClauses(ast(id)).filter((c) => c.scope === 'multilateral').map((c) => c.id), [], id);
    }
  });

  it('the Convention calls itself "this Convention", never "this Agreement"', () => {
    const text = exported('multilateral-treaty');
    assert.match(text, /\bthis Convention\b/);
    assert.doesNotMatch(text, /\b[Tt]his Agreement\b/);
  });
});

describe('templates: final clauses', () => {
  it('the MoUs settle differences by consultation and exclude any court, tribunal or third party', () => {
    for (const id of ['bilateral-mou', 'cert-arrangement']) {
      assert.match(exported(id), /settled amicably by consultation between the Participants and will not be referred to any national or international court, tribunal or other body/, id);
    }
  });

  it('the bilateral treaty: consent by notification as a clause, no "amendment by notification", no "governing law"', () => {
    const doc = ast('bilateral-treaty');
    assert.notEqual(doc.instrument?.amendment?.procedure, 'notification');
    assert.equal(doc.instrument?.governingLaw, undefined);
    const consent = libraryClauses(doc).filter((c) => c.topics.includes('consent'));
    assert.deepEqual(consent.map((c) => c.id), ['consent/treaty']);
    const text = exported('bilateral-treaty');
    assert.match(text, /express its consent to be bound by this Agreement by written notification/);
    assert.match(text, /may be amended by mutual written consent of the Parties\. Amendments shall enter into force in accordance with the procedure/);
    assert.doesNotMatch(text, /amended by notification/);
  });

  it('the bilateral treaty: the equivalence table covers every level up to the level of the security agreement', () => {
    for (const agreement of ast('bilateral-treaty').securityAgreements) {
      const top = classificationRank(agreement.upTo!.value!);
      const covered = agreement.equivalences.map((e) => e.level!.value!);
      // UNCLASSIFIED is not a classified level: a table need not list it.
      const expected = classificationLevels.values.filter((l) => isClassifiedLevel(l) && classificationRank(l) <= top);
      assert.deepEqual([...covered].sort(), [...expected].sort(), agreement.id?.text);
      for (const row of agreement.equivalences) assert.equal(row.markings.length, agreement.parties.length, row.level?.text);
    }
  });

  it('the multilateral treaty: signature, ratification, accession, entry into force for later States, depositary, arbitration with its procedure', () => {
    const ids = libraryClauses(ast('multilateral-treaty')).map((c) => c.id);
    for (const id of ['consent/treaty-ratification', 'consent/treaty-accession', 'entry-into-force/treaty-multilateral', 'depositary/treaty', 'disputes/treaty-multilateral', 'registration/treaty-multilateral', 'reservations/treaty-none', 'termination/treaty-denunciation', 'amendment/treaty-multilateral']) {
      assert.ok(ids.includes(id), id);
    }
    const text = exported('multilateral-treaty');
    assert.match(text, /shall be open for signature by the Republic of Estonia, the Republic of Finland and the Republic of Latvia/);
    assert.match(text, /For each State that ratifies, accepts, approves or accedes to this Convention after the deposit of the third instrument/);
    assert.match(text, /The Government of the Republic of Latvia shall be the Depositary of this Convention/);
    assert.match(text, /The arbitral tribunal shall consist of three members/);
    assert.doesNotMatch(text, /Secretary-General of the United Nations|open for signature by all States/);
  });

  it('templates write no passive duty without a duty-bearer in their own prose', () => {
    const passive = /\b(?:shall|will) be (?:notified|informed|sent|provided|reported)\b(?![^.]*\bby\b)/;
    for (const template of listTemplates()) {
      const prose = [...filled(template.id).matchAll(/"([^"\n]{20,})"|"""\n([^]*?)"""/g)].map((m) => m[1] ?? m[2]);
      assert.deepEqual(prose.filter((p) => passive.test(p)), [], template.id);
    }
    assert.ok(passive.test('Republic of Estonia and Republic of Finland shall be notified within 24 hours'));
  });
});

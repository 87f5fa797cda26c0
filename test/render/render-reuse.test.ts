/**
 * After an edit, rendering keeps each unchanged declaration's article (render/kept-articles.ts)
 * and its resolved text (render/resolved-articles.ts). The exports and the preview must stay
 * exactly what a fresh service renders: random edits (seeded) of every sample and real
 * instrument, applied one after another in one service as the editor sends them, each version's
 * Markdown, Akoma Ntoso and preview (whole with its panel, and a part) compared with a new service's; and
 * edits of one declaration that change what another's article says without touching it (a
 * party's or a contact's name, a body's, a security agreement's title, the instrument's kind, a
 * clause that another cites by §, a sibling that changes how an article is headed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';
import { assertEqualToFreshAfterRandomEdits } from '../helpers/random-edits';
import { ententeFiles } from '../features/sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const uri = 'file:///w/doc.entente';
const today = '2027-06-01';

/** Every text the drafter can take away from a version: the exports, and the preview whole and in parts. */
function rendered(service: EntenteService) {
  const total = service.preview(uri, today, { from: 0, count: 1 })?.part?.total ?? 0;
  return {
    markdown: service.render(uri, 'markdown'),
    akn: service.render(uri, 'akn'),
    // The whole preview with its panel (asked after the first part above: its panel as kept for the model).
    preview: service.preview(uri, today),
    middle: service.previewPart(uri, { from: Math.floor(total / 2), count: 3 }),
  };
}

function fresh(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return rendered(service);
}

const mou = readFileSync(join(root, 'samples/cert-cert-mou.entente'), 'utf8') + 'clause Audit about audit """\n  Each Participant will review the costs referred to in §Costs once a year.\n"""\n';

describe('articles kept per declaration across edits', () => {
  it('leave every export and the preview equal to a fresh service\'s after random edits of every sample and real instrument', function () {
    this.timeout(600000);
    const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
    assert.ok(files.length > 40, 'the samples and real instruments were found');
    const texts = [{ name: 'cert-cert-mou with a § citation', text: mou }, ...files.map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }))];
    const withinLine = assertEqualToFreshAfterRandomEdits(texts, () => createEntenteService({ readFile: () => undefined }), uri, rendered, fresh, {
      seed: Number(process.env.RENDER_SEED ?? 27),
      numRuns: Number(process.env.RENDER_RUNS ?? 2),
    });
    assert.ok(withinLine > 50, `${withinLine} edits within a line`);
  });

  // Each edit changes one declaration; the article that changes with it is another's.
  const cases: [string, string, string, RegExp][] = [
    ['a participant\'s name (the channel, protocol and body articles name it)', 'participant FI "National Cyber Security Centre Finland (NCSC-FI)"', 'participant FI "Finnish Cyber Centre"', /Finnish Cyber Centre/],
    ['a contact\'s name (the channel\'s contacts)', 'contact Desk "NCSC-FI situation centre"', 'contact Desk "NCSC-FI watch floor"', /watch floor/],
    ['a body\'s name (the protocol refers incidents to it)', 'body SteeringCommittee "Joint Steering Committee"', 'body SteeringCommittee "Joint Oversight Board"', /Joint Oversight Board/],
    ['the instrument\'s status (will or shall in every article)', 'status non-binding', 'status binding', /shall/],
    ['the clause another cites by §', 'clause Costs about costs', 'clause Expenses about costs', /\[cross-reference\]|Costs/],
    ['a second protocol (each protocol\'s heading names its trigger)', 'exercise NordicShield', 'protocol MinorIncident {\n  when severity low\n  notify FI, EE within 72 hours of awareness via ThreatIntel\n}\n\nexercise NordicShield', /Notification of incidents: /],
    ['a new channel before the one that stays (articles renumbered, citations follow)', 'channel ThreatIntel', 'channel Vulns between EE, FI {\n  carries vulnerabilities\n  marking TLP:GREEN\n}\n\nchannel ThreatIntel', /Vulns|vulnerabilit/],
    // What is rendered from all a kind's nodes at once (every exercise in one article, the header's final clauses) and the panel's parts kept per node.
    ['the name of the participant that leads an exercise (the exercises article and the timeline name it)', 'participant EE "Estonian Information System Authority (CERT-EE)"', 'participant EE "Estonian Cyber Authority"', /led by the Estonian Cyber Authority|Estonian Cyber Authority/],
    ['the term (the timeline shows the exercises until its end)', 'duration 5 years renewable for 5 years', 'duration 2 years', /2 years|two years/],
    ['a channel\'s marking (its node in the diagram)', 'marking TLP:AMBER', 'marking TLP:RED', /TLP:RED/],
    ['a protocol\'s deadline (the incident clock)', 'notify FI, EE within 24 hours', 'notify FI, EE within 12 hours', /twelve hours|12 hours/],
    ['a second exercise after the first (the exercises article reads both)', 'body SteeringCommittee', 'exercise BalticShield every 24 months led by FI with EE {\n  first 2028-04-05\n}\n\nbody SteeringCommittee', /Joint exercises/],
    ['the date of signature (the date of effect: the final clauses and the timeline)', 'signed at "Tallinn" on 2027-03-01', 'signed at "Tallinn" on 2027-05-01', /1 May 2027/],
    ['a clause on amendment (the header\'s final clauses leave out the one it replaces)', 'clause Costs about costs', 'clause Changes about amendment """\n  This Memorandum may be amended by mutual written consent of the Participants.\n"""\n\nclause Costs about costs', /mutual written consent/],
    // On the same line, so every other declaration keeps its node: the articles after it move up one number.
    ['a channel written on the definitions\' line (the one after it is the diagram\'s second channel, its node kept)', 'define "Incident" means "an event that compromises the confidentiality, integrity or availability of a network or information system of a Participant"', 'channel Alerts between EE, FI { carries indicators marking TLP:CLEAR }', /TLP:CLEAR/],
    ['the definitions taken out (every later article renumbered: the protocol cites the channel by its new number)', 'define "Incident"', '// define "Incident"', /through the channel referred to in paragraph 1\b/],
  ];
  // The panel's lists are kept by their items (features/preview-glance.ts), across services too: what changed must show in the panel itself.
  it('show an edited deadline, marking, lead and term in the panel', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, mou, 1);
    const before = service.preview(uri, today)!;
    const edits: [string, string][] = [
      ['within 24 hours of awareness', 'within 12 hours of awareness'],
      ['marking TLP:AMBER', 'marking TLP:RED'],
      ['participant EE "Estonian Information System Authority (CERT-EE)"', 'participant EE "Estonian Cyber Authority"'],
      ['duration 5 years renewable for 5 years', 'duration 2 years'],
    ];
    const text = edits.reduce((t, [from, to]) => (assert.ok(t.includes(from), from), t.replace(from, to)), mou);
    service.update(uri, text, 2);
    const after = service.preview(uri, today)!;
    assert.deepEqual(after.deadlines.map((d) => d.hours), [12, 48, 720]);
    assert.ok(before.deadlines.some((d) => d.hours === 24));
    assert.ok(after.diagram.nodes.some((n) => n.label === 'TLP:RED'));
    assert.ok(after.timeline.some((e) => e.label === 'Exercise led by the Estonian Cyber Authority'), JSON.stringify(after.timeline));
    assert.ok(after.timeline.length < before.timeline.length, 'a shorter term shows fewer exercises');
    assert.deepStrictEqual(after, fresh(text).preview);
  });

  it('follow the instrument\'s kind in the heading of a library clause with the drafter\'s own text (kept per clause node)', () => {
    const withStatus = `${mou}clause Status from library "non-binding-status/mou" """\n  This Memorandum records intentions only.\n"""\n`;
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, withStatus, 1);
    assert.match(rendered(service).markdown!, /Status of this Memorandum/);
    const text = withStatus.replace('memorandum "Memorandum', 'arrangement "Arrangement');
    service.update(uri, text, 2);
    const after = rendered(service);
    assert.match(after.markdown!, /Status of this Arrangement/);
    assert.deepStrictEqual(after, fresh(text));
  });

  for (const [what, from, to, shows] of cases) {
    it(`follow ${what}`, () => {
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, mou, 1);
      const before = rendered(service);
      assert.ok(mou.includes(from), `the sample has ${from}`);
      const text = mou.replace(from, to);
      service.update(uri, text, 2);
      const after = rendered(service);
      assert.deepStrictEqual(after, fresh(text));
      assert.notDeepStrictEqual(after, before, 'the edit changed the rendering');
      assert.match(after.markdown!, shows);
    });
  }
});

/**
 * The prose memo (util/prose-memo.ts) that lets a keystroke re-analyse only the prose it changed
 * (issue #11): it stays bounded, and it is exact — a service that has analysed earlier versions
 * of a document gives, for every version, the diagnostics a fresh service gives, including after
 * edits to the instrument-wide facts the prose analyses read (status, title, signatories,
 * defined terms) and after edits that add or remove the words a check looks for.
 */
import assert from 'node:assert/strict';
import { ProseMemo } from '../../server/src/language/util/prose-memo';
import { analyseVoice } from '../../server/src/language/model/prose-voice';
import { findWording } from '../../server/src/language/model/wording';
import { createEntenteService } from '../../server/src/language/service';

describe('prose memo', () => {
  it('computes a value once per space and text, and keeps spaces apart', () => {
    const memo = new ProseMemo(100);
    let computed = 0;
    const length = (text: string) => (computed++, text.length);
    assert.equal(memo.get('a', 'some prose', length), 10);
    assert.equal(memo.get('a', 'some prose', length), 10);
    assert.equal(computed, 1);
    assert.equal(memo.get('b', 'some prose', () => 'other'), 'other');
    assert.equal(memo.get('a', 'some prose', length), 10);
    // An undefined answer is an answer, not a miss.
    let undefinedComputed = 0;
    memo.get('c', 'x', () => void undefinedComputed++);
    memo.get('c', 'x', () => void undefinedComputed++);
    assert.equal(undefinedComputed, 1);
  });

  it('stays within two generations, and keeps what is used in every analysis', () => {
    const memo = new ProseMemo(10);
    let computed = 0;
    for (let i = 0; i < 1000; i++) {
      memo.get('s', `text ${i}`, () => computed++);
      // A text read on every round moves into each new generation and is never computed again.
      memo.get('s', 'the clause nobody edits', () => computed++);
    }
    assert.ok(memo.entryCount <= 20, `${memo.entryCount} entries`);
    assert.equal(computed, 1001);
  });

});

const base = `memorandum "Memorandum of Understanding between CERT-EE and NCSC-FI on Cyber Cooperation" {
  status non-binding
  discontinue with notice of 6 months
}
participant EE "CERT-EE" { jurisdiction EE }
participant FI "NCSC-FI" { jurisdiction FI }
define "Shared Information" means "information that the Participants exchange under this Memorandum"
channel Intel between EE, FI { marking TLP:AMBER }
clause Duties """The Participants shall exchange Shared Information, and the Parties shall meet every year. Each Participant will be liable for damages."""
clause Agreement """The Participants agree that the Agreement between Estonia and Finland remains in force."""
`;

/** Each edit to the previous version, applied in turn. */
const edits: readonly [string, (text: string) => string][] = [
  ['a word typed in a clause', (t) => t.replace('meet every year', 'meet every second year')],
  ['status binding (the other vocabulary)', (t) => t.replace('status non-binding', 'status binding')],
  ['status back to non-binding', (t) => t.replace('status binding', 'status non-binding')],
  ['a survival sentence added', (t) => t.replace('Each Participant will', 'Information exchanged will continue to be protected after this Memorandum is discontinued. Each Participant will')],
  ['the survival sentence removed', (t) => t.replace('Information exchanged will continue to be protected after this Memorandum is discontinued. ', '')],
  ['a defined term renamed (what is masked)', (t) => t.replace('define "Shared Information"', 'define "Exchanged Information"')],
  ['a signatory renamed (the reference context)', (t) => t.replace('participant FI "NCSC-FI"', 'participant FI "the Agreement"')],
  ['the title changed (how the instrument names itself)', (t) => t.replace('"Memorandum of Understanding between', '"Agreement between')],
  ['the defined term back', (t) => t.replace('define "Exchanged Information"', 'define "Shared Information"')],
];

describe('prose memo across edits: every version analysed as a fresh service analyses it', () => {
  it('gives the same diagnostics after each edit, and the edits change the findings', () => {
    const uri = 'file:///memo/mou.entente';
    const editor = createEntenteService();
    let text = base;
    editor.open(uri, text, 1);
    editor.diagnostics(uri);
    const seen = new Set<string>();
    let version = 1;
    for (const [what, edit] of edits) {
      const next = edit(text);
      assert.notEqual(next, text, `the edit '${what}' changed nothing`);
      text = next;
      editor.update(uri, text, ++version);
      const fresh = createEntenteService();
      fresh.open(uri, text, version);
      const expected = fresh.diagnostics(uri);
      assert.deepStrictEqual(editor.diagnostics(uri), expected, `after ${what}`);
      seen.add(JSON.stringify(expected.map((d) => [d.code, d.range, d.message])));
    }
    // Not a test of nothing: the edits move the findings several times.
    assert.ok(seen.size >= 5, `only ${seen.size} distinct sets of findings`);
  });
});

describe('prose memo keys: the reference context is part of every voice and wording key', () => {
  const text = 'Under the Convention, each Participant waives its claims. The Convention shall enter into force.';
  const contexts = [
    { selfNouns: [], signatories: [] },
    { selfNouns: ['Convention'], signatories: [] },
    { selfNouns: [], signatories: ['Convention'] },
    { selfNouns: [], signatories: [], title: true },
  ];
  it('gives, through one shared memo, what a fresh memo gives for each context', () => {
    const shared = new ProseMemo(100);
    const answers = new Set<string>();
    for (const context of contexts) {
      const viaShared = analyseVoice(text, { ...context, memo: shared });
      const fresh = analyseVoice(text, { ...context, memo: new ProseMemo(100) });
      assert.deepStrictEqual(viaShared.foreign, fresh.foreign, JSON.stringify(context));
      assert.deepStrictEqual(findWording(text, 'treaty', { context: { ...context, memo: shared } }), findWording(text, 'treaty', { context: { ...context, memo: new ProseMemo(100) } }));
      answers.add(JSON.stringify(fresh.foreign));
    }
    // The contexts really lead to different analyses, so a key that ignored them would be caught.
    assert.ok(answers.size >= 2, `${answers.size} distinct analyses`);
  });
});

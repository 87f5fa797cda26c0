/**
 * The editor features on the final-clause formulas (issue #9 item 5): completion offers the new
 * header statements and their closed words, hover explains them, the outline lists them and the
 * notes of an exchange, navigation follows `answering`, and formatting lays them out.
 */
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, completionLabels, fixture, hoverTextAt, mainUri } from './feature-fixture';

const labels = completionLabels;
const hoverText = hoverTextAt;

const exchange = 'treaty "T" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n}\nparty A "The Government of A" { kind government }\nparty B "The Government of B" { kind government }\nnote P "Note No. 1" from A to B on 2027-01-01\nnote R from B to A on 2027-01-02 answering P\n';

describe('editor features on the final-clause formulas', () => {
  it('completes the new header statements, and only where a statement starts', () => {
    const header = labels('treaty "T" {\n  status binding\n  $0\n}\n');
    for (const word of ['subsequently', 'provisional', 'opened', 'form', 'incorporates']) assert.ok(header.includes(word), word);
    assert.ok(!labels('party A "x" { $0 }').includes('subsequently'));
  });

  it('completes the closed words of the formulas: forms, ordinals, events, class openness, meeting terms', () => {
    assert.deepEqual(labels('treaty "T" {\n  form $0\n}\n'), ['exchange-of-notes', 'exchange-of-letters']);
    assert.ok(labels('treaty "T" {\n  effect on first day of $0\n}\n').includes('second'));
    assert.ok(labels('treaty "T" {\n  effect on first day of month following $0\n}\n').includes('consent-to-be-bound'));
    assert.deepEqual(labels('party A "x" { class $0 }'), ['open', 'closed']);
    const meets = labels('party A "x"\nbody B members A meets $0');
    for (const term of ['as-agreed', 'on-request', 'periodically']) assert.ok(meets.includes(term), term);
  });

  it('explains the statement keywords and the closed words on hover', () => {
    assert.match(hoverText('treaty "T" {\n  subseq$0uently 30 days after ratification\n}\n'), /VCLT Art\. 24\(3\)/);
    assert.match(hoverText('treaty "T" {\n  provisi$0onal application on signature\n}\n'), /Art\. 25/);
    assert.match(hoverText('treaty "T" {\n  form exch$0ange-of-notes\n}\n'), /VCLT Art\. 13/);
  });

  it('outlines the new statements and the notes, the reply named as the reply to its note', () => {
    const { service } = fixture(exchange.replace('effect on reply', 'effect on reply\n  provisional application on signature'));
    const symbols = service.documentSymbols(mainUri);
    const header = symbols.find((s) => s.name === 'T')!;
    assert.ok(header.children?.some((c) => c.name === 'form exchange-of-notes'), JSON.stringify(header.children?.map((c) => c.name)));
    assert.ok(header.children?.some((c) => c.name === 'provisional application on signature'));
    assert.deepEqual(
      symbols.filter((s) => s.name === 'P' || s.name === 'R').map((s) => [s.name, s.detail]),
      [
        ['P', 'Note No. 1'],
        ['R', 'reply to P'],
      ],
    );
  });

  it('follows `answering` to the note it answers, and hovers it', () => {
    const source = exchange.replace('answering P', 'answering $0P');
    const { service, position } = fixture(source);
    const [target] = service.definition(mainUri, position);
    assert.equal(target.range.start.line, 7);
    assert.match(hoverText(source), /\*\*P\*\* — note/);
  });

  it('lays out a collapsed header with the new statements one per line, lists kept on theirs', () => {
    const collapsed =
      'protocol "P" { status binding done at "Riga" on 2028-06-05 in single copy deposited with "the archives" opened for signature at "Riga" on 2028-06-05 consent by signature, ratification, accession effect on first day of month following 3 months after last consent-to-be-bound by 3 States including 2 Parties subsequently on first day of month following 3 months after consent-to-be-bound incorporates amendment, disputes from "c.entente" denunciation with notice of at least 6 months }\n';
    const formatted = applyEdits(collapsed, formatText(collapsed, { tabSize: 2, insertSpaces: true }));
    assert.equal(
      formatted,
      [
        'protocol "P" {',
        '  status binding',
        '  done at "Riga" on 2028-06-05 in single copy deposited with "the archives"',
        '  opened for signature at "Riga" on 2028-06-05',
        '  consent by signature, ratification, accession',
        '  effect on first day of month following 3 months after last consent-to-be-bound by 3 States including 2 Parties',
        '  subsequently on first day of month following 3 months after consent-to-be-bound',
        '  incorporates amendment, disputes from "c.entente"',
        '  denunciation with notice of at least 6 months',
        '}',
        '',
      ].join('\n'),
    );
  });
});

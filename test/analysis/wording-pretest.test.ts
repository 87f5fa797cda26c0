/**
 * The wording checks mask and read only the prose whose source may hold a word of the vocabulary
 * (`mayHoldWording`, rules/support/conflict-prose.ts; issue #11): the test on the raw source must
 * never pass over prose in which the masked text holds a word. Masking blanks quotations, defined
 * terms and (in one-line strings) escape sequences, and an escape is the one thing that can make a
 * word of the vocabulary start where the source has a letter ("each Party\nwill share": `\n` is
 * two characters of the source). Checked directly on generated prose, and through the diagnostics
 * of every version of a text edited in one service against a fresh service's.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntenteService } from '../../server/src/language/service';
import { findWording } from '../../server/src/language/model/wording';
import { declarationSpans, mayHoldWording, titleSpans } from '../../server/src/language/rules/support/conflict-prose';
import type { Wording } from '../../server/src/language/library/library-types';
import { diagnosticsOf, fresh, uri } from '../helpers/follow-edits';

/** Words of both vocabularies and what masking turns into marks or spaces beside them. */
const pieces = [
  'will', 'Will', 'shall', 'Participants', 'Participant', 'Parties', 'Party', 'agreement', 'Agreement', 'obligations', 'commitments',
  'come into effect', 'comes\n  into effect', 'equally valid', 'this understanding', 'Article 3', 'enter into force', 'authentic',
  ' ', ' ', ' ', '\n  ', '-', '_', '.', ',', 'x', 'co', 'un', '"', '“', '”', '"will"', '“equally valid”', '\\', '\\n', '\\"', '\\u0041',
  'Commitment', 'Sharing', 'Alert', 'Participant Sharing',
];
const terms = ['Participants', 'Commitment', 'Sharing', 'Participant Sharing', 'Will'];

const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((ps) => ps.join(''));
const oneLine = prose.map((p) => p.replace(/\n\s*/gu, ' ').replace(/"/gu, '\\"').replace(/\\(?![nu"\\])/gu, '\\\\'));

function documentOf(kind: 'treaty' | 'memorandum', title: string, term: string, means: string, body: string, heading: string): string {
  const status = kind === 'treaty' ? 'binding' : 'non-binding';
  return `${kind} "${title}" {\n  status ${status}\n}\nparty EE "Estonia"\nparty FI "Finland"\ndefine "${term}" means "${means}"\nclause Art1 "${heading}" """\n  ${body.replace(/"""/gu, '')}\n"""\n`;
}

const vocabularies: readonly Wording[] = ['treaty', 'mou'];

describe('the wording checks read only prose that may hold a word of the vocabulary', () => {
  it('never passes over prose whose masked text holds a word (generated prose, escapes, quotations, defined terms)', () => {
    fc.assert(
      fc.property(fc.constantFrom('treaty' as const, 'memorandum' as const), oneLine, fc.constantFrom(...terms), oneLine, prose, oneLine, (kind, title, term, means, body, heading) => {
        const service = createEntenteService({ readFile: () => undefined });
        service.open(uri, documentOf(kind, `Agreement ${title}`, term, means, body, heading), 1);
        const model = service.model(uri);
        if (!model) return;
        for (const belongsTo of vocabularies) {
          for (const d of model.ast.declarations) {
            if (mayHoldWording(model, d, belongsTo)) continue;
            for (const span of declarationSpans(model, d)) assert.deepEqual(findWording(span.text, belongsTo, { title: false, context: span.context }), [], `${belongsTo} in ${JSON.stringify(span.text)}`);
          }
          if (!mayHoldWording(model, undefined, belongsTo)) for (const span of titleSpans(model)) assert.deepEqual(findWording(span.text, belongsTo, { title: true, context: span.context }), [], `${belongsTo} in the title ${JSON.stringify(span.text)}`);
        }
      }),
      { seed: 48, numRuns: Number(process.env.PG48_RUNS ?? 400) },
    );
  });

  it('reads a one-line string whose escape makes a word start ("each Party\\nwill share")', () => {
    const text = String.raw`treaty "Agreement on Cyber Security" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Sharing" means "each Party\nwill share indicators with the other Parties"
clause Meet "Meetings" """
  The Parties shall meet.
"""
`;
    const found = fresh(text).filter((d) => d.code === 'treaty-mou-wording');
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.range.start.character, d.message.split(' ')[0]]),
      [[5, 36, "'will'"]],
    );
  });

  it('keeps every version of a treaty edited in one service as a fresh service diagnoses it, as its prose comes to hold MoU words and stops (fast-check)', () => {
    const start = `treaty "Agreement on Cyber Security" {
  status binding
}
party EE "Estonia"
party FI "Finland"
define "Sharing" means "the exchange of indicators"
clause Meet "Meetings" """
  The Parties shall meet.
"""
clause Share "Sharing" """
  Each Party shall share indicators.
"""
`;
    const inserted = ['will', ' will ', 'Participants', 'come into effect', '\\n', '\\"', '"', '“will”', 'x', '\n', 'Sharing', ' equally valid'];
    const anchors = ['shall meet', 'shall share', 'exchange of', 'Agreement on', 'define "', 'clause '];
    const edit = fc.record({ anchor: fc.nat({ max: anchors.length - 1 }), at: fc.nat(12), piece: fc.nat({ max: inserted.length - 1 }), remove: fc.oneof(fc.constant(0), fc.nat(5)) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const live = createEntenteService({ readFile: () => undefined });
        let text = start;
        live.open(uri, text, 1);
        diagnosticsOf(live);
        edits.forEach((e, i) => {
          const near = text.indexOf(anchors[e.anchor]);
          const at = near >= 0 ? near + e.at : e.at % (text.length + 1);
          text = text.slice(0, at) + inserted[e.piece] + text.slice(at + e.remove);
          live.update(uri, text, i + 2);
          assert.deepStrictEqual(diagnosticsOf(live), fresh(text), JSON.stringify(edits));
        });
      }),
      { seed: 48, numRuns: Number(process.env.PG48_RUNS ?? 60) },
    );
  });
});

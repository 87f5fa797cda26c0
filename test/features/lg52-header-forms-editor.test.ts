/**
 * lg52: the editor on `termination after initial period` (NL–Bangladesh 1977 Art. VI(b)) and
 * `accession by invitation` (UNESCO 1958 Convention on the exchange of publications, Art. 15(1)) —
 * completion offers their closed words where they may be written, hover explains them, and
 * formatting keeps each form on its statement's line.
 */
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, completionLabels, hoverTextAt } from './feature-fixture';

describe('lg52: editor features on `termination after initial period` and `accession by invitation`', () => {
  it('completes `initial` after `termination after`, then `period`', () => {
    assert.deepEqual(completionLabels('treaty "T" {\n  duration 2 years renewable tacitly for 1 year\n  termination after $0\n}\n'), ['initial']);
    assert.ok(completionLabels('treaty "T" {\n  duration 2 years renewable tacitly for 1 year\n  termination after initial $0\n}\n').includes('period'));
  });

  it('explains the closed word and the statement on hover', () => {
    assert.match(hoverTextAt('treaty "T" {\n  termination after init$0ial period with notice of 3 months\n}\n'), /Bangladesh 1977 Art\. VI\(b\)/u);
    assert.match(hoverTextAt('treaty "T" {\n  termin$0ation after initial period with notice of 3 months\n}\n'), /after initial period/u);
  });

  it('completes `invitation` after `accession by`, and explains it on hover', () => {
    assert.deepEqual(completionLabels('treaty "T" {\n  consent by ratification, accession by $0\n}\n'), ['invitation']);
    assert.match(hoverTextAt('treaty "T" {\n  consent by ratification, accession by invit$0ation\n}\n'), /Executive Board/u);
  });

  it('formatting keeps the form on its statement’s line', () => {
    const text = 'treaty "T" {\n      termination   after initial   period with notice of 3 months\n consent by ratification,   accession by   invitation\n}\n';
    const formatted = applyEdits(text, formatText(text, { tabSize: 2, insertSpaces: true }));
    assert.match(formatted, /\n  termination +after initial +period with notice of 3 months\n  consent by ratification, +accession by +invitation\n/u);
  });
});

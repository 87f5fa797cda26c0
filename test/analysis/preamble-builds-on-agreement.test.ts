/**
 * Eighty-ninth run, defect 4 (Netherlands–Egypt Agreement on the Netherlands Institute at Cairo,
 * 1983; read: BWBV0002939): missing-relation-to-other-obligations called the treaty silent on every
 * other agreement, though its preamble says it strengthens "the cooperation between their respective
 * countries provided for under the Cultural Agreement which was concluded by both parties in The
 * Hague on 8 December 1960". The reading of the eighty-fourth run took only "acting under" the
 * agreement; the finding now quotes this form too and asks only about the rest, still a note.
 * Near misses: cooperation with no agreement named, cooperation provided for in "the present
 * Agreement", and the words outside the preamble.
 */
import assert from 'node:assert/strict';
import { wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const cairo = wholeText('test/real-instruments/nl-eg-cairo-institute-1983.entente');
const code = 'missing-relation-to-other-obligations';
const only = (text: string, profile = 'default') => diagnose(text, { settings: { profile } }).filter((d) => d.code === code);
const cultural = 'provided for under the Cultural Agreement which was concluded';

describe('eighty-ninth run, defect 4: a preamble that names the agreement whose cooperation the treaty carries further', () => {
  it('NL–Egypt 1983: the note quotes the preamble and asks only about the rest; info, and a note under strict too on the signed text (ninety-fifth run, defect 2)', () => {
    const [finding] = only(cairo);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^The treaty is not silent on every other agreement: its preamble names the agreement whose cooperation it carries further \("cooperation between their respective countries provided for under the Cultural Agreement which was concluded by both parties in The Hague on 8 December 1960"\); beyond that agreement, it does not say how it relates to the parties’ other obligations \(NL was a Member State of the European Communities/u);
    assert.equal(only(cairo, 'strict')[0].severity, 'info');
  });

  it('"established by" and "relations" read the same', () => {
    const text = replaced(cairo, 'the cooperation between their respective countries provided for under the Cultural Agreement', 'the relations between their respective countries established by the Cultural Agreement');
    assert.match(only(text)[0].message, /its preamble names the agreement whose cooperation it carries further \("relations between their respective countries established by the Cultural Agreement/u);
  });

  it('near miss: cooperation with no agreement named is silent as before', () => {
    const text = replaced(cairo, `${cultural} by both parties in The Hague on 8 December 1960`, 'in the fields of culture and science');
    assert.match(only(text)[0].message, /^The treaty does not say how it relates/u);
  });

  it('near miss: cooperation provided for in the present Agreement names no other agreement', () => {
    const text = replaced(cairo, `${cultural} by both parties in The Hague on 8 December 1960`, 'provided for under the present Agreement');
    assert.match(only(text)[0].message, /^The treaty does not say how it relates/u);
  });

  it('near miss: the same words in an article, not the preamble, are not read as its basis', () => {
    const moved = replaced(cairo, `Desiring to further strengthen the cooperation between their respective countries ${cultural} by both parties in The Hague on 8 December 1960; `, '');
    const text = `${moved}clause Art14 "Article 14" """\n  The cooperation between their respective countries ${cultural} by both parties in The Hague on 8 December 1960 shall continue.\n"""\n`;
    assert.match(only(text)[0].message, /^The treaty does not say how it relates/u);
  });
});

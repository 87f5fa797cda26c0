/**
 * The editor knows a channel's `modality` (treaty lawyer lr4): completion offers its four values
 * after the keyword and the keyword among a channel's statements, hover says what each means, the
 * formatter puts it on its own line and keeps it, and it is coloured as a statement keyword.
 */
import assert from 'node:assert/strict';
import { channelModalities, exchangeHedges } from '../../server/src/language/ast/vocabulary';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, fixture, mainUri } from './feature-fixture';

const options = { tabSize: 2, insertSpaces: true };
const formatted = (text: string) => applyEdits(text, formatText(text, options));
const parties = 'participant EE "Estonia"\nparticipant FI "Finland"\n';
const labels = (source: string) => {
  const { service, position } = fixture(parties + source);
  return service.complete(mainUri, position).map((i) => i.label);
};

describe('a channel\'s `modality` in the editor', () => {
  it('completion offers the four modalities after `modality`, and no hedge there (near miss)', () => {
    assert.deepEqual([...labels('channel C between EE, FI { modality $0 }')].sort(), [...channelModalities.values].sort());
    assert.ok(!labels('channel C between EE, FI { modality $0 }').includes('when-practical'));
    assert.ok(!labels('channel C between EE, FI { exchange $0 }').includes('shall-endeavour'));
    for (const hedge of ['where-appropriate', 'without-prior-request']) assert.ok(labels('channel C between EE, FI { exchange $0 }').includes(hedge), hedge);
    assert.ok(exchangeHedges.values.includes('without-prior-request'));
  });

  it('completion offers `modality` among a channel\'s statements', () => {
    assert.ok(labels('channel C between EE, FI {\n  carries indicators\n  $0\n}').includes('modality'));
  });

  it('hover explains the keyword and the value', () => {
    const doc = `${parties}channel C between EE, FI {\n  modality may\n  carries indicators\n}\n`;
    const keyword = fixture(doc.replace('  modality may', '  moda$0lity may'));
    assert.match(keyword.service.hover(mainUri, keyword.position)?.contents ?? '', /never says "shall" where the channel says `may`/);
    const value = fixture(doc.replace('  modality may', '  modality m$0ay'));
    assert.match(value.service.hover(mainUri, value.position)?.contents ?? '', /A permission, no duty/);
  });

  it('formats `modality` onto its own line and round-trips', () => {
    const messy = 'channel C between EE ,FI { modality   shall-endeavour carries indicators exchange where-appropriate }\n';
    const once = formatted(messy);
    assert.equal(once, 'channel C between EE, FI {\n  modality shall-endeavour\n  carries indicators\n  exchange where-appropriate\n}\n');
    assert.equal(formatted(once), once);
  });
});

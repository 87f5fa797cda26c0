/**
 * A drafter types two samples from scratch, one character at a time. At every word the
 * completion list must offer the word typed next when it is a keyword, a declared id or a closed
 * value, both before the first letter and after it; a declaration's new name gets no keywords.
 * Then every word of the finished document is hovered.
 */
import assert from 'node:assert/strict';
import type { IToken } from 'chevrotain';
import { ententeLexer } from '../../../server/src/language/syntax/lexer';
import * as T from '../../../server/src/language/syntax/tokens';
import { LineIndex } from '../../../server/src/language/ast/positions';
import { diskService, endOf, read, uriOf } from './session-helpers';

const declaring = new Set(['participant', 'party', 'channel', 'protocol', 'exercise', 'body', 'clause', 'contact', 'security-agreement', 'capacity-building', 'technology-transfer', 'non-party']);
const activities = new Set(['training', 'secondments', 'tool-sharing', 'research', 'joint-development']);

/** Why a word need not be offered: a new name, free prose-like words, or an id declared further down. */
function exemption(full: string, tokens: IToken[], i: number): string | undefined {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (token.tokenType !== T.Identifier) return undefined;
  if (previous && declaring.has(previous.image)) return 'new name';
  const keywords = tokens.slice(0, i).filter((t) => t.tokenType.name.startsWith('Kw_'));
  const last = keywords[keywords.length - 1]?.image;
  if (last === 'languages') return 'free word';
  if (last === 'by' && keywords[keywords.length - 2]?.image === 'amendment') return 'free word';
  if (last === 'activities' && !activities.has(token.image)) return 'free word';
  const declaration = new RegExp(`\\b(?:participant|party|channel|body|security-agreement|protocol|exercise)\\s+${token.image}\\b`).exec(full);
  if (declaration && declaration.index > token.startOffset) return 'declared further down';
  return undefined;
}

function typeOut(path: string): { misses: string[]; checked: number; full: string } {
  const full = read(path);
  const uri = uriOf(path);
  const service = diskService();
  const tokens = ententeLexer.tokenize(full).tokens;
  const stops = new Map<number, number>();
  tokens.forEach((t, i) => {
    stops.set(t.startOffset, i);
    if (t.image.length > 1) stops.set(t.startOffset + 1, i);
  });
  const misses: string[] = [];
  let checked = 0;
  for (let offset = 0; offset <= full.length; offset++) {
    const text = full.slice(0, offset);
    service.update(uri, text, offset);
    const i = stops.get(offset);
    if (i === undefined) continue;
    const token = tokens[i];
    const isWordish = token.tokenType === T.Identifier || token.tokenType === T.TlpLabel || token.tokenType === T.TwentyFourSeven || token.tokenType.name.startsWith('Kw_');
    if (!isWordish) continue;
    const items = service.complete(uri, endOf(text));
    const where = `${path}:${full.slice(0, token.startOffset).split('\n').length} after ${JSON.stringify(text.slice(-25))}`;
    if (tokens[i - 1] && declaring.has(tokens[i - 1].image) && token.tokenType === T.Identifier) {
      const keywords = items.filter((item) => item.kind === 'keyword').map((item) => item.label);
      if (keywords.length > 0) misses.push(`${where}: keywords offered for a new name: ${keywords.join(', ')}`);
      continue;
    }
    if (exemption(full, tokens, i)) continue;
    checked++;
    if (!items.some((item) => item.label === token.image)) misses.push(`${where}: '${token.image}' not offered (${items.slice(0, 8).map((item) => item.label).join(', ')})`);
  }
  return { misses, checked, full };
}

describe('editing session: typing samples from scratch', function () {
  this.timeout(20000);

  for (const path of ['samples/cert-cert-mou.entente', 'samples/baltic-cyber-convention.entente']) {
    it(`offers every keyword, declared id and closed value typed in ${path}`, () => {
      const { misses, checked } = typeOut(path);
      assert.ok(checked > 150, `only ${checked} words were checked`);
      assert.deepEqual(misses, []);
    });
  }

  it('offers only what fits the slot at the points a drafter reaches in the finished MoU', () => {
    const path = 'samples/cert-cert-mou.entente';
    const full = read(path);
    const uri = uriOf(path);
    const service = diskService();
    const at = (marker: string, extra = 0) => {
      const offset = full.indexOf(marker) + marker.length + extra;
      assert.ok(offset >= marker.length, marker);
      service.update(uri, full.slice(0, offset) + '\n' + full.slice(full.indexOf('\n', offset)));
      return service.complete(uri, endOf(full.slice(0, offset))).map((item) => `${item.kind}:${item.label}`);
    };
    assert.deepEqual(at('marking '), ['value:TLP:RED', 'value:TLP:AMBER+STRICT', 'value:TLP:AMBER', 'value:TLP:GREEN', 'value:TLP:CLEAR']);
    assert.deepEqual(at('notify FI, EE within 24 '), ['value:hours', 'value:days', 'value:working-days', 'value:weeks', 'value:months', 'value:years']);
    const notify = at('notify ');
    assert.ok(notify.includes('party:EE') && notify.includes('party:FI'), notify.join());
    assert.ok(!notify.some((l) => ['keyword:when', 'keyword:report', 'keyword:channel'].includes(l)), notify.join());
    assert.deepEqual(at('contacts EE.Duty, '), ['party:EE', 'party:FI']);
    assert.deepEqual(at('escalate to '), ['body:SteeringCommittee']);
    const prose = at('Each Participant will bear its own ');
    assert.deepEqual(prose, ['term:Incident']);
    assert.deepEqual(at('clause Costs about ').slice(0, 3), ['value:entry-into-force', 'value:duration', 'value:termination']);
    const channelLine = at('marking TLP:AMBER\n  ');
    assert.deepEqual(channelLine.sort(), ['from', 'carries', 'marking', 'handling', 'classification', 'onward', 'exchange', 'modality', 'deadline', 'purpose', 'safeguards', 'recipients', 'contacts', 'breach'].map((k) => 'keyword:' + k).sort());
    const participant = at('participant ');
    assert.ok(!participant.some((l) => l.startsWith('keyword:')), participant.join());
    assert.deepEqual(at('prevailing '), ['value:English', 'value:Estonian', 'value:Finnish']);
    assert.ok(at('amendment by ').every((l) => !l.startsWith('keyword:')), 'connectives inside free words are not offered');
  });

  it('offers the slot values a treaty needs: means of consent, agreement levels, cooperation parties, topics that are keywords', () => {
    const service = diskService();
    const uri = uriOf('samples/scratch.entente');
    const labels = (text: string) => {
      service.update(uri, text);
      return service.complete(uri, endOf(text)).map((item) => item.label);
    };
    const parties = 'participant EE "E"\nparticipant FI "F"\n';
    assert.ok(labels('treaty "T" {\n  consent by ').includes('ratification'));
    assert.ok(labels('treaty "T" {\n  consent by signature, ').includes('accession'));
    assert.deepEqual(labels(parties + 'security-agreement G between EE, FI up to SECRET {\n  level '), ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP-SECRET', 'equals']);
    assert.deepEqual(labels(parties + 'security-agreement G between EE, FI up to SECRET {\n  level SECRET equals '), ['EE', 'FI']);
    assert.deepEqual(labels(parties + 'capacity-building T by '), ['EE', 'FI']);
    assert.deepEqual(labels(parties + 'capacity-building T by EE, '), ['EE', 'FI']);
    assert.deepEqual(labels(parties + 'technology-transfer R from FI to '), ['EE', 'FI']);
    assert.ok(labels('clause C about capacity-building, ').includes('technology-transfer'));
    assert.ok(labels('protocol P {\n  when severity ').includes('significant'));
    assert.ok(labels('annex "A" of "m.entente" {\n  effect on ').includes('entry-into-force'));
    assert.ok(labels(parties + 'participant LV "L" {\n  contact D "d" available 2').includes('24/7'));
  });

  it('hovers every word of the finished MoU with something true', () => {
    const path = 'samples/cert-cert-mou.entente';
    const full = read(path);
    const uri = uriOf(path);
    const service = diskService();
    service.open(uri, full);
    const silent: string[] = [];
    const lines = new LineIndex(full);
    for (const token of ententeLexer.tokenize(full).tokens) {
      const position = lines.positionAt(token.startOffset);
      const hover = service.hover(uri, position)?.contents;
      const keyword = token.tokenType.name.startsWith('Kw_');
      if (keyword) assert.ok(hover?.startsWith(`**${token.image}**`), `${token.image}: ${hover}`);
      if (token.tokenType === T.Identifier && !hover) silent.push(token.image);
    }
    // Only free words carry no meaning of their own.
    assert.deepEqual([...new Set(silent)].sort(), ['English', 'Estonian', 'Finnish', 'decision', 'written']);
    const hoverAt = (marker: string, extra = 1) => {
      const offset = full.indexOf(marker) + extra;
      return service.hover(uri, endOf(full.slice(0, offset)))?.contents ?? '';
    };
    assert.match(hoverAt('jurisdiction EE', 'jurisdiction '.length + 1), /EU member state/);
    assert.match(hoverAt('effect on signature', 'effect on '.length + 1), /Signature by the parties/);
    assert.match(hoverAt('notify FI', 'notify '.length + 1), /National Cyber Security Centre Finland/);
    assert.match(hoverAt('EE.Duty', 4), /CERT-EE duty officer/);
    assert.match(hoverAt('escalate to Steering', 'escalate to '.length + 1), /Joint Steering Committee/);
    assert.match(hoverAt('about costs', 'about '.length + 1), /costs.*MC22/);
    assert.match(hoverAt('6 months\n  amendment', 3), /Months/);
    assert.match(hoverAt('"confidentiality/mou"', 3), /keep confidential the information/);
  });
});

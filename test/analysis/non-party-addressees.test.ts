/**
 * Addressees that are not parties, and relays through an organisation that is not one
 * (THIRTY-FIFTH-RUN.md, point 5; lr1 2b–2c). From the texts' sentences:
 * - "the State Party referred to in that article shall: (a) forthwith notify, directly or through
 *   the International Atomic Energy Agency …, those States which are or may be physically affected
 *   as specified in article 1 and the Agency" (Early Notification 1986, Art. 2, BWBV0002139);
 * - "Whenever a Party receives a report referred to in article 4 or pollution information provided
 *   by other sources, it shall: … c) then, without delay, inform all States whose interests are
 *   affected or likely to be affected by such oil pollution incident" (OPRC 1990, Art. 5(1));
 * - "Each Party shall take appropriate measures to notify affected or potentially affected States,
 *   the Biosafety Clearing-House and, where appropriate, relevant international organizations"
 *   (Cartagena Protocol 2000, Art. 17(1), BWBV0001513).
 * A non-party is an addressee or a relay, never the subject of "shall" (VCLT Art. 34).
 */
import assert from 'node:assert/strict';
import { createEntenteService, semanticTokenLegend } from '../../server/src/language/index';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { readDocx, type DocxParagraph } from '../render/docx-reader';
import { applyEdits, fixture, mainUri, slice } from '../features/feature-fixture';
import { diagnose } from '../helpers/fixture';

const states = 'party States "All States" {\n  kind state\n  class open\n}\n';
const iaea = 'non-party IAEA "International Atomic Energy Agency"\n';
const enc = `treaty "Convention on Early Notification of a Nuclear Accident" { status binding }\n${states}${iaea}protocol NuclearAccident {
  when category "nuclear accident"
  notify "those States which are or may be physically affected as specified in article 1", IAEA by "the State Party referred to in article 1" directly or through IAEA forthwith
  content "the nuclear accident, its nature, the time of its occurrence and its exact location where appropriate"
}
`;
const oprc = `treaty "International Convention on Oil Pollution Preparedness, Response and Co-operation, 1990" { status binding }\n${states}channel IncidentInformation between States {
  carries "details of its assessments and any action it has taken, or intends to take, to deal with the incident"
}
protocol OilPollutionIncident {
  when category "oil pollution incident"
  notify "all States whose interests are affected or likely to be affected by such oil pollution incident" by "a Party that receives a report referred to in article 4 or pollution information provided by other sources" without-delay via IncidentInformation
}
`;
const encSentence =
  'In the event of a nuclear accident, the State Party referred to in article 1 shall notify those States which are or may be physically affected as specified in article 1 and the International Atomic Energy Agency forthwith, directly or through the International Atomic Energy Agency.';
const oprcSentence =
  /In the event of an oil pollution incident, a Party that receives a report referred to in article 4 or pollution information provided by other sources shall notify all States whose interests are affected or likely to be affected by such oil pollution incident without delay\./;

async function exports(text: string): Promise<Record<string, string>> {
  const service = createEntenteService();
  const uri = 'file:///addressees.entente';
  service.open(uri, text);
  const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text).join('\n');
  return { markdown: service.render(uri, 'markdown') ?? '', html: service.render(uri, 'html') ?? '', akn: service.render(uri, 'akn') ?? '', word };
}

describe('addressees that are not parties, and relays through an organisation', () => {
  it('parses the organisation, described recipients and notifier, and the relay (optional or required)', () => {
    const { ast, problems } = parse(`${enc}protocol Relayed {\n  notify States through IAEA within 24 hours\n}\nnon-party BCH "the Biosafety Clearing-House"\n`);
    assert.deepEqual(problems, []);
    const organisations = ast.declarations.filter((d) => d.type === 'NonParty');
    assert.deepEqual(organisations.map((o) => [o.id?.text, o.name?.value]), [['IAEA', 'International Atomic Energy Agency'], ['BCH', 'the Biosafety Clearing-House']]);
    const [n] = ast.protocols[0].notifications;
    assert.deepEqual(n.recipients.map((r) => r.text), ['IAEA']);
    assert.deepEqual(n.describedRecipients.map((t) => t.value), ['those States which are or may be physically affected as specified in article 1']);
    assert.deepEqual(n.notifiers, []);
    assert.deepEqual(n.describedNotifiers.map((t) => t.value), ['the State Party referred to in article 1']);
    assert.equal(n.relay?.text, 'IAEA');
    assert.equal(n.relayOptional, true);
    assert.equal(n.deadline?.standard?.value, 'forthwith');
    const [required] = ast.protocols[1].notifications;
    assert.equal(required.relay?.text, 'IAEA');
    assert.equal(required.relayOptional, false);
  });

  it('near misses: `organisation` and `organization` stay words, so their slips for closed values are still reported as such', () => {
    const found = diagnose(`participant X "X" {\n  kind organization\n}\nparticipant Y "Y"\nchannel C between X, Y {\n  onward sharing organisation\n}\n`);
    assert.deepEqual(found.filter((d) => d.code === 'syntax-error'), []);
    assert.deepEqual(found.filter((d) => d.code === 'value-out-of-range').length, 2);
  });

  it('near misses: a relay with no organisation, after the deadline, or "directly" without "through" are syntax errors', () => {
    for (const line of ['notify States through within 24 hours', 'notify States within 24 hours through IAEA', 'notify States directly IAEA forthwith', 'notify States directly or IAEA forthwith']) {
      const { problems } = parse(`${states}${iaea}protocol P {\n  ${line}\n}\n`);
      assert.ok(problems.length > 0, line);
    }
  });

  it('recovers: a non-party with no id, or a stray word after it, loses nothing after it', () => {
    for (const broken of ['non-party "International Atomic Energy Agency"', 'non-party IAEA "International Atomic Energy Agency" extra', 'non-party']) {
      const { ast, problems } = parse(`${states}${broken}\nprotocol P {\n  notify "the States concerned", IAEA directly or through IAEA forthwith\n}\nchannel C between States\n`);
      assert.ok(problems.length > 0, broken);
      assert.equal(ast.protocols[0]?.notifications[0]?.describedRecipients[0]?.value, 'the States concerned', broken);
      assert.equal(ast.channels.length, 1, broken);
    }
  });

  it('links a non-party as recipient and relay; an unknown recipient says the three ways to write one', () => {
    assert.deepEqual(diagnose(enc).filter((d) => d.code === 'unknown-reference'), []);
    const [unknown] = diagnose(`${states}protocol P {\n  notify Agency forthwith\n}\n`).filter((d) => d.code === 'unknown-reference');
    assert.match(unknown.message, /^Unknown party 'Agency': declare it or correct the name\. Known: States\. A recipient is a party, a non-party the text names such as an organisation \(declare it: `non-party Agency "…"`\), or others described in the text's words in quotes/);
    const [relay] = diagnose(`${states}protocol P {\n  notify States directly or through Agency forthwith\n}\n`).filter((d) => d.code === 'unknown-reference');
    assert.match(relay.message, /^Unknown non-party 'Agency'/);
  });

  it('links again after an edit elsewhere: a non-party declared makes an unknown recipient known, a party declared under the name takes it over, removed it is unknown again', () => {
    const service = createEntenteService();
    const uri = 'file:///kept.entente';
    // No relay here: the protocol refers to no non-party by any other name, so only the recipient's second kind can tell that it must be linked again.
    const protocol = `${states}protocol P {\n  notify IAEA forthwith\n}\n`;
    const unknown = () => service.diagnostics(uri).filter((d) => d.code === 'unknown-reference').map((d) => `${d.range.start.line}:${d.range.start.character}`);
    const target = () => service.definition(uri, { line: 5, character: 10 })[0]?.range.start.line;
    // Each step edits only the last declaration, after the protocol, whose node (and its linking) is kept.
    service.open(uri, `${protocol}${iaea.replace('IAEA', 'IMO')}`);
    assert.deepEqual(unknown(), ['5:9']);
    service.update(uri, `${protocol}${iaea}`, 2);
    assert.deepEqual(unknown(), []);
    assert.equal(target(), 7);
    // A party declared under the same name takes it over: the party is notified.
    service.update(uri, `${protocol}party IAEA "International Atomic Energy Agency" { kind international-organisation }\n`, 3);
    assert.deepEqual(unknown(), []);
    assert.equal(target(), 7);
    assert.equal(service.diagnostics(uri).some((d) => d.code === 'notifier-not-a-party' || d.message.includes('non-party')), false);
    service.update(uri, `${protocol}${iaea.replace('IAEA', 'IMO')}`, 4);
    assert.deepEqual(unknown(), ['5:9']);
  });

  it('never lets a non-party stand where a party is bound: notifier, channel member, body member (VCLT Art. 34)', () => {
    const found = diagnose(`${states}${iaea}channel C between States, IAEA\nbody Board "Board" members States, IAEA meets annually\nprotocol P {\n  notify States by IAEA forthwith\n}\n`).filter((d) => d.code === 'unknown-reference');
    assert.equal(found.length, 3);
    // VCLT Art. 34 speaks of a third State; the IAEA is an organisation (forty-fifth run, item 4).
    for (const d of found) assert.match(d.message, /^IAEA is declared as a non-party \(`non-party IAEA`\): nothing in the instrument binds it \(if the text is a treaty, for a third State, VCLT Art\. 34, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law; for a third organisation, the customary rule that a treaty creates neither obligations nor rights for a third organisation without its consent, which the 1986 Vienna Convention \(Art\. 34, not in force, Art\. 85\(1\)\) states for treaties to which organisations are parties; a memorandum that is no treaty commits only those who sign it\)/);
    // Near miss: as a recipient and a relay it is in its place.
    assert.deepEqual(diagnose(`${states}${iaea}protocol P {\n  notify States, IAEA directly or through IAEA forthwith\n}\n`).filter((d) => d.code === 'unknown-reference'), []);
  });

  it('prints exactly the addressees the text names, with the Party as the subject, in every export (Early Notification Art. 2(a))', async () => {
    for (const [format, out] of Object.entries(await exports(enc))) {
      assert.ok(out.includes(encSentence), `${format}: ${out}`);
      assert.doesNotMatch(out, /(?:Agency|affected|States)\s+shall\b/, format);
      assert.doesNotMatch(out, /the other Parties/, format);
    }
  });

  it('prints the OPRC Art. 5(1)(c) duty with its bearer and the affected States, not "the other Parties"', async () => {
    for (const [format, out] of Object.entries(await exports(oprc))) {
      assert.match(out, oprcSentence, format);
      assert.doesNotMatch(out, /notify the other Parties/, format);
    }
  });

  it('never prints "through the channel …" for a step whose recipients include a non-party or described States; a step among parties still does (lf4)', async () => {
    // Art. 5(1)(c) names no route: the channel is among Parties only, the addressees are not. `oprc` keeps its `via`, the export drops it.
    for (const [format, out] of Object.entries(await exports(oprc))) assert.doesNotMatch(out, /through the channel/, format);
    const organisation = `treaty "Convention" { status binding }\n${states}${iaea}channel C between States\nprotocol P {\n  when category "nuclear accident"\n  notify States, IAEA forthwith via C\n}\n`;
    for (const [format, out] of Object.entries(await exports(organisation))) assert.doesNotMatch(out, /through the channel/, format);
    // Near miss: the same step to the Parties only goes through the channel.
    const { markdown } = await exports(organisation.replace('States, IAEA', 'States'));
    assert.match(markdown, /shall notify the other Parties forthwith through the channel referred to in Article \d+\./);
  });

  it('near miss: a protocol among parties only still reads "the other Parties", and a named party notifies as before', async () => {
    const text = `treaty "Convention" { status binding }\n${states}${iaea}protocol P {\n  when category "nuclear accident"\n  notify States by States forthwith\n  notify through IAEA promptly\n}\n`;
    const { markdown } = await exports(text);
    assert.match(markdown, /The Parties, on becoming aware of a nuclear accident, shall notify the other Parties forthwith\./);
    // A required relay, with no recipient named: the other Parties, through the organisation.
    assert.match(markdown, /A Party that becomes aware of a nuclear accident shall notify the other Parties promptly, through the International Atomic Energy Agency\./);
  });

  it('notifier-not-a-party: only words that explicitly name a non-party, an organisation or a private actor as the bearer are reported (lf4)', () => {
    const probe = (by: string, profile?: string) =>
      diagnose(`${states}${iaea}protocol P {\n  notify "those States which are or may be physically affected" by "${by}" forthwith\n}\n`, profile ? { settings: { profile } } : undefined).filter((d) => d.code === 'notifier-not-a-party');
    // The treaties' own words for a party: the treaty binds only its parties by construction (UNCLOS Art. 198: "When a State becomes aware of cases …").
    for (const by of [
      'a State', 'When a State becomes aware of cases', 'each State', 'the flag State', 'the coastal State', 'the launching State', 'the State of registry',
      'the State in whose territory the incident occurred', 'the Administration', 'each Member State', 'each Side', 'the Participating Authority',
      'each Member State of the Agency', 'the State Party referred to in article 1',
      'a Party that receives a report referred to in article 4 or pollution information provided by other sources', 'the national authority', "the operator's State",
      // A declared non-party's id only as a whole word: `non-party IAEA` is not in "the PIAEA".
      'the PIAEA',
    ]) assert.deepEqual(probe(by), [], by);
    // Explicitly not a party, in any case; an organisation named as bearer; a private actor that merely mentions a Party.
    const reported: [string, RegExp][] = [
      ['a State not Party to this Convention', /a State that is not a party/],
      ['a State not a Party', /a State that is not a party/],
      ['a non-Party State', /a State that is not a party/],
      ['a non-party State', /a State that is not a party/],
      ['a third State', /a State that is not a party/],
      ['the Agency or a State Party', /an international organisation/],
      ['the International Atomic Energy Agency', /an international organisation/],
      ['the IAEA', /an international organisation/],
      ['the master of a ship flying the flag of a Party', /a private actor/],
      ['an operator under the jurisdiction of a Party', /a private actor/],
      ['nationals of a Party', /a private actor/],
      ['any person in the territory of the State Party', /a private actor/],
    ];
    for (const [by, bearer] of reported) {
      const found = probe(by);
      assert.equal(found.length, 1, by);
      assert.equal(found[0].severity, 'warning', by);
      assert.match(found[0].message, bearer, by);
      // It asks the drafter to check the transcription, never to rewrite a concluded treaty.
      assert.match(found[0].message, /Check the transcription against the text/, by);
      assert.doesNotMatch(found[0].message, /rewrite|amend/i, by);
      // No profile raises it to an error.
      assert.equal(probe(by, 'strict')[0]?.severity, 'warning', `${by} (strict)`);
    }
    assert.deepEqual(
      diagnose(`party NL "the Kingdom of the Netherlands" { kind state }\nparty BE "the Kingdom of Belgium" { kind state }\nprotocol P {\n  notify BE by "the competent authorities of the Kingdom of the Netherlands" forthwith\n}\n`).filter((d) => d.code === 'notifier-not-a-party'),
      [],
    );
  });

  it('a relay is the route missing-incident-notification-terms asks for; neither channel nor relay is still reported', () => {
    assert.deepEqual(diagnose(enc).filter((d) => d.code === 'missing-incident-notification-terms'), []);
    // A step to non-parties or described States is not asked for a channel, a route among parties (OPRC Art. 5(1)(c) names none).
    const code = (text: string) => diagnose(text).filter((d) => d.code === 'missing-incident-notification-terms' && d.message.includes('a channel'));
    assert.deepEqual(code(enc.replace(' directly or through IAEA', '')), []);
    assert.deepEqual(code(oprc.replace(' via IncidentInformation', '')), []);
    assert.deepEqual(code(enc.replace(' directly or through IAEA', '').replace('"those States which are or may be physically affected as specified in article 1", IAEA', 'IAEA')), []);
    // Near misses: a step among parties with neither channel nor relay is still reported, alone or beside a step to described States.
    const partiesOnly = enc.replace(' directly or through IAEA', '').replace('"those States which are or may be physically affected as specified in article 1", IAEA by "the State Party referred to in article 1"', 'States');
    assert.equal(code(partiesOnly)[0]?.message, 'Incident protocol NuclearAccident lacks a channel (`via <channel>`, or the organisation it goes through: `through …`).');
    const mixed = enc.replace(' directly or through IAEA', '').replace('  content', '  notify States forthwith\n  content');
    assert.equal(code(mixed).length, 1);
  });

  it('notified-not-on-channel asks no channel membership of an addressee that is not a party; a party off the channel is still reported', () => {
    assert.deepEqual(diagnose(oprc).filter((d) => d.code === 'notified-not-on-channel'), []);
    const text = `participant EE "Estonia"\nparticipant FI "Finland"\nparticipant LV "Latvia"\n${iaea}channel Intel between EE, FI\nprotocol Major {\n  notify LV, IAEA, "the States concerned" within 24 hours of awareness via Intel\n}\n`;
    assert.deepEqual(diagnose(text).filter((d) => d.code === 'notified-not-on-channel').map((d) => slice(text, d.range)), ['LV']);
  });

  it('information notified through a channel to addressees that are not parties needs no use limit or marking; sensitive content still does', () => {
    const codes = ['missing-purpose-limitation', 'missing-handling-marking'];
    const channel = (carries: string) => `treaty "Convention" { status binding }\n${states}channel IncidentInformation between States${carries ? ` {\n  carries ${carries}\n}` : ''}\nprotocol P {\n  when category "oil pollution incident"\n  notify "all States whose interests are affected or likely to be affected by such oil pollution incident" without-delay via IncidentInformation\n}\n`;
    // A channel that says nothing of what it carries is presumed sensitive (THIRTY-FIFTH-RUN.md, point 1), unless a notice to the affected States goes through it.
    const silent = diagnose(channel('')).filter((d) => codes.includes(d.code));
    assert.deepEqual(silent, []);
    // Without the notification to the affected States the same words say nothing of who receives them: both are asked.
    const asked = diagnose(channel('').replace(/protocol P \{[\s\S]*\}\n$/, '')).filter((d) => codes.includes(d.code));
    assert.deepEqual(asked.map((d) => d.code).sort(), codes.slice().sort());
    // Near miss: personal data notified to the same States still needs both.
    const personal = diagnose(channel('personal-data')).filter((d) => codes.includes(d.code));
    assert.ok(personal.some((d) => d.code === 'missing-purpose-limitation'), JSON.stringify(personal));
  });

  it('renames a non-party in its declaration, as a recipient and as a relay; definition goes to its declaration', () => {
    const { service, position, text } = fixture(enc.replace(', IAEA by', ', IA$0EA by'));
    const edit = service.rename(mainUri, position, 'Agency');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    assert.equal(applyEdits(text, edit.changes[mainUri]), enc.replace(/\bIAEA\b/g, 'Agency'));
    const [target] = service.definition(mainUri, position);
    assert.equal(slice(text, target.range), 'IAEA');
    assert.equal(target.range.start.line, enc.split('\n').findIndex((l) => l.startsWith('non-party IAEA')));
  });

  it('completes non-parties after `notify` and `through`, explains the keywords, outlines, colours and formats them', () => {
    const after = fixture(`${states}${iaea}protocol P {\n  notify $0\n}\n`);
    const labels = after.service.complete(mainUri, after.position).map((i) => i.label);
    assert.ok(labels.includes('States') && labels.includes('IAEA'), labels.join(','));
    const relay = fixture(`${states}${iaea}protocol P {\n  notify States directly or through $0\n}\n`);
    const relayLabels = relay.service.complete(mainUri, relay.position).map((i) => i.label);
    assert.ok(relayLabels.includes('IAEA') && !relayLabels.includes('States'), relayLabels.join(','));
    const hover = fixture(`${states}non-pa$0rty IAEA "International Atomic Energy Agency"\n`);
    assert.match(hover.service.hover(mainUri, hover.position)?.contents ?? '', /organisation \(or a State\) the text names that is not a party/);
    const through = fixture(`${states}${iaea}protocol P {\n  notify States thr$0ough IAEA forthwith\n}\n`);
    assert.match(through.service.hover(mainUri, through.position)?.contents ?? '', /goes through that organisation/);
    const { service } = fixture(enc);
    const symbols = service.documentSymbols(mainUri);
    assert.ok(symbols.some((s) => s.name === 'IAEA' && s.detail === 'International Atomic Energy Agency'), JSON.stringify(symbols.map((s) => s.name)));
    const data = service.semanticTokens(mainUri).data;
    let line = 0;
    let character = 0;
    const onLine: string[] = [];
    const notifyLine = enc.split('\n').findIndex((l) => l.includes('directly or through IAEA'));
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      if (line === notifyLine) onLine.push(`${character}+${data[i + 2]} ${semanticTokenLegend.tokenTypes[data[i + 3]]}`);
    }
    assert.ok(onLine.filter((t) => t.endsWith('+4 class')).length >= 2, onLine.join(' '));
    const options = { tabSize: 2, insertSpaces: true };
    const messy = `${states}non-party   IAEA   "International Atomic Energy Agency"\nprotocol P {\nnotify   "the States concerned" ,IAEA   by "the State Party referred to in article 1"   directly or through IAEA forthwith\n}\n`;
    const once = applyEdits(messy, formatText(messy, options));
    assert.match(once, /\nnon-party IAEA "International Atomic Energy Agency"\n/);
    assert.match(once, /\n {2}notify "the States concerned", IAEA by "the State Party referred to in article 1" directly or through IAEA forthwith\n/);
    assert.equal(applyEdits(once, formatText(once, options)), once);
  });
});

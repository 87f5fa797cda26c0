/**
 * The who-is-bound review (test/probes/who-is-bound/REPORT.md), items 1, 2, 4, 5, 7, 15, 16: who
 * is in the Union, which adequacy decisions Entente knows, and which channels reach the transfer
 * rules. Each test runs the probe text itself and a near miss that must stay reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { isInEea, isInUnion, unionTerritory } from '../../server/src/language/data/european-union';
import { unionBodyNamed } from '../../server/src/language/data/union-bodies';
import { organisationAdequacy } from '../../server/src/language/data/adequacy';

const root = new URL('../../', import.meta.url).pathname;
const probe = (name: string) => readFileSync(`${root}test/probes/who-is-bound/${name}`, 'utf8');

type Found = ReturnType<typeof diagnose>;
/** The findings on the line that declares `channel <id>` (transfer findings sit on the recipient's name there). */
function onChannel(text: string, found: Found, id: string): string[] {
  const line = text.split('\n').findIndex((l) => l.startsWith(`channel ${id} `));
  assert.ok(line >= 0, `channel ${id} not in the probe`);
  return found.filter((d) => d.range.start.line === line).map((d) => `${d.code}:${d.severity}`);
}
const transferCodes = /^(transfer-without-safeguards|possible-transfer-without-safeguards|mou-as-binding-instrument|missing-transfer-safeguards|foreign-access-without-agreement):/;

describe('who-is-bound: territories inside the Union (items 1, 5, 7, 15)', () => {
  it('places the outermost regions and Åland in the Union, the OCTs, the Faroe Islands and Svalbard outside (TFEU Art. 355)', () => {
    for (const code of ['GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX']) assert.ok(isInUnion(code) && isInEea(code), code);
    for (const code of ['AW', 'CW', 'SX', 'BQ', 'GL', 'NC', 'PF', 'PM', 'BL', 'WF', 'TF', 'FO', 'SJ', 'GI', 'JE']) assert.ok(!isInEea(code), code);
    assert.equal(unionTerritory('AX')?.memberState, 'FI');
    assert.equal(unionTerritory('GF')?.memberState, 'FR');
  });

  it('probe 01: no transfer finding to French Guiana, Réunion, Mayotte, Saint-Martin or Åland; the Guianese company is a GDPR exporter', () => {
    const text = probe('01-outermost-regions-aland.entente');
    const found = diagnose(text);
    for (const id of ['CGF', 'CRE', 'CYT', 'CMF', 'CAX']) assert.deepEqual(onChannel(text, found, id).filter((c) => transferCodes.test(c)), [], id);
    assert.ok(onChannel(text, found, 'CGFCOUS').includes('transfer-without-safeguards:error'), 'GDPR Art. 3(1): established in the Union');
    assert.ok(onChannel(text, found, 'CGFCOSUB').includes('foreign-access-without-agreement:warning'), 'GDPR Art. 48');
  });

  it('probe 19: Martinique and Guadeloupe are no third countries; Saint-Barthélemy (an OCT) still is', () => {
    const text = probe('19-outermost-region-company-declared.entente');
    const found = diagnose(text);
    for (const id of ['CFRMQ', 'CFRGP']) assert.deepEqual(onChannel(text, found, id).filter((c) => transferCodes.test(c)), [], id);
    assert.ok(onChannel(text, found, 'CFRBL').includes('transfer-without-safeguards:error'), 'BL is in Annex II');
    assert.ok(onChannel(text, found, 'CGFCOUS').includes('transfer-without-safeguards:error'));
  });

  it('probes 02 and 07: Aruba, Curaçao, Sint Maarten, the Caribbean Netherlands and Greenland stay outside', () => {
    const octs = probe('02-dutch-caribbean-octs.entente');
    const found = diagnose(octs);
    for (const id of ['CAW', 'CCW', 'CSX', 'CBQ']) assert.ok(onChannel(octs, found, id).includes('transfer-without-safeguards:error'), id);
    const gl = probe('07-greenland-faroe.entente');
    assert.ok(onChannel(gl, diagnose(gl), 'CDKGL').includes('transfer-without-safeguards:error'));
  });

  it('probe 21: no mou-as-binding-instrument, no transfer-safeguards clause and no Art. 48 warning for French Guiana; an OCT gets them back', () => {
    const text = probe('21-outermost-region-knock-on-rules.entente');
    const found = diagnose(text);
    assert.deepEqual(onChannel(text, found, 'CFRGF').filter((c) => transferCodes.test(c)), []);
    assert.deepEqual(onChannel(text, found, 'CDECOGFPOL').filter((c) => transferCodes.test(c)), []);
    // Near miss: the same bodies in Saint-Pierre-et-Miquelon, an OCT (Annex II).
    const oct = text.replace(/jurisdiction GF/g, 'jurisdiction PM');
    const outside = diagnose(oct);
    assert.ok(onChannel(oct, outside, 'CFRGF').includes('mou-as-binding-instrument:error'));
    assert.ok(onChannel(oct, outside, 'CDECOGFPOL').includes('foreign-access-without-agreement:warning'));
  });

  it('asks no union-law clause of a treaty between France and a Guianese body', () => {
    const text = 'treaty "Agreement" { status binding }\nparty FR "France" { kind state jurisdiction FR }\nparty GF "Collectivité territoriale de Guyane" { kind government jurisdiction GF }\nchannel Intel between FR, GF { carries indicators, personal-data }\n';
    assert.ok(!diagnose(text).some((d) => d.code === 'missing-union-law-clause'));
    // Near miss: an OCT outside France's realm (Aruba, Annex II) is a third country to France. New
    // Caledonia is an OCT too, but part of the French Republic: an arrangement with it is no treaty
    // with a third country (data/realms.ts), though its transfers stay Chapter V transfers.
    assert.ok(diagnose(text.replace(/jurisdiction GF/, 'jurisdiction AW')).some((d) => d.code === 'missing-union-law-clause'), 'Aruba is an OCT of another realm');
    assert.ok(diagnose(text.replace(/jurisdiction GF/, 'jurisdiction NC')).some((d) => d.code.endsWith('transfer-without-safeguards')), 'personal data sent to New Caledonia leave the Union');
  });

  it('names a Guianese body as acting in a part of France, never calls French Guiana a Member State', () => {
    const text = 'treaty "Agreement" { status binding }\nparty GF "Collectivité territoriale de Guyane" { kind government jurisdiction GF }\nparty US "United States" { kind state jurisdiction US }\nchannel Intel between GF, US { carries indicators }\n';
    const messages = diagnose(text).map((d) => d.message).join('\n');
    assert.match(messages, /GF acts for or in GF, part of FR, an EU Member State/);
  });
});

describe('who-is-bound: the adequacy list (item 2)', () => {
  const text = probe('17-led-personal-data-epo-brazil.entente');

  it('probe 17: CERT.br (Decision (EU) 2026/179) and the European Patent Organisation (Decision (EU) 2025/1382) are covered', () => {
    const found = diagnose(text);
    assert.deepEqual(onChannel(text, found, 'CDEBR').filter((c) => transferCodes.test(c)), []);
    assert.deepEqual(onChannel(text, found, 'CDEEPO').filter((c) => transferCodes.test(c)), []);
    assert.equal(organisationAdequacy('European Patent Organisation')?.decision, '(EU) 2025/1382');
  });

  it('near misses: a Brazilian authority only conditionally, a law-enforcement sender to Brazil and another organisation stay reported', () => {
    const agency = text.replace('participant BR "CERT.br" { kind national-cert', 'participant BR "Polícia Federal" { kind government-agency');
    assert.ok(onChannel(agency, diagnose(agency), 'CDEBR').includes('possible-transfer-without-safeguards:warning'), 'LGPD Art. 4(III) leaves out criminal investigation');
    const led = text.replace('channel CDEBR between DE, BR { from DE', 'channel CDEBR between DEPOL, BR { from DEPOL').replace('participant BR "CERT.br" { kind national-cert', 'participant BR "Polícia Federal" { kind government-agency');
    assert.ok(onChannel(led, diagnose(led), 'CDEBR').includes('transfer-without-safeguards:error'), 'the Brazilian decision is not one under the Directive');
    const other = text.replace('participant EPO "European Patent Organisation"', 'participant EPO "International Criminal Police Organization"');
    assert.ok(onChannel(other, diagnose(other), 'CDEEPO').includes('transfer-without-safeguards:error'));
  });

  it('says how current the list is where it finds no decision', () => {
    const gi = probe('05-united-kingdom-gibraltar.entente');
    const message = diagnose(gi).find((d) => d.code === 'transfer-without-safeguards' && /GI/.test(d.message))?.message ?? '';
    assert.match(message, /no EU adequacy decision known to Entente as of December 2026/);
  });
});

describe('who-is-bound: Union bodies written with another jurisdiction (item 4)', () => {
  const text = probe('09-union-agencies-and-international-organisations.entente');

  it('probe 09: Europol written NL or INT is no transfer destination, and a warning asks for `jurisdiction EU` with a factual fix', () => {
    const found = diagnose(text);
    for (const id of ['CNLEUROPOLNL', 'CNLEUROPOLINT']) assert.deepEqual(onChannel(text, found, id).filter((c) => transferCodes.test(c)), [], id);
    const warnings = found.filter((d) => d.code === 'union-body-jurisdiction');
    assert.equal(warnings.length, 2, warnings.map((d) => d.message).join('\n'));
    assert.ok(warnings.every((d) => d.severity === 'warning' && d.fixes?.every((f) => f.effect === 'factual' && f.edits[0].newText === 'EU')));
    for (const id of ['CNLINTERPOL', 'CNLNATO', 'CNLUN']) assert.ok(onChannel(text, found, id).includes('transfer-without-safeguards:error'), id);
  });

  it('recognises a Union body by its whole name at the start, never by a word elsewhere', () => {
    assert.equal(unionBodyNamed('Europol (declared with its seat)')?.short, 'Europol');
    assert.equal(unionBodyNamed('European Union Agency for Cybersecurity (ENISA)')?.short, 'ENISA');
    assert.equal(unionBodyNamed('Europol National Unit of the Netherlands'), undefined);
    assert.equal(unionBodyNamed('European Commission for Democracy through Law'), undefined);
    assert.equal(unionBodyNamed('Council of Europe'), undefined);
    assert.equal(unionBodyNamed('European Patent Organisation'), undefined);
    const venice = text.replace('participant UN "', 'participant UN "European Commission for Democracy through Law, formerly ');
    assert.ok(!diagnose(venice).some((d) => d.code === 'union-body-jurisdiction' && d.message.startsWith('UN ')));
    const nationalUnit = 'participant ENU "Europol National Unit" { kind government-agency jurisdiction NL }\n';
    assert.ok(!diagnose(nationalUnit).some((d) => d.code === 'union-body-jurisdiction'));
  });
});

describe('who-is-bound: criminal-cooperation data reach the transfer rules (item 16)', () => {
  it('probe 17: subscriber information to the FBI is a conditional transfer beside Art. 48', () => {
    const text = probe('17-led-personal-data-epo-brazil.entente');
    const codes = onChannel(text, diagnose(text), 'CDECOSUBUS');
    assert.ok(codes.includes('possible-transfer-without-safeguards:warning') && codes.includes('foreign-access-without-agreement:warning'), codes.join(', '));
    const message = diagnose(text).find((d) => d.code === 'possible-transfer-without-safeguards')?.message ?? '';
    assert.match(message, /if the data on this channel \(subscriber-information\) concern identified or identifiable natural persons/i);
  });

  it('probe 03: Kripos sending electronic evidence to the FBI is assessed under the Directive, conditionally; with personal data stated it is an error', () => {
    const text = probe('03-eea-efta-states.entente');
    assert.ok(onChannel(text, diagnose(text), 'CNOPOLUS').includes('possible-transfer-without-safeguards:warning'));
    const stated = probe('17-led-personal-data-epo-brazil.entente');
    assert.ok(onChannel(stated, diagnose(stated), 'CNOPOLUS').includes('transfer-without-safeguards:error'));
  });

  it('reports nothing for traffic data inside the EEA, and no mou-as-binding-instrument error on evidence alone', () => {
    const inside = 'memorandum "MoU" { status non-binding }\nparticipant DE "Beispiel GmbH" { kind company jurisdiction DE }\nparticipant FR "CERT-FR" { kind national-cert jurisdiction FR }\nchannel T between DE, FR { from DE carries traffic-data }\n';
    assert.ok(!diagnose(inside).some((d) => transferCodes.test(`${d.code}:`)));
    const outside = inside.replace('jurisdiction FR', 'jurisdiction IN');
    assert.ok(diagnose(outside).some((d) => d.code === 'possible-transfer-without-safeguards'), 'traffic data to India');
    const claimed = outside.replace('carries traffic-data', 'carries traffic-data safeguards legally-binding-instrument');
    assert.ok(!diagnose(claimed).some((d) => d.code === 'mou-as-binding-instrument'));
  });
});

/**
 * Forty-eighth real-instrument run (test/real-instruments/FORTY-EIGHTH-RUN.md), closing items 1–2:
 * missing-points-of-contact is a note, not a warning, on a channel among a class of States whose
 * text commits them only to efforts to share, or makes what they send public
 * (rules/support/inter-state-remark.ts). The words are the Protocol on Environmental Protection to
 * the Antarctic Treaty 1991's (BWBV0001835): "each Party shall endeavour to: … provide to other
 * Parties upon request information relevant to any potential environmental risk" (Art. 6(1)(c)),
 * "Each Party undertakes, to the extent possible, to share information" (Art. 6(2)), and annual
 * reports "circulated to all Parties and to the Committee, considered at the next Antarctic Treaty
 * Consultative Meeting, and made publicly available" (Art. 17(2)). Near misses that keep the
 * warning: the duty to report without publication (Art. 17(1), the Convention on Nuclear Safety's
 * pattern), an unhedged duty to share, a bilateral channel, ends that are not States, a time limit,
 * an incident protocol notifying through the channel, and "as appropriate" (UN Trafficking Protocol
 * 2000, Art. 10(1)).
 */
import assert from 'node:assert/strict';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { diagnose } from '../helpers/fixture';
import { draftOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const antarctic = repoText('test/real-instruments/antarctic-environmental-protocol-1991.entente');
const trafficking = repoText('test/real-instruments/un-trafficking-in-persons-protocol-2000.entente');

/** The severity of missing-points-of-contact on each channel, by the channel's name. */
function contacts(text: string, settings: AnalysisSettings = {}): Record<string, string> {
  const found = diagnose(text, { settings }).filter((d) => d.code === 'missing-points-of-contact');
  return Object.fromEntries(found.map((d) => [/on channel (\w+)/.exec(d.message)?.[1] ?? '?', d.severity]));
}

const information = 'channel Information between States {';

describe('forty-eighth run: missing-points-of-contact among States that only endeavour to share or publish (items 1–2)', () => {
  it('Art. 6(1)(c), 6(2) and 17(2): both channels are notes, under every profile and as a draft', () => {
    for (const profile of [undefined, 'treaty-review', 'strict']) {
      assert.deepEqual(contacts(antarctic, profile ? { profile } : {}), { Information: 'info', AnnualReports: 'info' }, `profile ${profile}`);
    }
    assert.deepEqual(contacts(draftOf(antarctic), { profile: 'strict' }), { Information: 'info', AnnualReports: 'info' });
  });

  it('the messages say why, in the text\'s words, and still say what a designation would be', () => {
    const found = diagnose(antarctic).filter((d) => d.code === 'missing-points-of-contact');
    const info = found.find((d) => /channel Information/.test(d.message));
    const reports = found.find((d) => /channel AnnualReports/.test(d.message));
    assert.match(info?.message ?? '', /The text commits the States only to efforts to share \("endeavour to", "to the extent possible"\), and between States it can pass through the channels they use with one another: a named contact is good practice here, not something the text lacks, so this is a note\./);
    // lr6 item 4: publication does not say where a Party sends its report; the institutional route does.
    assert.match(reports?.message ?? '', /The text sets the route of what the channel carries: "Reports made in accordance with paragraph 1 above shall be circulated to all Parties and to the Committee, considered at the next Antarctic Treaty Consultative Meeting, and made publicly available \(Article 17\(2\)\)", and between States/);
    assert.doesNotMatch(reports?.message ?? '', /made public \(`onward sharing public`\)/);
    assert.match(info?.message ?? '', /oblige each party to designate its points of contact/);
  });

  it('near miss (lr6 item 4): published reports the text routes to no one keep the publication reason', () => {
    const unrouted = replaced(antarctic, 'shall be circulated to all Parties and to the Committee, considered at the next Antarctic Treaty Consultative Meeting, and made publicly available (Article 17(2))', 'shall be made publicly available (Article 17(2))');
    const reports = diagnose(unrouted).find((d) => d.code === 'missing-points-of-contact' && /channel AnnualReports/.test(d.message));
    assert.match(reports?.message ?? '', /What the channel carries is made public \(`onward sharing public`\), and between States/);
  });

  it('a per-rule setting still decides', () => {
    assert.deepEqual(contacts(antarctic, { rules: { 'missing-points-of-contact': 'warning' } }), { Information: 'warning', AnnualReports: 'warning' });
  });

  it('near miss: the annual reports without publication stay a warning (Art. 17(1), "shall report annually")', () => {
    const unpublished = replaced(antarctic, /(Article 17\(2\)\)"\n)  onward sharing public\n/, '$1');
    assert.equal(contacts(unpublished).AnnualReports, 'warning');
  });

  it('near miss: an unhedged undertaking beside the endeavour stays a warning', () => {
    // The channel's words (the clause Art6 repeats them): Art. 6(2) without "to the extent possible".
    const firm = replaced(antarctic, /Each Party undertakes, to the extent possible, (to share information that may be helpful[^"]*\(Article 6\(2\)\))/, 'Each Party undertakes $1');
    assert.equal(contacts(firm).Information, 'warning');
    // A duty in the text's own words is not made an effort by a declared hedge.
    const declared = replaced(firm, '\n  exchange "each Party', '\n  exchange to-the-extent-possible "each Party');
    assert.equal(contacts(declared).Information, 'warning');
  });

  it('a declared effort hedge with hedged words is a note; `as-appropriate` is not an effort (UN Trafficking Protocol, Art. 10(1))', () => {
    const declared = replaced(antarctic, '\n  exchange "each Party', '\n  exchange to-the-extent-possible "each Party');
    assert.equal(contacts(declared).Information, 'info');
    assert.equal(contacts(trafficking).TraffickingInformation, 'warning');
  });

  it('near miss: a bilateral channel between two named States stays a warning', () => {
    const bilateral = replaced(
      replaced(antarctic, 'party States "any State which is a Contracting Party to the Antarctic Treaty" {', 'party AR "Argentine Republic" { kind state }\nparty CL "Republic of Chile" { kind state }\nparty States "any State which is a Contracting Party to the Antarctic Treaty" {'),
      information,
      'channel Information between AR, CL {',
    );
    assert.equal(contacts(bilateral).Information, 'warning');
  });

  it('near miss: ends that are not States stay a warning', () => {
    const agencies = replaced(antarctic, /(party States "any State which is a Contracting Party to the Antarctic Treaty" \{\n {2}kind )state/, '$1government-agency');
    assert.deepEqual(contacts(agencies), { Information: 'warning', AnnualReports: 'warning' });
  });

  it('near miss: a time limit, or an incident protocol that notifies through the channel, keeps the warning', () => {
    const timed = replaced(antarctic, information, `${information}\n  deadline "provide the information requested" within 30 days`);
    assert.equal(contacts(timed).Information, 'warning');
    const notified = `${antarctic}\nprotocol Emergency {\n  when severity high\n  notify States within 24 hours via Information\n}\n`;
    assert.equal(contacts(notified).Information, 'warning');
    assert.equal(contacts(notified).AnnualReports, 'info');
  });

});

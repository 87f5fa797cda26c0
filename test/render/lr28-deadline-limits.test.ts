/**
 * Treaty lawyer lr28, D1 and D5: where a channel deadline's time limit goes in the draft export.
 * D1: words with a second main clause after ";" ("transmit the request to the competent authority;
 * where the authority refuses it, the authority shall give its reasons") took the limit after "shall"
 * onto the first duty (the Parties'), or at the end onto the second (the authority's): the words do not
 * say which, so they are printed as written with the limit a blank to write into them. D5: the channel
 * the duty goes through moves with the limit, joined by "and", so that it stays the duty's — not the
 * request's ("within 72 hours of the request through the channel …") nor the trailing clause's ("… if
 * the incident affects it through the channel …").
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

function render(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}
const treaty = (channels: string) =>
  `treaty "Agreement on Cyber Cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n}\nparty A "Kingdom of the Netherlands" { kind state }\nparty B "Republic of Estonia" { kind state }\n${channels}`;
const unmarked = (md: string) => md.replace(/\*\*\\\[([^\]]*?)\\\]\*\*/gu, '[$1]');
const deadlineLine = (deadline: string) => {
  const md = unmarked(render(treaty(`channel Requests between A, B {\n  carries incident-reports\n}\nchannel Incidents between A, B {\n  carries incident-reports\n  deadline ${deadline}\n}\n`)));
  const lines = [...md.matchAll(/^2\. (.*)$/gmu)].map((m) => m[1]);
  return lines.at(-1);
};

describe('lr28 D1: a second main clause after ";" keeps its words, the limit a blank', () => {
  for (const [deadline, sentence] of [
    [
      '"transmit the request to the competent authority; where the authority refuses it, the authority shall give its reasons" within 10 days',
      'The Parties shall transmit the request to the competent authority; where the authority refuses it, the authority shall give its reasons [time limit “within ten days”, to be written into the words before].',
    ],
    [
      '"inform the other Party of an incident; where the incident affects critical infrastructure, the Party shall also inform the national CSIRT" within 24 hours',
      'The Parties shall inform the other Party of an incident; where the incident affects critical infrastructure, the Party shall also inform the national CSIRT [time limit “within 24 hours”, to be written into the words before].',
    ],
  ] as const) {
    it(deadline, () => assert.equal(deadlineLine(deadline), sentence));
  }
  it('near miss: a ";" with no modal after it is one duty, and the limit goes after the modal as before', () => {
    assert.equal(
      deadlineLine('"confirm receipt of the request; and, if the request is incomplete, notify the requesting Party" within 10 days'),
      'The Parties shall, within ten days, confirm receipt of the request; and, if the request is incomplete, notify the requesting Party.',
    );
  });
});

describe('lr29 D1: a second main clause after ", and" with its own subject, or with "may", keeps its words too', () => {
  for (const [deadline, sentence] of [
    [
      '"inform the other Party of the incident, and the other Party shall acknowledge receipt" within 10 days',
      'The Parties shall inform the other Party of the incident, and the other Party shall acknowledge receipt [time limit “within ten days”, to be written into the words before].',
    ],
    [
      '"notify the other Party of the incident; the information so notified may be used only for the purposes of this Agreement" within 24 hours',
      'The Parties shall notify the other Party of the incident; the information so notified may be used only for the purposes of this Agreement [time limit “within 24 hours”, to be written into the words before].',
    ],
  ] as const) {
    it(deadline, () => assert.equal(deadlineLine(deadline), sentence));
  }
  it('near miss: ", and" with no subject of its own is one duty; the limit goes after the modal', () => {
    assert.equal(
      deadlineLine('"inform the other Party of the incident, and keep it informed of any measure that may be taken" within 10 days'),
      'The Parties shall, within ten days, inform the other Party of the incident, and keep it informed of any measure that may be taken.',
    );
  });
});

describe('lr28 D5: the channel moves with the limit and stays the duty\'s', () => {
  it('"notify the other Party if the incident affects it" within 72 hours of request via Requests', () => {
    assert.equal(
      deadlineLine('"notify the other Party if the incident affects it" within 72 hours of request via Requests'),
      'The Parties shall, within 72 hours of the request and through the channel referred to in Article 1, notify the other Party if the incident affects it.',
    );
  });
  it('near miss: a limit that stays at the end keeps the channel after it', () => {
    assert.equal(
      deadlineLine('"inform the other Party" within 72 hours via Requests'),
      'The Parties shall inform the other Party within 72 hours through the channel referred to in Article 1.',
    );
  });
});

describe('lr30 D6: a second main clause with "need not", "is not required to", "is to" keeps its words too', () => {
  for (const [deadline, sentence] of [
    [
      '"notify the other Party of the incident, but the notifying Party need not disclose its sources" within 72 hours',
      'The Parties shall notify the other Party of the incident, but the notifying Party need not disclose its sources [time limit “within 72 hours”, to be written into the words before].',
    ],
    [
      '"notify the other Party of the incident; the other Party is not required to reply" within 72 hours',
      'The Parties shall notify the other Party of the incident; the other Party is not required to reply [time limit “within 72 hours”, to be written into the words before].',
    ],
    [
      '"notify the other Party of the incident; the other Party is to keep it confidential" within 72 hours',
      'The Parties shall notify the other Party of the incident; the other Party is to keep it confidential [time limit “within 72 hours”, to be written into the words before].',
    ],
  ] as const) {
    it(deadline, () => assert.equal(deadlineLine(deadline), sentence));
  }
  it('near miss: "may" in a relative clause is no second main clause; the limit goes after the modal as before', () => {
    assert.equal(
      deadlineLine('"notify the other Party of any incident that may affect it" within 72 hours'),
      'The Parties shall, within 72 hours, notify the other Party of any incident that may affect it.',
    );
  });
});

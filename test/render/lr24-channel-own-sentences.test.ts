/**
 * lr24 D4, D5: a channel deadline's words that have a subject of their own are a sentence of their own,
 * printed as written with a blank where the time limit is not in them — never put after "The Parties
 * shall", which moved the requested Party's or the competent authority's duty onto every Party and made
 * the sentence ungrammatical (r101 D3). An opening phrase and its comma ("Upon request,",
 * "Notwithstanding paragraph 1,", "In principle,") and a relative or inserted clause after the subject
 * ("Incidents which affect …", "Personal data, where no longer required, …") leave the subject where
 * it is; a modal inside a relative clause disqualifies only words that open with a verb and its object
 * ("Report any incident …, which shall …", lr23 D1), whose time limit goes after the modal, never after
 * the trailing clause. D5: the text's own quoted words follow "the following:", not "the following
 * information:" — a Letter of Request is a request, not information (HCCH 1970 Art. 1, BWBV0001993).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntenteService } from '../../server/src/language';
import { ownSentence } from '../../server/src/language/constructs/channel-voice';

function render(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/main.entente', text);
  return service.render('file:///t/main.entente', 'markdown')!;
}
const treaty = (channel: string) =>
  `treaty "Agreement on Cyber Cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n}\nparty A "Kingdom of the Netherlands" { kind state }\nparty B "Republic of Estonia" { kind state }\nchannel Incidents between A, B {\n${channel}}\n`;
const unmarked = (md: string) => md.replace(/\*\*\\\[([^\]]*?)\\\]\*\*/gu, '[$1]');
const line = (deadline: string) => {
  const md = unmarked(render(treaty(`  carries incident-reports\n  deadline ${deadline}\n`)));
  return /^2\. (.*)$/mu.exec(md)?.[1];
};

describe('lr24 D4: deadline words with a subject of their own are printed as written', () => {
  for (const [deadline, sentence] of [
    ['"Upon request, the requested Party shall provide the information" within 10 days of request', 'Upon request, the requested Party shall provide the information. [time limit “within ten days of the request”, to be written into the sentence before]'],
    ['"Notwithstanding paragraph 1, the competent authority shall reply" within 5 days', 'Notwithstanding paragraph 1, the competent authority shall reply. [time limit “within five days”, to be written into the sentence before]'],
    ['"In principle, requests for assistance shall be answered" within 30 days of receipt', 'In principle, requests for assistance shall be answered. [time limit “within 30 days of receipt”, to be written into the sentence before]'],
    ['"Incidents which affect the other Party shall be reported" within 72 hours', 'Incidents which affect the other Party shall be reported. [time limit “within 72 hours”, to be written into the sentence before]'],
    ['"Information that is classified shall be returned" within 30 days', 'Information that is classified shall be returned. [time limit “within 30 days”, to be written into the sentence before]'],
    ['"Requests for assistance, where urgent, shall be answered" within 24 hours', 'Requests for assistance, where urgent, shall be answered. [time limit “within 24 hours”, to be written into the sentence before]'],
    ['"Personal data, where no longer required, shall be erased" within 6 months', 'Personal data, where no longer required, shall be erased. [time limit “within six months”, to be written into the sentence before]'],
    // nl-us-contract-administration-annex-iv-1982, Section IV: the limit the words state is not the header's, so a blank, not a second limit.
    ['"In principle, acceptance or rejection shall be made within 30 calendar days of receipt by the host government" within 30 days of receipt', 'In principle, acceptance or rejection shall be made within 30 calendar days of receipt by the host government. [time limit “within 30 days of receipt”, to be written into the sentence before]'],
  ] as const) {
    it(deadline, () => assert.equal(line(deadline), sentence));
  }

  describe('near misses: a verb and its object first — a duty of the Parties, the time limit after the modal', () => {
    for (const [deadline, sentence] of [
      ['"Report any incident affecting the other Party, which shall be treated as confidential" within 24 hours', 'The Parties shall, within 24 hours, report any incident affecting the other Party, which shall be treated as confidential.'],
      ['"Notify the national CSIRT of the other Party, which may forward the notification to other authorities" within 24 hours', 'The Parties shall, within 24 hours, notify the national CSIRT of the other Party, which may forward the notification to other authorities.'],
      ['"Inform the other Party of any incident that may affect it" within 72 hours', 'The Parties shall, within 72 hours, inform the other Party of any incident that may affect it.'],
      ['"Report incidents which may affect the other Party" within 72 hours', 'The Parties shall, within 72 hours, report incidents which may affect the other Party.'],
      ['"Upon request, inform the other Party of any incident that may affect it" within 72 hours', 'The Parties shall, within 72 hours, upon request, inform the other Party of any incident that may affect it.'],
    ] as const) {
      it(deadline, () => assert.equal(line(deadline), sentence));
    }
    it('no sentence of the report opens "The Parties shall" before a subject of its own', () => {
      const md = render(treaty('  carries incident-reports\n  deadline "Upon request, the requested Party shall provide the information" within 10 days of request\n  deadline "Incidents which affect the other Party shall be reported" within 72 hours\n'));
      assert.doesNotMatch(md, /The Parties shall,? (?:upon|incidents|within \S+ \S+, incidents)/iu);
    });
  });
});

describe('lr24 D5: the text\'s own quoted words are not called "information"', () => {
  it('lr23\'s probe c2: "the following: “Letters of Request”"', () => {
    const md = unmarked(render(treaty('  carries "Letters of Request"\n')));
    assert.match(md, /\[who\] shall \[transmit, provide or exchange, and to whom\] the following: “Letters of Request”\./u);
    assert.doesNotMatch(md, /following information/u);
  });
  it('near miss: categories alone keep their own nouns', () =>
    assert.match(render(treaty('  carries incident-reports\n')), /The Parties shall exchange incident reports\./u));
});

describe('lr24 D4 in lower case: a sentence with a subject of its own is one whatever the case of its first letter', () => {
  for (const [deadline, sentence] of [
    ['"the requested Party shall, within 30 days, inform the requesting Party of the outcome" within 30 days', 'The requested Party shall, within 30 days, inform the requesting Party of the outcome.'],
    ['"the competent authority shall reply" within 5 days', 'The competent authority shall reply. [time limit “within five days”, to be written into the sentence before]'],
    ['"upon request, the requested Party shall provide the information" within 10 days of request', 'Upon request, the requested Party shall provide the information. [time limit “within ten days of the request”, to be written into the sentence before]'],
    ['"requests for assistance shall be answered" within 30 days of receipt', 'Requests for assistance shall be answered. [time limit “within 30 days of receipt”, to be written into the sentence before]'],
    ['"it shall immediately inform the competent authority" within 5 days', 'It shall immediately inform the competent authority. [time limit “within five days”, to be written into the sentence before]'],
    ['"if the Central Authority considers that the request is defective, it shall inform the applicant" within 5 days', 'If the Central Authority considers that the request is defective, it shall inform the applicant. [time limit “within five days”, to be written into the sentence before]'],
    ['"notwithstanding the provisions of paragraph 1 the requested Party shall reply" within 5 days', 'Notwithstanding the provisions of paragraph 1 the requested Party shall reply. [time limit “within five days”, to be written into the sentence before]'],
    // A name whose capitals follow a small letter opens a sentence as written, not a verb phrase.
    ['"eIDAS notifications shall be answered" within 5 days', 'eIDAS notifications shall be answered. [time limit “within five days”, to be written into the sentence before]'],
    // An opening phrase of time or occasion and its comma, in either case ("The Parties shall within the period set, …" before).
    ['"Within the period set, the requested Party shall reply" within 5 days', 'Within the period set, the requested Party shall reply. [time limit “within five days”, to be written into the sentence before]'],
    ['"At the request of a Party, the other Party shall reply" within 5 days', 'At the request of a Party, the other Party shall reply. [time limit “within five days”, to be written into the sentence before]'],
  ] as const) {
    it(deadline, () => assert.equal(line(deadline), sentence));
  }

  describe('near misses: a verb phrase in lower case keeps today\'s sentence', () => {
    for (const [deadline, sentence] of [
      ['"inform the other Party" within 72 hours', 'The Parties shall inform the other Party within 72 hours.'],
      ['"inform the other Party of any incident that may affect it" within 72 hours', 'The Parties shall, within 72 hours, inform the other Party of any incident that may affect it.'],
      // Near misses of the subordinate clause: no subject ("if any", "as soon as possible"); an aside keeps its comma before the limit, and a preposition before a noun takes the limit after the modal too (treaty lawyer lr28, D3, D4).
      ['"notify the other Party as soon as possible" within 72 hours', 'The Parties shall notify the other Party as soon as possible within 72 hours.'],
      ['"notify the other Party of deficiencies, if any" within 60 days', 'The Parties shall notify the other Party of deficiencies, if any, within 60 days.'],
      ['"notify the other Party before the exercise" within 72 hours', 'The Parties shall, within 72 hours, notify the other Party before the exercise.'],
      ['"notify the other Party if it is affected" within 72 hours', 'The Parties shall, within 72 hours, notify the other Party if it is affected.'],
      ['"report to the other Party after it becomes aware of the incident" within 5 days', 'The Parties shall, within five days, report to the other Party after it becomes aware of the incident.'],
      // A subordinate clause with its own subject at the end: the time limit after the modal, where it can only be the duty's (issue 11's closing note).
      ['"notify the other Party as soon as it may do so" within 72 hours', 'The Parties shall, within 72 hours, notify the other Party as soon as it may do so.'],
      ['"confirm receipt of a request and shall notify the other Party of deficiencies" within 72 hours', 'The Parties shall confirm receipt of a request and shall notify the other Party of deficiencies within 72 hours.'],
      // NL–CH tax information 2010's words: a verb phrase whose later clause has a subject of its own. At the end the
      // time limit read as the use's ("may be used within ten days"); the source's is the opposition's ("Unless such
      // opposition is made within fourteen days …, the information may be used", NL–US securities 1989 Art. 7(b)).
      // The clause after ";" opens with a condition on the first clause's act ("unless such opposition is made"): it
      // says what follows the opposition's window, so the limit stays after the first modal (lf52, after lr29 D1,
      // which printed it as a blank: constructs/main-clauses.ts).
      ['"oppose the use of the information; unless such opposition is made, the information may be used" within 10 days', 'The Parties shall, within ten days, oppose the use of the information; unless such opposition is made, the information may be used.'],
      ['"at the request of a Party, inform the other Party of any incident that may affect it" within 5 days', 'The Parties shall, within five days, at the request of a Party, inform the other Party of any incident that may affect it.'],
      ['"save the data, which shall be kept" within 5 days', 'The Parties shall, within five days, save the data, which shall be kept.'],
    ] as const) {
      it(deadline, () => assert.equal(line(deadline), sentence));
    }
  });

  it('property: the case of the first letter does not decide whether words are a sentence', () => {
    const subject = fc.constantFrom('the requested Party', 'each Party', 'the competent authority', 'it', 'requests for assistance', 'personal data, where no longer required,', 'upon request, the requested Party', 'if the request is urgent, the requested Party', 'within the period set, the Central Authority');
    const verb = fc.constantFrom('inform', 'notify', 'report', 'provide', 'acknowledge', 'answer', 'reply to');
    const object = fc.constantFrom('the other Party', 'any incident', 'the information', 'each request', 'a request that may be urgent');
    const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    fc.assert(fc.property(subject, fc.constantFrom('shall', 'will', 'must'), verb, object, (s, m, v, o) => {
      const sentence = `${s} ${m} ${v} ${o}`;
      assert.equal(ownSentence(sentence), true, sentence);
      assert.equal(ownSentence(upper(sentence)), true, upper(sentence));
    }));
    // A verb and its object in lower case: a verb phrase, whatever modal its relative clause holds.
    fc.assert(fc.property(verb, object, fc.constantFrom('', ' that may affect it', ', which shall forward it', ' as soon as it may do so'), (v, o, tail) => {
      assert.equal(ownSentence(`${v} ${o}${tail}`), false, `${v} ${o}${tail}`);
    }));
  });
});

/**
 * A channel's generated sentence says the undertaking as strongly as the channel does, in the
 * direction it runs, with its hedges, and with no category the text's words do not say (treaty
 * lawyer lr4, 2026-12-05: every channel read "The Parties shall exchange …"). The sentences are
 * those of UNCAC 2003 Arts. 46(4), 48(1), 56 and the Early Notification Convention 1986, Art. 2;
 * each case has its near miss, which keeps the sentence it had.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { parse } from '../../server/src/language/syntax/parse';
import { diagnose } from '../helpers/fixture';
import { openDraftedRealInstrument } from './drafted-variant';

const art46para4 =
  'Without prejudice to domestic law, the competent authorities of a State Party may, without prior request, transmit information relating to criminal matters to a competent authority in another State Party where they believe that such information could assist the authority (Article 46(4))';
const art48para1 =
  'States Parties shall cooperate closely with one another, consistent with their respective domestic legal and administrative systems, to enhance the effectiveness of law enforcement action to combat the offences covered by this Convention (Article 48(1))';

function paragraphs(channelLines: string, head = 'treaty "Convention" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state }\nparty FI "the Republic of Finland" { kind state }\n'): string[] {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/channel.entente';
  service.open(uri, `${head}channel Intel between EE, FI {\n${channelLines}}\n`);
  const doc = service.renderModel(uri)!;
  return [...doc.articles, ...(doc.outside?.articles ?? [])]
    .filter((a) => /^((Exchange|Provision) of information|Information)$/.test(a.heading ?? ''))
    .flatMap((a) => a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)));
}
const mou = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\n';

describe('a channel says its undertaking as strongly as the text (treaty lawyer lr4)', () => {
  it('`modality may`: "may exchange", never "shall" (UNCAC Art. 46(4)); without modality, "shall exchange" as before', () => {
    assert.equal(paragraphs('  modality may\n  carries incident-reports\n  exchange without-prior-request, subject-to-national-law\n')[0], 'The Parties may exchange incident reports, without prior request and subject to national law.');
    assert.equal(paragraphs('  carries incident-reports\n')[0], 'The Parties shall exchange incident reports.');
    assert.equal(paragraphs('  modality shall\n  carries incident-reports\n')[0], 'The Parties shall exchange incident reports.');
  });

  it('`modality shall-endeavour`: "shall endeavour to", in an MoU "will endeavour to"', () => {
    assert.equal(paragraphs('  modality shall-endeavour\n  carries threat-assessments\n  exchange where-appropriate\n')[0], 'The Parties shall endeavour to exchange threat assessments, where appropriate.');
    assert.equal(paragraphs('  modality shall-endeavour\n  carries threat-assessments\n', mou)[0], 'The Participants will endeavour to exchange threat assessments.');
    assert.equal(paragraphs('  carries threat-assessments\n', mou)[0], 'The Participants will exchange threat assessments.');
  });

  it('one way (`from`): the sender provides, as strongly as the channel says, under "Provision of information"', () => {
    assert.equal(paragraphs('  from EE\n  modality may\n  carries incident-reports\n')[0], 'The Republic of Estonia may provide incident reports to the Republic of Finland.');
    assert.equal(paragraphs('  from EE\n  carries incident-reports\n')[0], 'The Republic of Estonia shall provide incident reports to the Republic of Finland.');
    const service = createEntenteService({ readFile: () => undefined });
    service.open('file:///t/h.entente', 'treaty "C" { status binding }\nparty EE "E" { kind state }\nparty FI "F" { kind state }\nchannel A between EE, FI {\n  from EE\n  carries indicators\n}\n');
    assert.deepEqual(service.renderModel('file:///t/h.entente')!.articles.filter((a) => /information/.test(a.heading ?? '')).map((a) => a.heading), ['Provision of information']);
    // Near miss: every member named in `from` is every member sending: an exchange.
    assert.equal(paragraphs('  from EE, FI\n  carries incident-reports\n')[0], 'The Parties shall exchange incident reports.');
  });

  it('`modality as-written`: no generated sentence, the text\'s words only (UNCAC Art. 48(1))', () => {
    const text = paragraphs(`  modality as-written\n  carries personal-data, "information concerning all aspects of the offences"\n  exchange subject-to-national-law "${art48para1}"\n`);
    // The text's words and nothing after them: the declared hedge is for the checks (treaty lawyer lr7, defect 3).
    assert.deepEqual(text, [`${art48para1}.`]);
    assert.ok(!text.some((p) => /shall exchange|personal data/.test(p)), text.join('\n'));
    // A phrase of the text's own, as-written, is printed as written, its own paragraph, under no label (lr7 item 4).
    assert.deepEqual(paragraphs('  modality as-written\n  carries indicators\n  exchange "to exchange, where appropriate, information"\n'), ['to exchange, where appropriate, information.']);
  });

  it('`modality as-written` without the text\'s words is a syntax error that says so; a value outside the set prints a blank, never "shall"', () => {
    const problems = parse('channel C between EE, FI {\n  modality as-written\n  carries indicators\n}\n').problems;
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /`modality as-written` prints the channel's undertaking only in the text's own words/);
    assert.deepEqual(parse('channel C between EE, FI {\n  modality as-written\n  exchange "States Parties shall cooperate closely"\n}\n').problems, []);
    const bogus = '  modality must\n  carries indicators\n';
    assert.doesNotMatch(paragraphs(bogus)[0], /shall|must/);
    assert.match(paragraphs(bogus)[0], /\[modality\]/);
    const source = 'treaty "C" { status binding }\nparty EE "E" { kind state }\nparty FI "F" { kind state }\nchannel A between EE, FI {\n  modality must\n  carries indicators\n}\n';
    const finding = diagnose(source).find((d) => d.code === 'value-out-of-range');
    assert.match(finding?.message ?? '', /'must'.*shall, shall-endeavour, may or as-written/);
  });

  it('a category beside the text\'s own words of what is carried is not printed; categories alone are (near miss)', () => {
    assert.equal(paragraphs('  modality may\n  carries personal-data, "information relating to criminal matters"\n')[0].replace(/[\uE000\uE001]/gu, ''), '[who] may [transmit, provide or exchange, and to whom] information relating to criminal matters.');
    assert.equal(paragraphs('  carries personal-data, incident-reports\n')[0], 'The Parties shall exchange personal data and incident reports.');
    assert.equal(paragraphs(`  modality may\n  carries personal-data, "information relating to criminal matters"\n  exchange subject-to-national-law "${art46para4}"\n`)[1], `${art46para4}.`);
  });

  it('the UNCAC and Early Notification drafts: no channel says "shall exchange", none prints "personal data"; the words of the text are not reprinted (lr7, defect 5)', () => {
    for (const file of ['un-convention-against-corruption-2003.entente', 'iaea-early-notification-nuclear-accident-1986.entente']) {
      const { service, uri } = openDraftedRealInstrument(file);
      const doc = service.renderModel(uri)!;
      const channels = (doc.outside?.articles ?? []).filter((a) => /information$/i.test(a.heading ?? '')).map((a) => a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)));
      for (const text of channels) {
        assert.doesNotMatch(text[0], /shall exchange (personal data|the following)|exchange, subject to national law, personal data/, file);
        assert.ok(!text.some((p) => /personal data/.test(p)), `${file}: ${text.join(' | ')}`);
        // The text's own articles are printed once, in the numbered text.
        assert.ok(!text.some((p) => /^(States Parties shall|In the event of an accident|Without prejudice to)/.test(p)), `${file}: ${text.join(' | ')}`);
      }
    }
    // Every UNCAC channel is now as written (Arts. 46(1), (3)(e)-(f), (4)-(5), (19), (21), 48(1), 56;
    // lr7 defects 2 and 6): its words are the text's articles, printed once, and nothing is proposed beside them.
    const { service, uri } = openDraftedRealInstrument('un-convention-against-corruption-2003.entente');
    const proposed = (service.renderModel(uri)!.outside?.articles ?? []).filter((a) => /information$/i.test(a.heading ?? ''));
    assert.deepEqual(proposed.map((a) => a.heading), []);
  });
});

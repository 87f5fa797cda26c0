/**
 * The exported text of the eighteenth red-team run's probes (test/probes/eighteenth/REPORT.md),
 * as the lawyer who wrote them read it: each test renders a probe (or the template it was made
 * from) and asserts what the signed text must, and must not, say.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderedInstrument } from '../../server/src/language';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { wordingValues } from '../../server/src/language/library/document-values';
import { renderClause, renderPlaceholders } from '../../server/src/language/library/render-clause';
import { readDocx } from './docx-reader';
import { diskService, openFile, repoRoot } from './render-fixtures';

const probe = (name: string) => {
  const { service, uri } = openFile(join(repoRoot, 'test/probes/eighteenth', `${name}.entente`));
  return { md: service.render(uri, 'markdown')!, akn: service.render(uri, 'akn')!, doc: service.renderModel(uri)! };
};

const paragraphs = (doc: RenderedInstrument) => doc.articles.flatMap((a) => a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)));

describe('eighteenth red team: the exported text', () => {
  it('item 11: a security agreement cited as concluded, without place or date, is cited by its title, with no dangling "concluded"', () => {
    const { md, doc } = probe('template-bilateral-treaty-sample');
    const protection = paragraphs(doc).find((p) => p.startsWith('Classified information up to and including SECRET'));
    assert.equal(protection, 'Classified information up to and including SECRET exchanged under this Agreement shall be protected in accordance with the Agreement between the Republic of Estonia and the Republic of Finland on the Mutual Protection of Classified Information.');
    assert.doesNotMatch(md, /concluded\./);
  });

  it('item 12: a language left unanswered by a template is a counted blank of the final formula, not a language', () => {
    const { doc } = probe('template-bilateral-mou-language-unfilled');
    assert.equal(doc.testimonium.length, 1);
    assert.match(doc.testimonium[0], /^Signed at Tallinn on 1 March 2027, in the English and \uE000\[language of the text\]\uE001 languages, both texts being equally valid\./);
    const blanks = (text: string) => text.split('\uE000').length - 1;
    assert.ok(doc.draft && doc.draft.blanks >= blanks(doc.testimonium[0]) && blanks(doc.testimonium[0]) === 1, doc.draft?.label);
  });

  it('item 14: a library clause taken without a heading is headed by its heading for the signed text, not its catalogue title, in every format', async () => {
    const path = join(repoRoot, 'test/probes/eighteenth/nordic-baltic-convention-multilateral-clauses.entente');
    const { service, uri } = openFile(path);
    const headings = service.renderModel(uri)!.articles.map((a) => a.heading);
    for (const heading of ['Purpose and scope', 'Notification of incidents', 'Central authorities', 'Entry into force', 'Duration', 'Amendment', 'Denunciation', 'Settlement of disputes', 'Registration']) {
      assert.ok(headings.includes(heading), `${heading}: ${headings.join(' | ')}`);
    }
    const docx = await readDocx((await service.renderDocx(uri))!);
    const outputs = { md: service.render(uri, 'markdown')!, html: service.render(uri, 'html')!, akn: service.render(uri, 'akn')!, docx: docx.body.map((b) => (b.kind === 'p' ? b.text : '')).join('\n') };
    for (const [format, text] of Object.entries(outputs)) {
      assert.doesNotMatch(text, /\((?:multilateral|indefinite)|acceptance by all Parties\)/, format);
      assert.match(text, /Amendment/, format);
    }
    const mou = probe('nlsg-mou-every-mou-clause').doc.articles.map((a) => a.heading);
    assert.ok(mou.includes('Equivalence of security classifications') && mou.includes('Safeguards for transfers of personal data'), mou.join(' | '));
    assert.ok(!mou.some((h) => /\(/.test(h)), mou.join(' | '));
  });
  describe('item 8: the equivalence table of a library clause is printed as a table, one row per level', () => {
    // The 1984 markings (NL–SE Agreement and implementing MoU, Section 2(a)) as the probes fill them in.
    const markings = {
      topSecret1: 'ZEER GEHEIM', topSecret2: 'HEMLIG AV SYNNERLIG BETYDELSE', secret1: 'GEHEIM', secret2: 'HEMLIG',
      confidential1: 'CONFIDENTIEEL', confidential2: 'no equivalent (protected as HEMLIG)', restricted1: 'DIENSTGEHEIM', restricted2: 'no equivalent (protected as HEMLIG)',
    };
    const rows = [
      ['TOP SECRET', 'ZEER GEHEIM', 'HEMLIG AV SYNNERLIG BETYDELSE'],
      ['SECRET', 'GEHEIM', 'HEMLIG'],
      ['CONFIDENTIAL', 'CONFIDENTIEEL', 'no equivalent (protected as HEMLIG)'],
      ['RESTRICTED', 'DIENSTGEHEIM', 'no equivalent (protected as HEMLIG)'],
    ];
    const quotes = '"'.repeat(3);
    /** The probe with its copy of the clause replaced by the current approved text, filled in as the drafter fills it. */
    const filled = (name: string, id: string, self: string, parties: [string, string]) => {
      const path = join(repoRoot, 'test/probes/eighteenth', `${name}.entente`);
      const text = readFileSync(path, 'utf8');
      const clause = builtInLibrary().get(id)!;
      const defaults = new Map(clause.placeholders.map((p) => [p.name, p.default]));
      const body = renderPlaceholders(clause.text, { ...wordingValues(clause.wording), instrument: self, party1: parties[0], party2: parties[1], ...markings }, defaults, { snippet: false });
      const start = text.search(new RegExp(`clause \\w+ (?:"[^"]*" )?from library "${id}"`));
      const end = text.indexOf(quotes, text.indexOf(quotes, start) + 3) + 3;
      assert.ok(start > 0 && end > start, name);
      const service = diskService();
      const uri = pathToFileURL(path).href;
      const head = text.slice(start, text.indexOf(quotes, start));
      service.open(uri, `${text.slice(0, start)}${head}${quotes}\n${body}\n${quotes}${text.slice(end)}`);
      return { service, uri };
    };

    it('treaty: "correspond as follows", then a table headed Level and the two Parties, in md and akn', () => {
      const { service, uri } = filled('nlse-1984-classification-equivalence-quickfix', 'classification-equivalence/treaty', 'Agreement', ['The Kingdom of the Netherlands', 'The Kingdom of Sweden']);
      assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'library-clause-edited'), [], 'the filled copy is the approved text');
      const article = service.renderModel(uri)!.articles.find((a) => a.heading === 'Equivalence of security classification levels')!;
      const first = article.paragraphs[0];
      assert.ok(typeof first === 'object' && first.table, JSON.stringify(first));
      assert.equal(first.text, 'The security classification levels of the Parties correspond as follows:');
      assert.deepEqual(first.table.head, ['Level', 'The Kingdom of the Netherlands', 'The Kingdom of Sweden']);
      assert.deepEqual(first.table.rows, rows);
      const md = service.render(uri, 'markdown')!;
      assert.match(md, /\n\| TOP SECRET \| ZEER GEHEIM \| HEMLIG AV SYNNERLIG BETYDELSE \|\n\| SECRET \| GEHEIM \| HEMLIG \|\n/);
      assert.doesNotMatch(md, /TOP SECRET The Kingdom/);
      assert.equal((service.render(uri, 'akn')!.match(/<tr>/g) ?? []).length, 5);
    });

    it('MoU implementing the Agreement: the same table in MoU words', () => {
      const { service, uri } = filled('nlse-1984-mou-implementing-equivalence', 'classification-equivalence/mou-implementing', 'Memorandum', ['Minister of Defence of the Netherlands', 'Supreme Commander of the Armed Forces of Sweden']);
      const table = service.renderModel(uri)!.articles.flatMap((a) => a.paragraphs).find((p) => typeof p === 'object' && p.table);
      assert.ok(table && typeof table === 'object' && table.table);
      assert.deepEqual(table.table.rows, rows);
      assert.match(table.text, /the Participants consider the following national security classification markings to be equivalent:$/);
    });

    it('by reference: the table with each marking a counted blank', () => {
      const service = diskService();
      service.open('file:///t/ref.entente', 'treaty "T" { status binding }\nparty NL "The Kingdom of the Netherlands"\nparty SE "The Kingdom of Sweden"\nclause Equivalence from library "classification-equivalence/treaty"\n');
      const rendered = service.renderModel('file:///t/ref.entente')!;
      const first = rendered.articles.find((a) => a.heading === 'Equivalence of security classification levels')!.paragraphs[0];
      assert.ok(typeof first === 'object' && first.table);
      assert.deepEqual(first.table.rows.map((r) => r[0]), ['TOP SECRET', 'SECRET', 'CONFIDENTIAL', 'RESTRICTED']);
      assert.ok(rendered.draft && rendered.draft.blanks >= 8, rendered.draft?.label);
    });
  });
  describe('item 9: a language clause taken from the library is the final formula, printed once and in the header\'s words', () => {
    it('languages/treaty by reference in a one-language treaty: no Article, one formula, "in the English language", no prevailing text', () => {
      const { doc, md } = probe('nlid-2003-languages-treaty-by-reference');
      assert.deepEqual(doc.articles.filter((a) => /Languages/.test(a.heading)).map((a) => a.heading), []);
      assert.deepEqual(doc.testimonium, ['IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.', 'Done at The Hague on 24 June 2003, in duplicate, in the English language.']);
      assert.equal((md.match(/Done at/g) ?? []).length, 1);
      assert.doesNotMatch(md, /languages|prevail/);
      assert.equal(doc.draft, undefined, 'the header answers every value');
    });

    it('languages/mou by reference in a one-language MoU, and languages/treaty-multilateral in a convention: each once, at the end', () => {
      const mou = probe('nlsg-mou-every-mou-clause');
      assert.deepEqual(mou.doc.testimonium, ['Signed at Singapore on 12 April 2027, in duplicate, in the English language.']);
      assert.equal((mou.md.match(/Signed at/g) ?? []).length, 1);
      const convention = probe('nordic-baltic-convention-multilateral-clauses');
      assert.deepEqual(convention.doc.testimonium, [
        'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Convention.',
        'Done at Riga on 1 September 2027, in the English language, in a single original which shall be deposited in the archives of the Depositary. The Depositary shall transmit certified copies to each signatory and acceding State.',
      ]);
      assert.ok(!convention.doc.articles.some((a) => a.heading === 'Authentic texts'));
    });

    it('several languages: equally authentic and a prevailing text only where the header says so', () => {
      const service = diskService();
      const header = (languages: string) => `treaty "Agreement between Estonia and Finland" {\n  status binding\n  languages ${languages}\n  done at "Helsinki" on 2027-06-14\n}\nparty EE "The Republic of Estonia"\nparty FI "The Republic of Finland"\nclause Languages from library "languages/treaty"\n`;
      service.open('file:///t/a.entente', header('Estonian, Finnish, English authentic prevailing English'));
      assert.equal(service.renderModel('file:///t/a.entente')!.testimonium[1], 'Done at Helsinki on 14 June 2027, in duplicate, in the Estonian, Finnish and English languages, all three texts being equally authentic. In case of divergence of interpretation, the English text shall prevail.');
      // nljp-languages-treaty-quickfix-prevailing: the header chose neither authenticity nor a prevailing text.
      service.open('file:///t/b.entente', header('English, Japanese'));
      assert.equal(service.renderModel('file:///t/b.entente')!.testimonium[1], 'Done at Helsinki on 14 June 2027, in duplicate, in the English and Japanese languages.');
    });

    it('the quick fix inserts the same words for the nljp probe\'s header: no prevailing English text the header never chose', () => {
      const text = readFileSync(join(repoRoot, 'test/probes/eighteenth/nljp-languages-treaty-quickfix-prevailing.entente'), 'utf8');
      const service = diskService();
      service.open('file:///t/jp.entente', text);
      const inserted = renderClause(builtInLibrary().get('languages/treaty')!, service.model('file:///t/jp.entente')!, { snippet: false });
      assert.equal(inserted, 'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.\nDone at Tokyo on 10 May 2027, in duplicate, in the English and Japanese languages.');
    });
  });

  it('item 6: purpose-limitation/mou by reference in the civil-protection MoU limits use to the purposes for which the information was provided', () => {
    const text = readFileSync(join(repoRoot, 'test/probes/eighteenth/nlbe-civil-protection-mou-quickfixes.entente'), 'utf8');
    const start = text.indexOf('clause PurposeLimitation from library "purpose-limitation/mou"');
    const quotes = '"'.repeat(3);
    const end = text.indexOf(quotes, text.indexOf(quotes, start) + 3) + 3;
    const service = diskService();
    service.open('file:///t/be.entente', `${text.slice(0, start)}clause PurposeLimitation from library "purpose-limitation/mou"${text.slice(end)}`);
    const article = service.renderModel('file:///t/be.entente')!.articles.find((a) => a.heading === 'Use of information and onward sharing')!;
    // The library clause's own numbering, "1.", is printed as written.
    assert.deepEqual(article.paragraphs[0], { label: '1.', text: 'The receiving Participant will use information provided under this Memorandum only for the purposes for which it was provided, unless the originating Participant has given its prior written consent to another use.' });
    assert.doesNotMatch(JSON.stringify(article.paragraphs), /cyber/);
  });
});

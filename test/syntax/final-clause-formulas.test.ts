/**
 * The formulas of real instruments' parties and final clauses (issue #9 item 5): each parses into
 * the AST the checks read, quoted from the primary text it states, with the near misses that must
 * not parse as something else.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { parseClean, textAt } from './parse-helpers';

const header = (body: string, kind = 'treaty') => `${kind} "T" {\n${body}\n}\n`;

describe('parser: final-clause formulas of real instruments', () => {
  describe('open classes of parties', () => {
    it('"The member States of the Council of Europe": a class, open or closed, with a size', () => {
      const text = 'party CoE "The member States of the Council of Europe" { kind state class open }\nparty Elab "The non-member States which have participated in its elaboration" { kind state class closed of 4 }\n';
      const { ast } = parseClean(text);
      const [coe, elab] = ast.parties;
      assert.equal(coe.classOf?.openness?.value, 'open');
      assert.equal(coe.classOf?.size, undefined);
      assert.equal(elab.classOf?.openness?.value, 'closed');
      assert.equal(elab.classOf?.size, 4);
      assert.equal(textAt(text, elab.classOf!.range), 'class closed of 4');
    });

    it('a single party has no class; a misspelt openness keeps its text for the value check', () => {
      const { ast } = parseClean('party EE "Estonia" { kind state }\nparty X "Any new Party" { class opne }\n');
      assert.equal(ast.parties[0].classOf, undefined);
      assert.equal(ast.parties[1].classOf?.openness?.text, 'opne');
      assert.equal(ast.parties[1].classOf?.openness?.value, undefined);
    });
  });

  describe('entry into force', () => {
    it('Budapest Art. 36(3): "first day of the month following … three months after … five States, including at least three member States"', () => {
      const text = header('  effect on first day of month following 3 months after last consent-to-be-bound by 5 States including 3 CoE');
      const effect = parseClean(text).ast.instrument!.effect!;
      assert.equal(effect.firstDay?.months, 1);
      assert.equal(effect.firstDay?.ordinal, undefined);
      assert.equal(effect.delay?.amount, 3);
      assert.equal(effect.delay?.unit.value, 'month');
      assert.equal(effect.event?.value, 'consent-to-be-bound');
      assert.equal(effect.afterLast, true);
      assert.equal(effect.count, 5);
      assert.equal(effect.countNoun?.text, 'States');
      assert.equal(effect.including?.count, 3);
      assert.equal(effect.including?.of.text, 'CoE');
      assert.equal(textAt(text, effect.including!.range), '3 CoE');
    });

    it('NL–SE 1984 Art. 9: "on the first day of the second month after the date on which the Government of the Kingdom of the Netherlands informs …"', () => {
      const effect = parseClean(header('  effect on first day of second month after notification by NL')).ast.instrument!.effect!;
      assert.equal(effect.firstDay?.ordinal?.value, 'second');
      assert.equal(effect.firstDay?.months, 2);
      assert.equal(effect.delay, undefined);
      assert.equal(effect.event?.value, 'notification');
      assert.equal(effect.notifier?.text, 'NL');
      assert.equal(effect.count, undefined);
    });

    it('STCW undertaking Art. 11: "the first date of the second month after both Parties have notified each other"', () => {
      const effect = parseClean(header('  effect on first date of second month following last notification')).ast.instrument!.effect!;
      assert.equal(effect.firstDay?.day.value, 'day');
      assert.equal(effect.firstDay?.months, 2);
      assert.equal(effect.afterLast, true);
    });

    it('the existing forms still parse as before, with a count noun kept', () => {
      const effect = parseClean(header('  effect 30 days after last ratification by 2 States')).ast.instrument!.effect!;
      assert.equal(effect.delay?.days, 30);
      assert.equal(effect.count, 2);
      assert.equal(effect.countNoun?.text, 'States');
      assert.equal(effect.firstDay, undefined);
      assert.equal(parseClean(header('  effect on reply')).ast.instrument!.effect!.event?.value, 'reply');
    });

    it('Budapest Art. 36(4): `subsequently` for each State that consents later', () => {
      const later = parseClean(header('  subsequently on first day of month following 3 months after consent-to-be-bound')).ast.instrument!.subsequentEffect!;
      assert.equal(later.type, 'SubsequentEffect');
      assert.equal(later.firstDay?.months, 1);
      assert.equal(later.delay?.amount, 3);
      assert.equal(later.event?.value, 'consent-to-be-bound');
      assert.equal(parseClean(header('  subsequently 30 days after ratification')).ast.instrument!.subsequentEffect!.delay?.days, 30);
    });

    it('near misses: a first-day formula without its event, and an unknown ordinal, are reported', () => {
      assert.ok(parse(header('  effect on first day of month following')).problems.length > 0);
      const effect = parse(header('  effect on first day of tenth month after signature')).ast.instrument!.effect!;
      assert.equal(effect.firstDay?.ordinal?.value, undefined);
      assert.equal(effect.firstDay?.months, undefined);
    });
  });

  describe('provisional application (VCLT Art. 25)', () => {
    it('NL–US 2012 Art. 20(2): "shall be applied provisionally upon signature"', () => {
      const p = parseClean(header('  provisional application on signature')).ast.instrument!.provisionalApplication!;
      assert.equal(p.event?.value, 'signature');
      assert.equal(p.endsOnNotice, undefined);
      assert.equal(p.untilDate, undefined);
    });

    it('NL–CH 2007 Art. XVIII(1), with an end date and termination on at least 30 days\' notice', () => {
      const p = parseClean(header('  provisional application on first day of second month following signature until 2029-12-31 with notice of at least 30 days')).ast.instrument!.provisionalApplication!;
      assert.equal(p.firstDay?.months, 2);
      assert.equal(p.untilDate?.text, '2029-12-31');
      assert.ok(p.endsOnNotice);
      assert.equal(p.notice?.days, 30);
      assert.equal(p.noticeMinimum, true);
      const immediate = parseClean(header('  provisional application on signature until entry-into-force with notice')).ast.instrument!.provisionalApplication!;
      assert.equal(immediate.untilEvent?.value, 'entry-into-force');
      assert.ok(immediate.endsOnNotice);
      assert.equal(immediate.notice, undefined);
    });
  });

  describe('minimum periods, renewal', () => {
    it('"not less than sixty days" (Budapest Art. 29(7)) and "at least six months\' notice"', () => {
      const { ast } = parseClean(`${header('  termination with notice of at least 6 months')}assistance { preservation for at least 60 days }\n`);
      assert.equal(ast.instrument!.termination?.noticeMinimum, true);
      assert.equal(ast.instrument!.termination?.notice?.amount, 6);
      assert.equal(ast.assistance[0].preservationMinimum, true);
      assert.equal(ast.assistance[0].preservation?.days, 60);
      const plain = parseClean(`${header('  termination with notice of 6 months')}assistance { preservation for 60 days }\n`).ast;
      assert.equal(plain.instrument!.termination?.noticeMinimum, false);
      assert.equal(plain.assistance[0].preservationMinimum, false);
    });

    it('"renewed automatically … unless either Party notifies" and "unless the Parties decide otherwise"', () => {
      const notice = parseClean(header('  duration 5 years renewable automatically for 5 years unless notice of at least 6 months')).ast.instrument!.duration!;
      assert.equal(notice.renewal?.value, 'automatically');
      assert.equal(notice.renewalTerm?.amount, 5);
      assert.equal(notice.unless?.byNotice, true);
      assert.equal(notice.unless?.noticeMinimum, true);
      assert.equal(notice.unless?.notice?.amount, 6);
      const decided = parseClean(header('  duration 5 years renewable tacitly unless decided otherwise')).ast.instrument!.duration!;
      assert.equal(decided.renewal?.value, 'tacitly');
      assert.equal(decided.unless?.byNotice, false);
      assert.deepEqual(decided.unless?.words.map((w) => w.text), ['decided', 'otherwise']);
      assert.equal(parseClean(header('  duration 5 years renewable')).ast.instrument!.duration!.unless, undefined);
    });
  });

  describe('signature and testimonium', () => {
    it('1978 MoU: two signatures on different dates and places', () => {
      const text = header('  signed by US at "Washington" on 1978-07-25, by NL at "The Hague" on 1978-08-24', 'memorandum');
      const sig = parseClean(text).ast.instrument!.signature!;
      assert.equal(sig.signer?.text, 'US');
      assert.equal(sig.place?.value, 'Washington');
      assert.equal(sig.more.length, 1);
      assert.equal(sig.more[0].signer?.text, 'NL');
      assert.equal(sig.more[0].date?.text, '1978-08-24');
      assert.equal(textAt(text, sig.more[0].range), 'by NL at "The Hague" on 1978-08-24');
    });

    it('"in duplicate", "in a single copy which shall be deposited in the archives of …", "in 3 originals"', () => {
      const single = parseClean(header('  done at "Budapest" on 2001-11-23 in single copy deposited with "the archives of the Council of Europe"')).ast.instrument!.signature!;
      assert.equal(single.originals?.count, 1);
      assert.equal(single.originals?.noun?.text, 'copy');
      assert.equal(single.depositedWith && 'value' in single.depositedWith ? single.depositedWith.value : undefined, 'the archives of the Council of Europe');
      assert.equal(parseClean(header('  done at "The Hague" on 1984-10-29 in duplicate')).ast.instrument!.signature!.originals?.count, 2);
      assert.equal(parseClean(header('  done in 3 originals')).ast.instrument!.signature!.originals?.count, 3);
      const unknown = parseClean(header('  done in septuplicate')).ast.instrument!.signature!.originals!;
      assert.equal(unknown.count, undefined);
      assert.equal(unknown.word?.text, 'septuplicate');
    });

    it('"opened for signature in Stockholm on 21 March 2002 … until 31 March 2002"', () => {
      const opened = parseClean(header('  opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31')).ast.instrument!.openedForSignature!;
      assert.equal(opened.what?.value, 'signature');
      assert.equal(opened.place?.value, 'Stockholm');
      assert.equal(opened.until?.text, '2002-03-31');
    });

    it('a declaration is issued: "Paris, 12th of November, 2018"', () => {
      const i = parseClean('declaration "Paris Call" {\n  issued at "Paris" on 2018-11-12\n}\n').ast.instrument!;
      assert.equal(i.kind.value, 'declaration');
      assert.equal(i.signature?.keyword.value, 'issued');
    });
  });

  describe('parties styled Governments, exchanges of notes, incorporation by reference', () => {
    it('"The Government of the Kingdom of the Netherlands": kind government', () => {
      const party = parseClean('party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\n').ast.parties[0];
      assert.equal(party.kind?.value, 'government');
    });

    it('an exchange of notes: the form, the proposal and the reply answering it', () => {
      const text = `${header('  form exchange-of-notes\n  effect on reply')}note Proposal "Note No. 181" from US to NL at "The Hague" on 1959-10-08 """\n  I have the honour to propose …\n"""\nletter Reply from NL to US on 1959-10-09 answering Proposal\n`;
      const { ast } = parseClean(text);
      assert.equal(ast.instrument!.form?.form?.value, 'exchange-of-notes');
      const [proposal, reply] = ast.notes;
      assert.equal(proposal.keyword.value, 'note');
      assert.equal(proposal.heading?.value, 'Note No. 181');
      assert.equal(proposal.author?.text, 'US');
      assert.equal(proposal.addressee?.text, 'NL');
      assert.equal(proposal.place?.value, 'The Hague');
      assert.match(proposal.body?.value ?? '', /I have the honour/);
      assert.equal(reply.keyword.value, 'letter');
      assert.equal(reply.answers?.text, 'Proposal');
      assert.equal(reply.body, undefined);
      assert.equal(parseClean('note Lone "the text of the note"\n').ast.notes[0].body?.value, 'the text of the note');
    });

    it('ETS 189 Art. 8(1): "Articles … of the Convention shall apply, mutatis mutandis, to this Protocol"', () => {
      const text = header('  incorporates amendment, disputes, costs from "convention.entente" "Articles 44, 45 and 46 of the Convention"', 'protocol');
      const [incorporation] = parseClean(text).ast.instrument!.incorporations;
      assert.deepEqual(incorporation.topics.map((t) => t.text), ['amendment', 'disputes', 'costs']);
      assert.equal(incorporation.source?.value, 'convention.entente');
      assert.equal(incorporation.articles?.value, 'Articles 44, 45 and 46 of the Convention');
    });
  });

  describe('meetings', () => {
    it('"as agreed or at the request of either Government", "not less than annually", "periodically"', () => {
      const body = parseClean('body Committee members NL, US meets as-agreed, on-request, at least annually chair NL\n').ast.bodies[0];
      assert.deepEqual(body.meetingTerms.map((t) => t.value), ['as-agreed', 'on-request']);
      assert.equal(body.meets?.word, 'annually');
      assert.equal(body.meetsAtLeast, true);
      assert.equal(body.chair?.text, 'NL');
      const periodic = parseClean('body Consultations members NL meets periodically\n').ast.bodies[0];
      assert.equal(periodic.meets, undefined);
      assert.deepEqual(periodic.meetingTerms.map((t) => t.value), ['periodically']);
      const regular = parseClean('body B members NL meets every 6 months\n').ast.bodies[0];
      assert.equal(regular.meetsAtLeast, false);
      assert.equal(regular.meets?.interval?.amount, 6);
    });
  });

  it('keeps every keyword added here usable where a free word was before (`amendment by agreement in writing`)', () => {
    const i = parseClean(header('  amendment by agreement in writing following consultations including all Parties')).ast.instrument!;
    assert.equal(i.amendment?.procedure, 'agreement in writing following consultations including all Parties');
  });
});

/**
 * The instrument rendering behind "Export instrument" and "Preview instrument" (core feature
 * render-document.ts, reached through `service.render`): numbering by wording, every kind of
 * provision, library clauses with their placeholders filled, escaping, and no throw on a
 * broken document.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';

function render(text: string, format: 'markdown' | 'html' | 'akn' = 'markdown', files: Record<string, string> = {}): string {
  const service = createEntenteService({ readFile: (uri) => files[uri.replace('file:///t/', '')] });
  service.open('file:///t/main.entente', text);
  const result = service.render('file:///t/main.entente', format);
  assert.ok(result !== undefined);
  return result;
}

const mou = `memorandum "MoU between A and B" {
  status non-binding
  signed at "Tallinn" on 2027-03-01
  duration 5 years renewable for 5 years
  discontinue with notice of 6 months
}
participant EE "Estonian CERT" { represented by "Director" contact Duty "Duty desk" available 24/7 }
participant FI "Finnish CERT" { contact Desk "Situation centre" available 24/7 }
define "Incident" means "an event that compromises a system"
channel Intel between EE, FI { carries indicators, personal-data marking TLP:GREEN onward sharing none contacts EE.Duty, FI.Desk }
body Board "Joint Board" members EE, FI meets every 6 months
protocol Major { notify FI within 24 hours via Intel escalate to Board within 48 hours }
clause Costs "Costs" about costs """
  1. Each Participant will bear its own costs.
  2. Activities are subject to available funds.
"""
clause Confidentiality from library "confidentiality/mou"
`;

describe('instrument rendering', () => {
  it('numbers an MoU by paragraphs, in MoU wording, with every provision', () => {
    const md = render(mou);
    assert.match(md, /^> \*\*DRAFT — \d+ unresolved problems \(1 error, \d+ warnings\); 1 blank to fill\*\*\n\n# MoU between A and B\n/);
    assert.match(md, /The Estonian CERT and the Finnish CERT \(hereinafter referred to as “the Participants”\),\n\nHave reached the following understanding:/);
    assert.match(md, /## Paragraph 1 — Definitions\n\nFor the purposes of this Memorandum:\n- \(a\) “Incident” means an event that compromises a system\./);
    assert.match(md, /## Paragraph 2 — Exchange of information\n\n1\. The Participants will exchange indicators of compromise and personal data through their points of contact\./);
    assert.match(md, /The points of contact for this exchange are the Duty desk and the Situation centre\./);
    assert.match(md, /will refer the incident to the Joint Board within 48 hours of the notification\./);
    // The drafter's own "1." and "2.", as written (escaped, so that no Markdown viewer numbers them again).
    assert.match(md, /## Paragraph 5 — Costs\n\n1\\\. Each Participant will bear its own costs\.\n\n2\\\. Activities are subject to available funds\./);
    assert.match(md, /remain in effect for a period of five years\. It may be renewed for further periods of five years\./);
    assert.match(md, /Signed at Tallinn on 1 March 2027, in the \*\*\\\[languages of the text\\\]\*\* language\./);
    assert.match(md, /\*\*For the Estonian CERT\*\*  \n.*\n  Director|\*\*For the Estonian CERT\*\*/);
    assert.doesNotMatch(md, /Article|shall/);
  });

  it('renders a library clause with the document\'s words in place of its placeholders', () => {
    const md = render(mou);
    const section = md.slice(md.indexOf('— Confidentiality'));
    assert.match(section, /Participant/);
    assert.doesNotMatch(section, /\{\{|\$\{/);
  });

  it('numbers a treaty by articles, in treaty wording, with its final formula', () => {
    const md = render(`treaty "Agreement on Cyber Defence" { status binding done at "Helsinki" on 2027-05-01 languages English, Finnish authentic }
party EE "Republic of Estonia"
party FI "Republic of Finland"
exercise Shield annually led by EE with FI { first 2027-09-15 }
`);
    assert.match(md, /The Republic of Estonia and the Republic of Finland, hereinafter referred to as “the Parties”,\n\nHave agreed as follows:/);
    assert.match(md, /## Article 1 — Joint exercise\n\nThe Republic of Estonia shall lead a joint exercise every year with the participation of the Republic of Finland\. The first exercise shall take place on 15 September 2027\./);
    assert.match(md, /IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement\.\n\nDone at Helsinki on 1 May 2027, in the English and Finnish languages, both texts being equally authentic\./);
  });

  it('takes party names from a used registry', () => {
    const md = render('use "registry.entente"\nparticipant EE\nparticipant FI\n', 'markdown', { 'registry.entente': 'participant EE "Estonia"\nparticipant FI "Finland"\n' });
    assert.match(md, /\*\*For Estonia\*\*/);
    assert.match(md, /\*\*For Finland\*\*/);
  });

  it('escapes markup in Markdown and in HTML', () => {
    const text = 'memorandum "A <b>bold</b> *title*" { status non-binding }\nparticipant EE "E & E"\nparticipant FI "F"\n';
    assert.match(render(text), /# A \\<b\\>bold\\<\/b\\> \\\*title\\\*/);
    const html = render(text, 'html');
    assert.match(html, /<h1>A &lt;b&gt;bold&lt;\/b&gt; \*title\*<\/h1>/);
    assert.match(html, /<p class="for">For E &amp; E<\/p>/);
    assert.doesNotMatch(html, /<b>/);
  });

  it('renders a broken or empty document without throwing', () => {
    // An empty document is all blanks: it is a draft.
    assert.match(render(''), /^> \*\*DRAFT — 1 blank to fill\*\*\n\n# \*\*\\\[title of the instrument\\\]\*\*\n/);
    assert.match(render('memorandum "Half" { status\nchannel X between { carries\nclause C from library "no/such"\n'), /text of the clause from the library, which holds no such clause/);
  });

  it('answers undefined for a document it does not know', () => {
    assert.equal(createEntenteService().render('file:///nowhere.entente', 'html'), undefined);
  });
});

/**
 * The instrument rendering behind "Export instrument" and "Preview instrument" (core feature
 * render-document.ts, reached through `service.render`): numbering by wording, every kind of
 * provision, library clauses with their placeholders filled, escaping, and no throw on a
 * broken document.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';

function render(text: string, format: 'markdown' | 'html' = 'markdown', files: Record<string, string> = {}): string {
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
    assert.match(md, /^# MoU between A and B\n/);
    assert.match(md, /The Participants:\n\n1\. Estonian CERT \(“EE”\), represented by Director\n2\. Finnish CERT \(“FI”\)/);
    assert.match(md, /## Paragraph 1 — Definitions\n\n“Incident” means an event that compromises a system\./);
    assert.match(md, /## Paragraph 2 — Information sharing \(Intel\)\n\n1\. Estonian CERT and Finnish CERT will exchange indicators and personal data/);
    assert.match(md, /Points of contact: Duty desk and Situation centre\./);
    assert.match(md, /will be escalated to the Joint Board within 48 hours\./);
    assert.match(md, /## Paragraph 5 — Costs\n\n1\. Each Participant will bear its own costs\.\n2\. Activities are subject to available funds\./);
    assert.match(md, /remain in effect for five years, renewable for five years\./);
    assert.match(md, /Signed at Tallinn on 1 March 2027\./);
    assert.doesNotMatch(md, /Article|shall/);
  });

  it('renders a library clause with the document\'s words in place of its placeholders', () => {
    const md = render(mou);
    const section = md.slice(md.indexOf('— Confidentiality'));
    assert.match(section, /Participant/);
    assert.doesNotMatch(section, /\{\{|\$\{/);
  });

  it('numbers a treaty by articles, in treaty wording', () => {
    const md = render(`treaty "Agreement on Cyber Defence" { status binding done at "Helsinki" on 2027-05-01 languages English, Finnish authentic }
party EE "Republic of Estonia"
party FI "Republic of Finland"
exercise Shield annually led by EE with FI { first 2027-09-15 }
`);
    assert.match(md, /The Parties:/);
    assert.match(md, /have agreed as follows:/);
    assert.match(md, /## Article 1 — Exercises \(Shield\)\n\n1\. A joint exercise shall be held annually, led by Republic of Estonia with Republic of Finland\./);
    assert.match(md, /## Article 2 — Final provisions\n\nDone at Helsinki on 1 May 2027 in the English and Finnish languages, all texts being equally authentic\./);
  });

  it('takes party names from a used registry', () => {
    const md = render('use "registry.entente"\nparticipant EE\nparticipant FI\n', 'markdown', { 'registry.entente': 'participant EE "Estonia"\nparticipant FI "Finland"\n' });
    assert.match(md, /1\. Estonia \(“EE”\)\n2\. Finland \(“FI”\)/);
  });

  it('escapes markup in Markdown and in HTML', () => {
    const text = 'memorandum "A <b>bold</b> *title*" { status non-binding }\nparticipant EE "E & E"\nparticipant FI "F"\n';
    assert.match(render(text), /^# A \\<b\\>bold\\<\/b\\> \\\*title\\\*/);
    const html = render(text, 'html');
    assert.match(html, /<h1>A &lt;b&gt;bold&lt;\/b&gt; \*title\*<\/h1>/);
    assert.match(html, /<li>E &amp; E \(“EE”\)<\/li>/);
    assert.doesNotMatch(html, /<b>/);
  });

  it('renders a broken or empty document without throwing', () => {
    assert.match(render(''), /^# Untitled instrument\n/);
    assert.match(render('memorandum "Half" { status\nchannel X between { carries\nclause C from library "no/such"\n'), /\\\[text of clause no\/such not available\\\]/);
  });

  it('answers undefined for a document it does not know', () => {
    assert.equal(createEntenteService().render('file:///nowhere.entente', 'html'), undefined);
  });
});

/**
 * Treaty lawyer lr19, D11: a concluded text with no article on definitions whose Article 3 defines
 * "Incident" in the declaration's very words ("1. For the purposes of this Article, “Incident” means
 * an event that disrupts the security of network and information systems.") had the note say of its
 * `define`: "this export does not know its place in the text" — a reader might think the signed text
 * has a general definition the export leaves out. The note now says the text's own words define it,
 * in Article 3, and quotes the limit (render/concluded-definitions.ts, `carriedByOwnWords`). Near
 * misses: words that define it otherwise, or only name it in brackets, leave the note as it was.
 */
import assert from 'node:assert/strict';
import { concludedTreaty, renderText } from './render-fixtures';

const define = 'define "Incident" means "an event that disrupts the security of network and information systems"\n';
const art3 = (first: string) => `clause Reporting "Article 3" """\n  1. ${first}\n  2. Each Party shall report an Incident to the other without undue delay.\n"""\n`;
const unknown = /Definition ‘Incident’, which the transcription holds as a declaration \(\\?`define\\?`\), is not printed: this export does not know its place in the text\./;

describe('lr19, D11: with no article on definitions, an article whose words are the declaration’s carries it', () => {
  it('"For the purposes of this Article, “Incident” means …": the note names Article 3 and quotes the limit', () => {
    const md = renderText(concludedTreaty(define + art3('For the purposes of this Article, “Incident” means an event that disrupts the security of network and information systems.')));
    assert.doesNotMatch(md, unknown);
    assert.match(md, /Definition ‘Incident’ is not printed from its declaration: the text’s own words define it, in Article 3, limited by “For the purposes of this Article”\./);
  });

  it('without a limit: the note names Article 3', () => {
    const md = renderText(concludedTreaty(define + art3('“Incident” means an event that disrupts the security of network and information systems.')));
    assert.match(md, /the text’s own words define it, in Article 3\./);
  });

  it('near miss: other words, or the term only in brackets, leave the place unknown', () => {
    assert.match(renderText(concludedTreaty(define + art3('For the purposes of this Article, “Incident” means an event that disrupts an essential service.'))), unknown);
    assert.match(renderText(concludedTreaty(define + art3('Where a Party detects an attack on its systems (the Incident), it shall inform the other Party.'))), unknown);
  });
});

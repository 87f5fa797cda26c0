/**
 * lr6 item 2 (an independent treaty lawyer's check of 5 December 2026): between Member States under
 * an act of Union law, `missing-dispute-settlement` said a dispute on the Treaties goes to no other
 * method of settlement than those they provide (Art. 344 TFEU), then that the Parties "remain free
 * to choose the peaceful means of settlement (UN Charter Art. 33(1))" — a contradiction. And of the
 * NL–UK letters of 1986 it said "the parties act for Member States", which has been false since the
 * United Kingdom left the Union (31 January 2020; Union law ceased to apply on 31 December 2020).
 * Art. 344 TFEU (BWBV0001506): "De lidstaten verbinden zich, een geschil betreffende de uitlegging
 * of de toepassing van de Verdragen niet op andere wijze te doen beslechten dan in de Verdragen is
 * voorgeschreven."
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { draftOf, findingsOf } from '../helpers/fix-review';

const read = (name: string) => readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8');
const ienl = read('ie-nl-unemployment-reimbursement-waiver-letters-1987');
const nluk = read('nl-uk-sickness-reimbursement-letters-1986');

describe('missing-dispute-settlement between Member States under a Union act (lr6 item 2)', () => {
  it('IE–NL 1987: the Parties choose among the means the Treaties leave open, never any peaceful means', () => {
    const [d] = findingsOf(ienl, 'missing-dispute-settlement');
    assert.match(d.message, /the parties act for Member States/u);
    assert.match(d.message, /Art\. 344 TFEU/u);
    assert.match(d.message, /negotiation between them stays open/u);
    assert.match(d.message, /meanwhile the Parties remain free to choose among the means the Treaties leave open \(Art\. 344 TFEU\), negotiation included, and the text stands as in force\.$/u);
    assert.doesNotMatch(d.message, /peaceful means of settlement \(UN Charter Art\. 33\(1\)\)/u);
  });

  it('NL–UK 1986: the Union-law constraint is of the time the letters were made, not of today', () => {
    const [d] = findingsOf(nluk, 'missing-dispute-settlement');
    assert.doesNotMatch(d.message, /the parties act for Member States/u);
    assert.match(d.message, /When this instrument was concluded \(1986-05-26\) every party acted for a Member State of the European Communities and the instrument was made under an act of Community law/u);
    assert.match(d.message, /UK has not been a Member State since 31 January 2020 \(Union law ceased to apply to it on 31 December 2020\), and Art\. 344 TFEU no longer binds it/u);
    assert.doesNotMatch(d.message, /arbitration or another court would not fit/u, 'the UK is free of Art. 344 today');
    // Today the Charter's free choice is the law between them: the tail says so, without contradiction.
    assert.match(d.message, /meanwhile any dispute is to be settled by peaceful means \(UN Charter Art\. 2\(3\), for Parties that are UN Members\), by means of the Parties' own choice \(cf\. Art\. 33\(1\)\)/u);
  });

  it('near misses: as undated drafts, IE–NL keeps Art. 344 without the concluded-text tail; NL–UK, read today, is no longer between Member States', () => {
    const [ie] = findingsOf(draftOf(ienl), 'missing-dispute-settlement');
    assert.match(ie.message, /arbitration or another court would not fit\.$/u);
    const [uk] = findingsOf(draftOf(nluk), 'missing-dispute-settlement');
    assert.doesNotMatch(uk.message, /344|Member State/u);
  });

  it('near miss: an ordinary concluded treaty keeps the Charter free choice', () => {
    const plain = ienl.replace(/jurisdiction IE/u, 'jurisdiction US');
    const [d] = findingsOf(plain, 'missing-dispute-settlement');
    assert.doesNotMatch(d.message, /344/u);
  });
});

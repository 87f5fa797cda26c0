/**
 * A Union institution, body, office or agency written with another jurisdiction than `EU` —
 * Europol with its seat (`NL`) or as an organisation (`INT`). The transfer rules already treat it
 * as the Union body its name says it is (`model/union-body-party.ts`), so no error-level
 * transfer finding rests on the code; this warning asks the drafter to write what the language
 * asks, so that every reader and every rule sees the same party (who-is-bound review, item 4).
 */
import { namedUnionBody } from '../../model/union-body-party';
import { unionJurisdiction } from '../../data/european-union';
import { defineRule } from '../rule';

export const unionBodyJurisdiction = defineRule({
  code: 'union-body-jurisdiction',
  family: 'value',
  defaultSeverity: 'warning',
  message: 'Write `jurisdiction EU` for a Union institution, body, office or agency, wherever its seat.',
  rationale:
    'The language writes the Union and its institutions, bodies, offices and agencies as `jurisdiction EU`. A Union agency written with the code of its seat (Europol as `NL`) reads as a body of that Member State, and one written `INT` as an international organisation; neither is what it is in law. The GDPR does not apply to Union institutions and bodies (Art. 2(3)) and its Chapter V governs transfers "to a third country or to an international organisation" (Art. 44), so personal data a Member State body sends to a Union agency is no Chapter V transfer, whatever code it was given. The checker recognises a Union body by its name — the whole name or acronym at the start of the party\'s name ("Europol", "Europol (EC3)", "European Union Agency for Cybersecurity (ENISA)"), never a word found elsewhere in it ("Europol National Unit" is a Member State\'s unit) — from a table of Union bodies (data/union-bodies.ts), and treats such a party as a Union body in the transfer rules; this warning asks for `EU`. The fix changes what the text says of the party, so it is offered one by one, never applied in bulk.',
  source: 'GDPR Arts. 2(3), 44 (read: the Official Journal text, Publications Office Formex, OJ L 119/2016); Entente language reference (`jurisdiction`: EU for the Union and its institutions and bodies). The table of Union bodies rests on their names; their founding acts were not read for it.',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant NL "Nationaal Cyber Security Centrum" { kind national-cert jurisdiction NL }\nparticipant EUROPOL "Europol, European Cybercrime Centre" { kind international-organisation jurisdiction NL }\n',
    fix: 'participant NL "Nationaal Cyber Security Centrum" { kind national-cert jurisdiction NL }\nparticipant EUROPOL "Europol, European Cybercrime Centre" { kind international-organisation jurisdiction EU }\n',
  },
  check({ model, report }) {
    for (const declaration of model.ast.parties) {
      const code = declaration.jurisdiction;
      if (!declaration.id || !code || code.text.toUpperCase() === unionJurisdiction) continue;
      const party = model.party(declaration.id.text);
      const body = party && namedUnionBody(party);
      if (!body) continue;
      report({
        range: code.range,
        message: `${declaration.id.text} is named as ${body.short}, ${body.what}: write \`jurisdiction EU\`, as the language does for the Union's institutions, bodies, offices and agencies wherever they sit. With ${code.text} it reads as ${code.text.toUpperCase() === 'INT' ? 'an international organisation' : `a body of ${code.text}`}; the transfer rules already treat it as a Union body (no GDPR Chapter V transfer to it, GDPR Arts. 2(3), 44).`,
        fixes: [{ title: `Write jurisdiction EU (${body.short} is ${body.what})`, edits: [{ range: code.range, newText: unionJurisdiction }], effect: 'factual' }],
      });
    }
  },
});

export const unionBodyJurisdictionRules = [unionBodyJurisdiction];

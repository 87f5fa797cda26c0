import assert from 'node:assert/strict';
import Ajv from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { effectiveSeverity } from '../../server/src/language/config/effective-severity';
import { profiles } from '../../server/src/language/config/profiles';
import { validateSettings } from '../../server/src/language/config/validate-settings';
import { allRules, ruleByCode } from '../../server/src/language/rules/registry';
import type { Rule } from '../../server/src/language/rules/rule';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const unknownReference = ruleByCode('unknown-reference')!;
const fakeRule = (defaultSeverity: Rule['defaultSeverity'], catalogueId?: string): Rule => ({ ...unknownReference, code: 'fake', defaultSeverity, catalogueId });

describe('configuration', () => {
  describe('validateSettings', () => {
    it('keeps a valid profile, rule overrides and library folders without warnings', () => {
      const result = validateSettings({ profile: 'strict', rules: { 'unknown-reference': 'off', 'value-out-of-range': 'hint' }, libraryFolders: ['clauses'] });
      assert.deepEqual(result, { settings: { profile: 'strict', rules: { 'unknown-reference': 'off', 'value-out-of-range': 'hint' } }, libraryFolders: ['clauses'], warnings: [] });
    });

    it('accepts the VS Code shape of library folders too', () => {
      assert.deepEqual(validateSettings({ library: { folders: ['a', 'b'] } }).libraryFolders, ['a', 'b']);
    });

    it('keeps the valid part and warns about each broken one, suggesting the likely meaning', () => {
      const { settings, libraryFolders, warnings } = validateSettings({
        profile: 'strickt',
        rules: { 'unknown-refrence': 'error', 'value-out-of-range': 'loud', 'zero-quantity': 'warning' },
        libraryFolders: ['ok', 3],
        rule: {},
      });
      assert.deepEqual(settings, { profile: undefined, rules: { 'zero-quantity': 'warning' } });
      assert.deepEqual(libraryFolders, ['ok']);
      assert.equal(warnings.length, 5, warnings.join('\n'));
      assert.ok(warnings.some((w) => /unknown profile "strickt" \(did you mean strict\?\)/.test(w)));
      assert.ok(warnings.some((w) => /unknown rule unknown-refrence \(did you mean unknown-reference\?\)/.test(w)));
      assert.ok(warnings.some((w) => /severity of value-out-of-range must be one of error, warning, info, hint, off/.test(w)));
      assert.ok(warnings.some((w) => /library folder 3 is not a path/.test(w)));
      assert.ok(warnings.some((w) => /unknown setting "rule" \(did you mean rules\?\)/.test(w)));
    });

    it('warns about wrong types instead of failing', () => {
      const { settings, warnings } = validateSettings({ profile: 7, rules: ['off'], libraryFolders: 'clauses', library: 'x' });
      assert.deepEqual(settings, { profile: undefined, rules: {} });
      assert.equal(warnings.length, 4, warnings.join('\n'));
      assert.deepEqual(validateSettings('strict').warnings, ['settings must be an object; ignored']);
      assert.deepEqual(validateSettings(null), { settings: {}, libraryFolders: [], warnings: [] });
    });

    it('accepts other linters’ spellings of severities and catalogue ids in any case', () => {
      const withCatalogue = allRules.find((r) => r.catalogueId);
      const rules: Record<string, string> = { 'unknown-reference': 'Warn' };
      if (withCatalogue) rules[withCatalogue.catalogueId!.toLowerCase()] = 'none';
      const { settings, warnings } = validateSettings({ rules });
      assert.deepEqual(warnings, []);
      assert.equal(settings.rules!['unknown-reference'], 'warning');
      if (withCatalogue) assert.equal(settings.rules![withCatalogue.catalogueId!], 'off');
    });

    it('never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (raw) => {
          const result = validateSettings(raw);
          return Array.isArray(result.warnings) && typeof result.settings === 'object';
        }),
        { numRuns: 300 },
      );
      fc.assert(fc.property(fc.dictionary(fc.string(), fc.anything()), (rules) => Array.isArray(validateSettings({ rules, profile: 'default' }).warnings)), { numRuns: 200 });
    });
  });

  describe('effectiveSeverity', () => {
    it('takes the code override, then the catalogue id, then the profile, then the default', () => {
      const rule = fakeRule('warning', 'MC99');
      assert.equal(effectiveSeverity(rule, {}), 'warning');
      assert.equal(effectiveSeverity(rule, { profile: 'strict' }), 'error');
      assert.equal(effectiveSeverity(rule, { profile: 'strict', rules: { MC99: 'info' } }), 'info');
      assert.equal(effectiveSeverity(rule, { profile: 'strict', rules: { MC99: 'info', fake: 'hint' } }), 'hint');
      assert.equal(effectiveSeverity(rule, { rules: { fake: 'off' } }), undefined);
    });

    it('ignores unknown profiles and values that reach it unvalidated', () => {
      const rule = fakeRule('info');
      assert.equal(effectiveSeverity(rule, { profile: 'constructor' }), 'info');
      assert.equal(effectiveSeverity(rule, { rules: { fake: 'loud' as never } }), 'info');
    });
  });

  describe('profiles', () => {
    it('has the four documented profiles, each with a description', () => {
      assert.deepEqual(Object.keys(profiles).sort(), ['default', 'mou-review', 'strict', 'treaty-review']);
      for (const profile of Object.values(profiles)) assert.ok(profile.description.length > 20);
    });

    it('strict raises warnings to errors and infos to warnings, and leaves errors alone', () => {
      assert.equal(profiles.strict.severity(fakeRule('warning')), 'error');
      assert.equal(profiles.strict.severity(fakeRule('info')), 'warning');
      assert.equal(profiles.strict.severity(fakeRule('error')), undefined);
    });

    it('mou-review makes treaty signals errors and leaves the treaty final clauses alone; treaty-review makes them errors', () => {
      assert.equal(profiles['mou-review'].severity(fakeRule('warning', 'CF01')), 'error');
      assert.equal(profiles['mou-review'].severity(fakeRule('error', 'MC06')), undefined);
      assert.equal(profiles['mou-review'].severity(fakeRule('info', 'MC10')), undefined);
      assert.equal(profiles['mou-review'].severity(fakeRule('warning', 'MC02')), undefined);
      assert.equal(profiles['treaty-review'].severity(fakeRule('info', 'MC08')), 'warning', 'the VCLT rules apply without a reservations clause');
      assert.equal(profiles['treaty-review'].severity(fakeRule('info', 'MC10')), 'warning', 'Art. 102 applies without a registration clause');
      assert.equal(profiles['treaty-review'].severity(fakeRule('error', 'MC07')), 'error');
      assert.equal(profiles['treaty-review'].severity(fakeRule('warning', 'CF01')), undefined);
    });

    // Twenty-fifth real-instrument run ("Not done"): run on a binding treaty, mou-review hid its
    // registration finding without comment. The profile's checks do not apply to a treaty, and
    // it now hides nothing there; on an MoU it still raises the treaty signals.
    it('mou-review on a binding treaty gives what the default gives (NL–Liechtenstein 2009), and still judges an MoU', () => {
      const treaty = readFileSync(new URL('../real-instruments/nl-li-tax-information-exchange-2009.entente', import.meta.url), 'utf8');
      const shown = (settings: object, text = treaty) => diagnose(text, { settings }).map((d) => `${d.range.start.line}:${d.code}:${d.severity}`);
      assert.ok(shown({}).some((d) => d.endsWith(':missing-registration:info')));
      assert.deepEqual(shown({ profile: 'mou-review' }), shown({}));
      const mou = readFileSync(new URL('../real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente', import.meta.url), 'utf8');
      // Read as the draft it was: on the signed MoU its treaty words are evidence about its status,
      // at most a warning under any profile (analysis/concluded-text-severity.ts).
      assert.ok(shown({ profile: 'mou-review' }, draftOf(mou)).some((d) => d.endsWith(':mou-treaty-wording:error')));
      assert.ok(shown({}, mou).some((d) => d.endsWith(':mou-treaty-wording:warning')));
      assert.ok(!shown({ profile: 'mou-review' }, mou).some((d) => d.endsWith(':mou-treaty-wording:error')));
    });

    it('changes the diagnostics the service gives for the same document', () => {
      const text = 'define "Incident" means "an event"\n';
      const severityOf = (settings: object) => diagnose(text, { settings }).find((d) => d.code === 'unused-term')?.severity;
      assert.equal(severityOf({}), 'warning');
      assert.equal(severityOf({ profile: 'strict' }), 'error');
      assert.equal(severityOf({ profile: 'strict', rules: { 'unused-term': 'hint' } }), 'hint');
      assert.equal(severityOf({ rules: { 'unused-term': 'off' } }), undefined);
    });
  });

  describe('the VS Code settings schema (package.json)', () => {
    const configuration = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).contributes.configuration.properties;

    it('offers exactly the profiles, described as in profiles.ts', () => {
      const profile = configuration['entente.profile'];
      assert.deepEqual(profile.enum, Object.keys(profiles));
      assert.deepEqual(profile.enumDescriptions, Object.values(profiles).map((p) => p.description));
    });

    it('accepts every rule code and catalogue id as a key of entente.rules, and the severities validateSettings keeps', () => {
      const rules = configuration['entente.rules'];
      const pattern = new RegExp(rules.propertyNames.pattern);
      for (const rule of allRules) {
        assert.match(rule.code, pattern);
        if (rule.catalogueId) assert.match(rule.catalogueId, pattern);
      }
      assert.deepEqual(rules.additionalProperties.enum, ['error', 'warning', 'info', 'hint', 'off']);
    });
  });

  describe('the .entente.json schema (schemas/entente-config.schema.json)', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/entente-config.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);

    it('offers exactly the profiles and accepts every rule code and catalogue id', () => {
      assert.deepEqual(schema.properties.profile.enum, Object.keys(profiles));
      const rules = Object.fromEntries(allRules.flatMap((r) => [[r.code, 'off'], ...(r.catalogueId ? [[r.catalogueId, 'info']] : [])]));
      assert.ok(validate({ profile: 'strict', rules, libraryFolders: ['clauses'] }), JSON.stringify(validate.errors));
    });

    it('flags in the editor what validateSettings warns about', () => {
      for (const raw of [{ profile: 'lenient' }, { rules: { 'unused-term': 'loud' } }, { libraryFolders: 'clauses' }, { rule: {} }]) {
        assert.equal(validate(raw), false, JSON.stringify(raw));
        assert.ok(validateSettings(raw).warnings.length > 0, JSON.stringify(raw));
      }
    });
  });
});

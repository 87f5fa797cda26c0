/**
 * The SARIF 2.1.0 JSON schema, from a registry package rather than a download at test time:
 * `@microsoft/jest-sarif` (Microsoft's SARIF SDK for JavaScript) ships the schema that
 * SchemaStore publishes as sarif-2.1.0-rtm.5, the final 2.1.0 schema, in draft-04 JSON Schema.
 * No npm package ships the OASIS file under its own name, `sarif-schema-2.1.0.json`; compared
 * with it, rtm.5 is the same schema plus stricter `anyOf` requirements (a message needs `text`
 * or `id`, a physical location an `address` or `artifactLocation`), so what validates here
 * validates there.
 */
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
export const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as { title: string; $schema: string };

let validator: ValidateFunction | undefined;

/** Validation errors, as readable lines; empty when the log is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-Unicode regular expressions accept.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(sarifSchema);
  }
  return validator(log) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

// Checks a generated Teams manifest against the published JSON schema kept next to
// this file (see README.md: source URL and version), with ajv + ajv-formats, offline.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(new URL('./MicrosoftTeams.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // The schema declares draft-04; the keywords it uses mean the same in ajv's default draft,
    // so the meta-schema reference is dropped rather than adding a draft-04 dialect.
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv, ['uri', 'email', 'regex']);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** The schema's complaints as "path: message (details)"; empty when the manifest is valid. */
export function listManifestProblems(manifest: unknown): string[] {
  const validate = validator();
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'ongeldig'} ${JSON.stringify(e.params)}`);
}

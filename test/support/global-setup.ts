// vitest globalSetup: the run's migrated template databases, made once before any test
// file and removed after the last (see test-templates.ts); and the run's temporary folder.
import type { TestProject } from 'vitest/node';
import { openRunTmpdir } from './run-tmpdir.ts';
import { prepareTestTemplates } from './test-templates.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tmp = openRunTmpdir();
  const { templates, dispose } = await prepareTestTemplates();
  project.provide('testTemplates', templates);
  return async () => {
    await dispose();
    tmp.dispose();
  };
}

// vitest globalSetup: the run's migrated template databases, made once before any test
// file and removed after the last (see test-templates.ts).
import type { TestProject } from 'vitest/node';
import { prepareTestTemplates } from './test-templates.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { templates, dispose } = await prepareTestTemplates();
  project.provide('testTemplates', templates);
  return dispose;
}

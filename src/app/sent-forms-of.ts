// The runtime's sent-form store as one platform's SentForms (the Teams adapter's
// dialogs), so the adapter never names its platform to the store itself.
import type { Form } from '../core/form.ts';
import type { Runtime } from './create-runtime.ts';

export function sentFormsOf(runtime: Pick<Runtime, 'sentForms'>, platform = 'teams') {
  return {
    save: (platformUserId: string, form: Form) => runtime.sentForms.save(platform, platformUserId, form),
    find: (platformUserId: string, id: string) => runtime.sentForms.find(platform, platformUserId, id),
    remove: (id: string) => runtime.sentForms.remove(id),
  };
}

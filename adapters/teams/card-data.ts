// What our Adaptive Cards put in an action's data, and how it is read back.
// Teams merges the card's input values into the same data object.

/** The data key of a dialog's id (task/fetch and task/submit); the form itself stays in the database. */
export const DIALOG_KEY = 'rroDialog';
/** The verb of the inline form cards sent before forms were dialogs; such cards may still be in chats. */
export const FORM_VERB = 'rro.form';
const OWN_KEYS = new Set(['verb', 'formId', 'context', 'multi', 'value', 'msteams']);

export function selectInputId(actionId: string): string {
  return `select:${actionId}`;
}


export function readSelected(actionId: string, data: Record<string, unknown>): string[] | undefined {
  const raw = data[selectInputId(actionId)];
  return typeof raw === 'string' ? splitChoices(raw) : undefined;
}

export function readFormData(data: Record<string, unknown>): { formId: string; context: string; values: Record<string, string | string[]> } | null {
  const formId = typeof data.formId === 'string' ? data.formId.slice(0, 100) : '';
  if (!formId) return null;
  const multi = new Set(Array.isArray(data.multi) ? data.multi.filter((m): m is string => typeof m === 'string') : []);
  const values: Record<string, string | string[]> = {};
  for (const [key, raw] of Object.entries(data)) {
    if (OWN_KEYS.has(key) || key.startsWith('select:') || typeof raw !== 'string') continue;
    values[key] = multi.has(key) ? splitChoices(raw) : raw;
  }
  return { formId, context: typeof data.context === 'string' ? data.context.slice(0, 2000) : '', values };
}

/** Teams sends a multi-select ChoiceSet as one comma-separated string. */
function splitChoices(raw: string): string[] {
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

// A neutral Form → an HTML <dialog> with labelled inputs and a slot for each
// field's error (filled by the page when the core answers form_errors).
import type { Form, FormInput } from '../../src/core/form.ts';
import { escapeHtml } from './render-html.ts';

function initialOf(input: FormInput): string[] {
  return input.initial === undefined ? [] : [input.initial].flat();
}

function renderInput(input: FormInput): string {
  const id = `pg-f-${escapeHtml(input.id)}`;
  const name = escapeHtml(input.id);
  const req = input.required ? ' required aria-required="true"' : '';
  const described = ` aria-describedby="${id}-hint ${id}-err"`;
  const ph = input.placeholder ? ` placeholder="${escapeHtml(input.placeholder)}"` : '';
  const max = input.maxLength ? ` maxlength="${input.maxLength}"` : '';
  const first = escapeHtml(initialOf(input)[0] ?? '');
  const label = `<label for="${id}">${escapeHtml(input.label)}${input.required ? '' : ' <small>(optioneel)</small>'}</label>`;
  let control: string;
  switch (input.type) {
    case 'text':
      control = `<input type="text" id="${id}" name="${name}" value="${first}"${ph}${max}${req}${described}>`;
      break;
    case 'date':
      control = `<input type="date" id="${id}" name="${name}" value="${first}"${req}${described}>`;
      break;
    case 'textarea':
      control = `<textarea id="${id}" name="${name}" rows="4"${ph}${max}${req}${described}>${first}</textarea>`;
      break;
    case 'select':
    case 'channel':
      // The playground's channels are the ones the core offers as options.
      control = `<select id="${id}" name="${name}"${req}${described}><option value="">${escapeHtml(input.placeholder ?? '—')}</option>${optionsHtml(input, new Set(initialOf(input).slice(0, 1)))}</select>`;
      break;
    case 'multiselect': {
      // A long list (all partners) is a multiple select with a group per rubriek; the browser finds an option as one types.
      if ((input.options?.length ?? 0) > CHECKBOXES_UP_TO) {
        const list = `<select id="${id}" name="${name}" multiple size="8"${described}>${optionsHtml(input, new Set(initialOf(input)))}</select>`;
        return `<div class="pg-field" data-field="${name}" data-multi="1"><label for="${id}">${escapeHtml(input.label)}${input.required ? '' : ' <small>(optioneel)</small>'}</label>${list}${hintAndError(input, id)}</div>`;
      }
      const chosen = new Set(initialOf(input));
      const boxes = (input.options ?? [])
        .map((o, i) => {
          const boxId = `${id}-${i}`;
          return `<label class="pg-check" for="${boxId}"><input type="checkbox" id="${boxId}" name="${name}" value="${escapeHtml(o.value)}"${chosen.has(o.value) ? ' checked' : ''}> ${escapeHtml(o.label)}</label>`;
        })
        .join('');
      return `<fieldset class="pg-field" data-field="${name}" data-multi="1"${described}><legend>${escapeHtml(input.label)}</legend>${boxes}${hintAndError(input, id)}</fieldset>`;
    }
  }
  return `<div class="pg-field" data-field="${name}">${label}${control}${hintAndError(input, id)}</div>`;
}

/** More options than this are a multiple select instead of checkboxes. */
const CHECKBOXES_UP_TO = 12;

/** <option>s, inside an <optgroup> per consecutive group where the options carry one. */
function optionsHtml(input: FormInput, chosen: Set<string>): string {
  let html = '';
  let group: string | undefined;
  for (const o of input.options ?? []) {
    if (o.group !== group) {
      if (group !== undefined) html += '</optgroup>';
      group = o.group;
      if (group !== undefined) html += `<optgroup label="${escapeHtml(group)}">`;
    }
    html += `<option value="${escapeHtml(o.value)}"${chosen.has(o.value) ? ' selected' : ''}>${escapeHtml(o.label)}</option>`;
  }
  return group !== undefined ? `${html}</optgroup>` : html;
}

function hintAndError(input: FormInput, id: string): string {
  const hint = input.hint ? escapeHtml(input.hint) : '';
  return `<p class="pg-hint" id="${id}-hint">${hint}</p><p class="pg-error" id="${id}-err" role="alert"></p>`;
}

export function renderFormDialog(form: Form, labels: { close: string }): string {
  return `<dialog id="pg-form" class="pg-dialog" aria-labelledby="pg-form-title">
<form id="pg-form-el" data-form-id="${escapeHtml(form.formId)}" novalidate>
<h2 id="pg-form-title">${escapeHtml(form.title)}</h2>
${form.inputs.map(renderInput).join('\n')}
<p class="pg-error" id="pg-form-err" role="alert"></p>
<div class="pg-dialog-buttons"><button type="button" class="pg-btn" data-form-close>${escapeHtml(labels.close)}</button><button type="submit" class="pg-btn pg-btn-primary">${escapeHtml(form.submitLabel)}</button></div>
</form>
</dialog>`;
}

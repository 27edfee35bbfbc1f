// Playground page script: sends each step to the JSON API and re-renders the
// server's HTML. Event delegation, so re-rendering needs no re-binding.
(() => {
  const app = document.getElementById('pg-app');
  const base = app.dataset.base;
  const state = { as: app.dataset.as, view: app.dataset.view };

  const status = (text) => {
    const el = document.getElementById('pg-status');
    if (el) el.textContent = text;
  };

  async function post(path, body) {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || app.dataset.msgFailed);
    return data;
  }

  async function refresh(focusId) {
    const params = new URLSearchParams({ fragment: '1' });
    if (state.as) params.set('as', state.as);
    if (state.view) params.set('view', state.view);
    const res = await fetch(`${base}?${params}`);
    app.innerHTML = await res.text();
    const url = new URLSearchParams();
    if (state.as) url.set('as', state.as);
    if (state.view) url.set('view', state.view);
    history.replaceState(null, '', `${base}?${url}`);
    const dialog = document.getElementById('pg-form');
    if (dialog && !dialog.open) dialog.showModal();
    const focus = focusId && document.getElementById(focusId);
    if (focus) focus.focus();
  }

  async function step(body, focusId) {
    status(app.dataset.msgBusy);
    try {
      const data = await post('/api/inbound', { as: state.as, ...body });
      await refresh(focusId);
      if (data.formErrors) showFormErrors(data.formErrors);
      status('');
      return data;
    } catch (err) {
      status(err.message);
      return null;
    }
  }

  function showFormErrors(errors) {
    for (const el of document.querySelectorAll('#pg-form .pg-error')) el.textContent = '';
    let first = null;
    for (const [field, message] of Object.entries(errors)) {
      const slot = document.getElementById(`pg-f-${field}-err`) || document.getElementById('pg-form-err');
      slot.textContent = message;
      const input = document.getElementById(`pg-f-${field}`) || document.querySelector(`#pg-form [name="${CSS.escape(field)}"]`);
      if (input) input.setAttribute('aria-invalid', 'true');
      first = first || input;
    }
    if (first) first.focus();
  }

  function formValues(form) {
    const values = {};
    for (const field of form.querySelectorAll('[data-field]')) {
      const name = field.dataset.field;
      if (field.dataset.multi) {
        values[name] = [...field.querySelectorAll('input:checked, option:checked')].map((i) => i.value);
      } else {
        const input = field.querySelector('input, textarea, select');
        values[name] = input ? input.value : '';
      }
    }
    return values;
  }

  document.addEventListener('change', (e) => {
    const t = e.target;
    if (t.id === 'pg-as') {
      state.as = t.value;
      state.view = '';
      void refresh();
    } else if (t.matches('select[data-action-id]:not([multiple])') && t.value) {
      void step({ kind: 'action', actionId: t.dataset.actionId, value: t.value, selected: [t.value], messageRef: t.dataset.messageRef });
    }
  });

  document.addEventListener('click', async (e) => {
    const t = e.target.closest('button, a[data-view]');
    if (!t) return;
    if (t.matches('a[data-view]')) {
      e.preventDefault();
      state.view = t.dataset.view;
      return refresh();
    }
    if (t.dataset.clock) {
      status(app.dataset.msgBusy);
      try {
        await post('/api/clock', { action: t.dataset.clock });
        await refresh();
        status('');
      } catch (err) {
        status(err.message);
      }
    } else if (t.dataset.selectFor) {
      const sel = document.getElementById(t.dataset.selectFor);
      const chosen = [...sel.selectedOptions].map((o) => o.value);
      await step({ kind: 'action', actionId: t.dataset.actionId, value: chosen.join(','), selected: chosen, messageRef: t.dataset.messageRef });
    } else if (t.dataset.actionId) {
      await step({ kind: 'action', actionId: t.dataset.actionId, value: t.dataset.value || '', messageRef: t.dataset.messageRef });
    } else if (t.dataset.react) {
      await step({ kind: 'reaction_added', messageRef: t.dataset.react, reaction: '+1' });
    } else if (t.dataset.edit) {
      const form = document.querySelector(`[data-edit-form="${CSS.escape(t.dataset.edit)}"]`);
      form.hidden = !form.hidden;
      if (!form.hidden) form.querySelector('textarea').focus();
    } else if (t.hasAttribute('data-form-close')) {
      await post('/api/form/close', { as: state.as });
      document.getElementById('pg-form').close();
      await refresh('pg-cmd');
    }
  });

  document.addEventListener('submit', async (e) => {
    const f = e.target;
    e.preventDefault();
    if (f.id === 'pg-command') {
      await step({ kind: 'command', text: f.elements.text.value }, 'pg-cmd');
    } else if (f.matches('.pg-reply-form')) {
      const text = f.elements.text.value;
      if (!text.trim()) return;
      await step({ kind: 'thread_reply', channelRef: f.dataset.channelRef, threadRef: f.dataset.threadRef, text }, f.elements.text.id);
    } else if (f.dataset.editForm) {
      await step({ kind: 'message_edited', messageRef: f.dataset.editForm, text: f.elements.text.value });
    } else if (f.id === 'pg-form-el') {
      await step({ kind: 'form_submitted', formId: f.dataset.formId, values: formValues(f) });
    } else if (f.matches('.pg-person')) {
      state.as = f.elements.as.value;
      await refresh();
    }
  });

  document.addEventListener('cancel', (e) => {
    if (e.target.id === 'pg-form') void post('/api/form/close', { as: state.as });
  }, true);

  const dialog = document.getElementById('pg-form');
  if (dialog) dialog.showModal();
})();

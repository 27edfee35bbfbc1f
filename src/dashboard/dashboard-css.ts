// The dashboard's one stylesheet, served by the app itself (no CDN). Status colours
// are paired with text labels; every colour pair meets WCAG AA (≥ 4.5:1) contrast.
export const DASHBOARD_CSS = `
:root { --ink:#1b1f24; --muted:#4a5560; --line:#c9d1d9; --bg:#ffffff; --soft:#f3f5f7; --accent:#0b5cad;
  --green:#1e6b34; --green-bg:#d8f0de; --yellow:#6b4e00; --yellow-bg:#fcefc2; --red:#8f1d1d; --red-bg:#f9d7d7; --grey:#3d444b; --grey-bg:#e3e6e9; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--accent); }
a:focus, button:focus, select:focus, input:focus, summary:focus { outline:3px solid #f5a623; outline-offset:2px; }
.skip { position:absolute; left:-999px; } .skip:focus { left:8px; top:8px; background:#fff; padding:4px 8px; z-index:9; }
header.top { display:flex; flex-wrap:wrap; gap:1rem; align-items:center; padding:.6rem 1.2rem; background:#0d2c4a; color:#fff; }
header.top a { color:#fff; } header.top nav a { margin-right:1rem; text-decoration:none; padding:.2rem .1rem; }
header.top nav a[aria-current=page] { border-bottom:3px solid #fff; font-weight:600; }
header.top .who { margin-left:auto; display:flex; gap:.6rem; align-items:center; }
header.top button { background:#fff; color:#0d2c4a; border:0; border-radius:4px; padding:.25rem .6rem; cursor:pointer; }
main { padding:1rem 1.2rem 3rem; max-width:1200px; }
h1 { font-size:1.5rem; margin:.4rem 0 1rem; } h2 { font-size:1.15rem; margin:1.6rem 0 .6rem; }
table { border-collapse:collapse; width:100%; margin:.4rem 0 1rem; font-size:.95rem; }
th, td { border-bottom:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
th { background:var(--soft); } td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.cell { display:inline-block; min-width:8.5rem; padding:.15rem .45rem; border-radius:4px; font-weight:600; font-size:.9rem; }
.status-green, .coverage-ok { background:var(--green-bg); color:var(--green); } .status-yellow { background:var(--yellow-bg); color:var(--yellow); }
.status-red, .coverage-gap { background:var(--red-bg); color:var(--red); } .status-grey { background:var(--grey-bg); color:var(--grey); }
.muted { color:var(--muted); } .cards { display:grid; grid-template-columns:repeat(auto-fill, minmax(280px, 1fr)); gap:1rem; }
.card { border:1px solid var(--line); border-radius:8px; padding:.8rem 1rem; background:#fff; }
.card h3 { margin:.1rem 0 .4rem; font-size:1.05rem; } .tag { display:inline-block; background:var(--soft); border:1px solid var(--line); border-radius:999px; padding:0 .5rem; margin:0 .25rem .25rem 0; font-size:.8rem; }
form.filters { display:flex; flex-wrap:wrap; gap:.8rem; align-items:flex-end; margin:.5rem 0 1rem; }
form.filters label { display:flex; flex-direction:column; font-size:.85rem; color:var(--muted); }
select, input, button.primary { font:inherit; padding:.3rem .4rem; border:1px solid #6b7680; border-radius:4px; }
button.primary { background:var(--accent); color:#fff; border-color:var(--accent); cursor:pointer; }
.export { font-size:.9rem; } figure { margin:0 0 1rem; } figcaption { font-size:.85rem; color:var(--muted); }
form.beheer { display:flex; flex-direction:column; gap:.7rem; max-width:36rem; margin:.5rem 0 1.5rem; } form.beheer > button { align-self:flex-start; padding:.4rem 1.4rem; }
form.beheer > label, form.beheer fieldset > label:not(.check) { display:flex; flex-direction:column; gap:.15rem; font-weight:600; }
form.beheer .muted { font-weight:400; font-size:.85rem; } form.beheer fieldset { border:1px solid var(--line); border-radius:4px; padding:.5rem .8rem; display:flex; flex-direction:column; gap:.5rem; }
form.beheer legend { font-weight:700; } label.check { display:inline-flex; gap:.4rem; align-items:center; margin-right:1rem; font-weight:400; }
fieldset.team-choice { flex-direction:row !important; flex-wrap:wrap; align-items:center; }
.field-error { color:var(--red); font-weight:600; font-size:.9rem; } .field-error::before { content:"⚠ "; }
[aria-invalid="true"] { border-color:var(--red) !important; border-width:2px !important; }
.form-alert { border:2px solid var(--red); background:var(--red-bg); color:var(--red); border-radius:4px; padding:.2rem .8rem; margin:.5rem 0; }
.notice { border:2px solid var(--green); background:var(--green-bg); color:var(--green); border-radius:4px; padding:.4rem .8rem; }
form.inline { display:inline; } .visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
ul.beheer-sections { list-style:none; padding:0; display:grid; grid-template-columns:repeat(auto-fill, minmax(260px, 1fr)); gap:.8rem; }
ul.beheer-sections li { border:1px solid var(--line); border-radius:6px; padding:.7rem .9rem; background:var(--soft); }
svg text { font-family:inherit; } svg.bars { max-width:100%; height:auto; display:block; margin:.3rem 0; } .legend span { margin-right:.8rem; }
.totals { display:flex; flex-wrap:wrap; gap:1rem; } .totals div { background:var(--soft); padding:.5rem .8rem; border-radius:6px; }
.goal-months td { white-space:nowrap; font-size:.85rem; } .goal-mark > span { font-size:1.05em; }
.goal-form label { display:flex; flex-direction:column; margin:.4rem 0; font-size:.9rem; } .goal-form textarea { font:inherit; width:100%; } .goal dl { display:grid; grid-template-columns:max-content 1fr; gap:.2rem .8rem; } .goal { margin:0 0 1rem; }
.admin-form { max-width:36rem; margin:.4rem 0 1.2rem; } .admin-form .field { display:flex; flex-direction:column; margin:.5rem 0; }
.admin-form .field label { font-weight:600; } .admin-form input, .admin-form select, .admin-form textarea { font:inherit; padding:.3rem .4rem; border:1px solid #6b7680; border-radius:4px; }
.hint { font-size:.85rem; color:var(--muted); } .field-invalid input, .field-invalid select, .field-invalid textarea { border:2px solid var(--red); }
.field-error { color:var(--red); font-weight:600; font-size:.9rem; } .note-ok { background:var(--green-bg); color:var(--green); padding:.3rem .6rem; border-radius:4px; }
form.inline { display:inline-flex; gap:.3rem; align-items:center; margin:.1rem 0; } textarea:focus, details summary:focus { outline:3px solid #f5a623; outline-offset:2px; }
.visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
details { border:1px solid var(--line); border-radius:6px; padding:.3rem .6rem; margin:.3rem 0; } details summary { cursor:pointer; font-weight:600; }
dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:.2rem .8rem; margin:0; } dl.facts dt { font-weight:600; }
.notice { background:var(--soft); border-left:4px solid var(--accent); padding:.5rem .8rem; } .notice.error { border-left-color:var(--red); background:var(--red-bg); color:var(--red); }
.card.weakest { border-left:6px solid var(--red); margin:0 0 1rem; } tr.weakest-row th, tr.weakest-row td { background:var(--red-bg); }
a.button { display:inline-block; background:var(--accent); color:#fff; padding:.3rem .7rem; border-radius:4px; text-decoration:none; } .collab-form select[multiple] { min-width:20rem; }
body.print-page main { max-width:820px; margin:0 auto; } .digest-section { margin-bottom:1.2rem; }
@page { size:A4; margin:16mm 14mm; }
@media print {
  .screen-only { display:none !important; }
  .digest h1 { font-size:18pt; margin-top:0; } .digest h2 { font-size:13pt; break-after:avoid; page-break-after:avoid; }
  .digest-section { break-inside:avoid; page-break-inside:avoid; } .digest figure { break-inside:avoid; }
  .digest th { background:none; border-bottom:1px solid #000; } .digest svg { max-width:100%; }
  header.top nav, header.top form, form.filters, .export, .skip, .pager, .plan-form { display:none !important; }
  header.top { background:none; color:#000; border-bottom:2px solid #000; } header.top a { color:#000; }
  body { font-size:11pt; } main { max-width:none; padding:0; } a { color:#000; text-decoration:none; }
  .cell { border:1px solid #000; } table { page-break-inside:auto; } tr { page-break-inside:avoid; }
  .card { page-break-inside:avoid; }
}
`;

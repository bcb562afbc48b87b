// pocketcard serve: gathers the settings, asks for a preview as they change, downloads files.
// Personal values are read only when the PDF is downloaded, sent in the POST body, and cleared.
"use strict";

const words = JSON.parse(document.getElementById("words").textContent);
const word = (id) => words[id] || id;
const $ = (id) => document.getElementById(id);
const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
let logo = null;
let sequence = 0;
let inflight = null;
let timer = null;

function settings() {
  const org = {
    name: $("org-name").value,
    phone: $("org-phone").value,
    web: $("org-web").value,
    contacts: $("org-replace").checked ? "replace" : "join",
    logo: logo,
  };
  const card = $("preview-card").value;
  const lang = $("preview-lang").value;
  const bleed = $("bleed").value.trim();
  return {
    cards: checked("card"),
    langs: checked("lang"),
    officer_lang: $("officer-lang").value,
    paper: $("paper").value || null,
    sheets: ["sheet-letter", "sheet-a4"].filter((id) => $(id).checked).map((id) => $(id).value),
    fold: $("fold").checked,
    calibrate: $("calibrate").checked,
    phone: $("phone").checked,
    bleed: bleed === "" ? null : Number(bleed),
    back_offset: $("back-offset").value,
    org: org,
    preview: card && lang ? { card: card, lang: lang } : null,
  };
}

// The preview's card and language follow what is chosen.
function fillPicks() {
  for (const [select, name] of [[$("preview-card"), "card"], [$("preview-lang"), "lang"]]) {
    const was = select.value;
    select.textContent = "";
    for (const input of document.querySelectorAll(`input[name="${name}"]:checked`)) {
      const option = document.createElement("option");
      option.value = input.value;
      const text = input.parentElement.querySelector("span");
      option.textContent = text.textContent;
      if (text.lang) option.lang = text.lang;
      select.append(option);
    }
    if ([...select.options].some((o) => o.value === was)) select.value = was;
  }
  // Personal lines: those of the chosen cards, with exactly one language.
  const cards = [...document.querySelectorAll('input[name="card"]:checked')];
  const lines = new Set(cards.flatMap((c) => c.dataset.lines.split(" ").filter(Boolean)));
  const one = checked("lang").length === 1;
  for (const p of document.querySelectorAll(".personal-line")) p.hidden = !lines.has(p.dataset.line);
  for (const input of document.querySelectorAll(".personal-line input")) input.disabled = !one;
  $("personal-needs").hidden = one;
}

function status(text, failed) {
  $("status").textContent = text;
  $("status").classList.toggle("failed", !!failed);
}

function showProblems(problems) {
  const list = $("problems");
  list.textContent = "";
  if (!problems || problems.length === 0) {
    const li = document.createElement("li");
    li.textContent = word("serve-problems-none");
    list.append(li);
    return;
  }
  for (const p of problems) {
    const li = document.createElement("li");
    li.className = p.severity;
    li.textContent = `${p.severity}: ${p.message}`;
    if (p.file) {
      const at = document.createElement("code");
      at.textContent = p.line ? `${p.file}:${p.line}:${p.column}` : p.file;
      li.append(at);
    }
    for (const h of p.hints || []) {
      const hint = document.createElement("small");
      hint.textContent = ` hint: ${h}`;
      li.append(hint);
    }
    list.append(li);
  }
}

function showMessages(messages) {
  for (const kind of ["missing", "stale", "unreviewed"]) {
    const dd = $(`messages-${kind}`);
    const list = (messages && messages[kind]) || [];
    dd.textContent = list.length ? list.map((m) => `${m.id} (${m.at})`).join(", ") : word("serve-messages-none");
  }
}

async function post(path, body, signal) {
  return fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
    signal: signal,
  });
}

// An answer that is not a success: its message and problems on the page.
async function failed(response) {
  let answer = {};
  try {
    answer = await response.json();
  } catch (_) {
    answer = { error: response.statusText };
  }
  const text = response.status === 503 ? word("serve-busy") : `${word("serve-failed")} ${answer.error || response.status}`;
  status(text, true);
  showProblems(answer.problems || []);
}

async function preview() {
  fillPicks();
  const body = settings();
  if (!body.preview) {
    $("pages").textContent = "";
    status(word("serve-preview-empty"));
    return;
  }
  const mine = ++sequence;
  if (inflight) inflight.abort();
  inflight = new AbortController();
  status(word("serve-preview-busy"));
  $("preview").setAttribute("aria-busy", "true");
  let response;
  try {
    response = await post("/api/preview", body, inflight.signal);
  } catch (err) {
    if (err.name !== "AbortError") status(`${word("serve-failed")} ${err.message}`, true);
    return;
  }
  if (mine !== sequence) return;
  $("preview").removeAttribute("aria-busy");
  if (!response.ok) return failed(response);
  const answer = await response.json();
  const pages = $("pages");
  pages.textContent = "";
  const title = $("preview-card").selectedOptions[0]?.textContent || answer.card;
  answer.pages.forEach((png, i) => {
    const img = document.createElement("img");
    img.src = `data:image/png;base64,${png}`;
    img.alt = `${title}: ${word("serve-preview-page")} ${i + 1} / ${answer.pages.length}`;
    img.dataset.page = String(i + 1);
    pages.append(img);
  });
  pages.dataset.card = answer.card;
  pages.dataset.lang = answer.lang;
  showProblems(answer.problems);
  showMessages(answer.messages);
  status(word("serve-preview-done"));
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(preview, 250);
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function filename(response, fallback) {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  return match ? match[1] : fallback;
}

async function download(path, body, fallback, button) {
  button.disabled = true;
  status(word("serve-preview-busy"));
  try {
    const response = await post(path, body);
    if (!response.ok) return failed(response);
    const name = filename(response, fallback);
    save(await response.blob(), name);
    status(`${word("serve-downloaded")} ${name}`);
  } catch (err) {
    status(`${word("serve-failed")} ${err.message}`, true);
  } finally {
    button.disabled = false;
  }
}

$("download-pdf").addEventListener("click", async () => {
  const body = settings();
  body.personal = {};
  for (const input of document.querySelectorAll(".personal-line input")) {
    if (!input.closest("p").hidden && !input.disabled && input.value.trim()) body.personal[input.dataset.line] = input.value;
  }
  await download("/api/pdf", body, "card.pdf", $("download-pdf"));
  // The holder's values leave the page with the PDF.
  body.personal = {};
  for (const input of document.querySelectorAll(".personal-line input")) input.value = "";
});

$("download-zip").addEventListener("click", () => download("/api/zip", settings(), "pocketcard.zip", $("download-zip")));
$("save-org").addEventListener("click", () => download("/api/org.toml", settings(), "org.toml", $("save-org")));

$("org-logo").addEventListener("change", () => {
  const file = $("org-logo").files[0];
  if (!file) {
    logo = null;
    later();
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    const data = String(reader.result);
    logo = { name: file.name, data: data.slice(data.indexOf(",") + 1) };
    later();
  };
  reader.readAsDataURL(file);
});

// Personal fields never trigger a preview: their values are not drawn there.
$("settings").addEventListener("input", (e) => {
  if (!e.target.closest(".personal-line")) later();
});
$("settings").addEventListener("change", (e) => {
  if (!e.target.closest(".personal-line") && e.target.id !== "org-logo") later();
});
$("settings").addEventListener("submit", (e) => e.preventDefault());
$("preview-card").addEventListener("change", later);
$("preview-lang").addEventListener("change", later);

// Translator mode: a saved file redraws the preview.
const events = new EventSource("/api/events");
events.addEventListener("changed", () => {
  preview().then(() => {
    if (!$("status").classList.contains("failed")) status(word("serve-changed"));
  });
});

fillPicks();

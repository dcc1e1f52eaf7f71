// ReplyCoach page script. No framework, no external code.
// Safety rule: text from the agent or from the API is only ever put into the page with textContent,
// setAttribute or createTextNode, so a reply holding "<script>" is shown as text, never run.
"use strict";

(() => {
  const DEBOUNCE_MS = 250;
  const API = "/api/assess";

  const $ = (id) => document.getElementById(id);
  const customer = $("customer");
  const draft = $("draft");
  const lang = $("lang");
  const scoreCard = $("score-card");
  const score = $("score");
  const verdict = $("verdict");
  const detected = $("detected");
  const statusLine = $("status");
  const findingsList = $("findings");
  const count = $("count");
  const allGood = $("all-good");
  const preview = $("preview");

  const VERDICTS = { good: "Good", "needs-work": "Needs work", poor: "Poor" };
  const LANGUAGES = { es: "Spanish", en: "English" };
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
  const PREVIEW_PLACEHOLDER = "Start typing a reply to see it checked here.";

  let timer = 0;
  let sequence = 0;
  let inFlight = null;
  let pausedUntil = 0;

  /** Creates an element with a class and text (text always through textContent). */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setStatus(text, kind) {
    statusLine.textContent = text || "";
    if (kind) statusLine.dataset.kind = kind;
    else delete statusLine.dataset.kind;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(assess, DEBOUNCE_MS);
  }

  function reset() {
    scoreCard.dataset.verdict = "none";
    score.textContent = "–";
    verdict.textContent = "Waiting for a draft";
    detected.textContent = "";
    count.textContent = "";
    findingsList.replaceChildren();
    allGood.hidden = true;
    preview.dataset.empty = "true";
    preview.replaceChildren(document.createTextNode(PREVIEW_PLACEHOLDER));
    setStatus("");
  }

  async function assess() {
    const text = draft.value;
    if (text.trim() === "") {
      if (inFlight) inFlight.abort();
      reset();
      return;
    }

    const wait = pausedUntil - Date.now();
    if (wait > 0) {
      window.clearTimeout(timer);
      timer = window.setTimeout(assess, wait);
      return;
    }

    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    const id = ++sequence;
    const body = {
      text,
      customerMessage: customer.value.trim() === "" ? null : customer.value,
      language: lang.value === "auto" ? null : lang.value,
    };

    setStatus("Checking…");
    let response;
    let data;
    try {
      response = await fetch(API, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      data = await response.json().catch(() => null);
    } catch (error) {
      if (error && error.name === "AbortError") return;
      if (id === sequence) setStatus("Could not reach ReplyCoach. Check your connection; the draft will be checked again when you type.", "error");
      return;
    } finally {
      if (inFlight === controller) inFlight = null;
    }

    if (id !== sequence) return; // a newer request has been sent: this answer is stale

    if (response.status === 429) {
      const seconds = Number.parseInt(response.headers.get("Retry-After") || "5", 10) || 5;
      pausedUntil = Date.now() + seconds * 1000;
      setStatus(`Too many checks in a short time. Checking again in ${seconds} s.`, "error");
      window.clearTimeout(timer);
      timer = window.setTimeout(assess, seconds * 1000);
      return;
    }

    if (!response.ok || !data) {
      const detail = data && typeof data.detail === "string" ? data.detail : `The check failed (HTTP ${response.status}).`;
      setStatus(detail, "error");
      return;
    }

    setStatus("");
    render(text, data);
  }

  function render(text, assessment) {
    const findings = Array.isArray(assessment.findings) ? assessment.findings : [];
    const verdictKey = Object.prototype.hasOwnProperty.call(VERDICTS, assessment.verdict) ? assessment.verdict : "none";
    scoreCard.dataset.verdict = verdictKey;
    score.textContent = String(assessment.score);
    verdict.textContent = VERDICTS[assessment.verdict] || String(assessment.verdict);
    const language = LANGUAGES[assessment.language] || String(assessment.language);
    detected.textContent = `${language} · customer message: ${assessment.messageKind}`;
    count.textContent = findings.length ? `(${findings.length})` : "";
    allGood.hidden = findings.length !== 0;

    renderFindings(findings);
    renderPreview(text, findings);
  }

  function detailsId(ruleId) {
    return `finding-${ruleId}-details`;
  }

  function renderFindings(findings) {
    const items = findings.map((finding) => {
      const ruleId = String(finding.ruleId);
      const severity = String(finding.severity);
      const item = el("li");
      item.dataset.rule = ruleId;
      item.dataset.severity = severity;
      item.id = `finding-${ruleId}`;
      item.tabIndex = 0;
      item.setAttribute("aria-describedby", detailsId(ruleId));

      const head = el("div", "finding-head");
      head.append(el("span", "rule-id", ruleId));
      const badge = el("span", "badge", severity);
      badge.dataset.severity = severity;
      head.append(badge);
      head.append(el("span", "rule-name", finding.name));
      item.append(head);
      item.append(el("p", "message", finding.message));

      const details = el("div", "details");
      details.id = detailsId(ruleId);
      const why = el("p");
      why.append(el("span", "label", "Why: "), document.createTextNode(String(finding.explanation)));
      const fix = el("p");
      fix.append(el("span", "label", "How to fix: "), document.createTextNode(String(finding.suggestion)));
      details.append(why, fix);
      if (typeof finding.helpUri === "string" && /^https:\/\//.test(finding.helpUri)) {
        const link = el("a", "help", `About ${ruleId}`);
        link.href = finding.helpUri;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        details.append(link);
      }
      item.append(details);

      const activate = (on) => {
        for (const mark of preview.querySelectorAll("mark[data-rules]")) {
          if (mark.dataset.rules.split(" ").includes(ruleId)) mark.classList.toggle("active", on);
        }
      };
      item.addEventListener("mouseenter", () => activate(true));
      item.addEventListener("mouseleave", () => activate(false));
      item.addEventListener("focusin", () => activate(true));
      item.addEventListener("focusout", () => activate(false));
      return item;
    });
    findingsList.replaceChildren(...items);
  }

  /**
   * Mirrors the draft, cutting it at every span boundary; each piece covered by a finding becomes a <mark>
   * (data-rule = the most severe rule there, data-rules = all of them). Offsets are UTF-16, like JS strings.
   */
  function renderPreview(text, findings) {
    const spans = [];
    for (const finding of findings) {
      for (const span of Array.isArray(finding.spans) ? finding.spans : []) {
        const start = Number(span.start);
        const end = start + Number(span.length);
        if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && end > start) {
          spans.push({ start, end, finding });
        }
      }
    }

    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);

    const nodes = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans
        .filter((s) => s.start <= from && s.end >= to)
        .map((s) => s.finding)
        .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || String(a.ruleId).localeCompare(String(b.ruleId)));
      if (covering.length === 0) {
        nodes.push(document.createTextNode(piece));
        continue;
      }

      const ruleIds = [...new Set(covering.map((f) => String(f.ruleId)))];
      const mark = document.createElement("mark");
      mark.textContent = piece;
      mark.dataset.rule = ruleIds[0];
      mark.dataset.rules = ruleIds.join(" ");
      mark.dataset.severity = String(covering[0].severity);
      mark.tabIndex = 0;
      mark.title = covering.map((f) => `${f.ruleId}: ${f.message}`).join("\n");
      mark.setAttribute("aria-describedby", ruleIds.map(detailsId).join(" "));
      const activate = (on, scroll) => {
        mark.classList.toggle("active", on);
        for (const ruleId of ruleIds) {
          const item = document.getElementById(`finding-${ruleId}`);
          if (!item) continue;
          item.classList.toggle("active", on);
          if (on && scroll) item.scrollIntoView({ block: "nearest" });
        }
      };
      mark.addEventListener("mouseenter", () => activate(true));
      mark.addEventListener("mouseleave", () => activate(false));
      mark.addEventListener("focus", () => activate(true, true));
      mark.addEventListener("blur", () => activate(false));
      nodes.push(mark);
    }

    preview.dataset.empty = "false";
    preview.replaceChildren(...nodes);
  }

  draft.addEventListener("input", schedule);
  customer.addEventListener("input", schedule);
  lang.addEventListener("change", schedule);
  reset();
  if (draft.value.trim() !== "") schedule(); // a browser may restore the textareas on reload
})();

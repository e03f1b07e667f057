// faultlines web: the only script. Clicking a quote shows its speaker; clicking a dispute edge shows
// its evidence. Everything it shows is already in the page (data attributes, hidden sections).
"use strict";

function showQuote(mark) {
  const panel = document.getElementById("detail");
  if (!panel) return;
  document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  document.querySelectorAll(`mark[data-quote="${CSS.escape(mark.dataset.quote)}"]`).forEach((m) => m.classList.add("active"));
  for (const field of ["quote", "role", "country", "kind"]) {
    panel.querySelector(`[data-field="${field}"]`).textContent = mark.dataset[field] || "—";
  }
  const speaker = panel.querySelector('[data-field="speaker"]');
  speaker.textContent = mark.dataset.speaker;
  if (mark.dataset.actor) speaker.setAttribute("href", "/actors/" + encodeURIComponent(mark.dataset.actor));
  else speaker.removeAttribute("href");
  panel.hidden = false;
}

function showEdge(edge) {
  document.querySelectorAll(".edge.active").forEach((e) => e.classList.remove("active"));
  edge.classList.add("active");
  const wanted = new Set(edge.dataset.histories.split(" "));
  document.querySelectorAll(".history").forEach((h) => { h.hidden = !wanted.has(h.dataset.history); });
  const hint = document.getElementById("evidence-hint");
  if (hint) hint.hidden = true;
}

function activate(event) {
  const mark = event.target.closest("mark[data-quote]");
  if (mark) return showQuote(mark);
  const edge = event.target.closest(".edge");
  if (edge) showEdge(edge);
}

document.addEventListener("click", activate);
document.addEventListener("keydown", (event) => { if (event.key === "Enter") activate(event); });

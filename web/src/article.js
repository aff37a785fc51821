// The article view: the document's text with one event's parts highlighted, and the coded values beside it.
import { api, articleHref, el } from "./api.js";

const ROLES = [
  ["trigger", "trigger · type · status"], ["source", "source"], ["target", "target"], ["date", "date"],
  ["place", "place"], ["attribution", "according to"],
];

// The text cut at every span boundary; each piece knows which roles cover it.
export function pieces(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [a, b] = [points[i], points[i + 1]];
    const roles = spans.filter((s) => s.start <= a && b <= s.end).map((s) => s.role);
    out.push({ text: text.slice(a, b), roles });
  }
  return out;
}

export async function renderArticle(box, state, back) {
  const doc = await api(`documents/${encodeURIComponent(state.doc)}`);
  const chosen = doc.events.find((e) => e.event.id === state.event) || doc.events[0];
  box.replaceChildren();
  el(box, "a", { href: back, class: "back" }, "← back to the events");
  el(box, "h2", {}, doc.title || doc.id);
  el(box, "p", { class: "meta" }, [doc.published, doc.source, doc.id].filter(Boolean).join(" · "));
  const layout = el(box, "div", { class: "reader" });
  const article = el(layout, "article", { class: "text" });
  for (const p of pieces(doc.text, chosen ? chosen.spans : [])) {
    if (!p.roles.length) article.append(p.text);
    else el(article, "span", { class: p.roles.map((r) => `hl hl-${r}`).join(" "), "data-roles": p.roles.join(" ") }, p.text);
  }
  const side = el(layout, "aside");
  if (chosen) coded(side, chosen);
  if (chosen) reports(side, await api(`events/${encodeURIComponent(chosen.event.id)}`));
  others(side, doc, chosen);
  const sentence = article.querySelector(".hl-evidence");
  if (sentence) sentence.scrollIntoView({ block: "center" });
}

function coded(side, { event, spans }) {
  el(side, "h3", {}, "Coded event");
  const table = el(side, "table", { class: "coded", "data-event": event.id });
  for (const [role, name] of ROLES) {
    const span = spans.find((s) => s.role === role);
    if (!span) continue;
    const tr = el(table, "tr", { "data-role": role });
    el(el(tr, "th"), "span", { class: `hl hl-${role}` }, name);
    const cell = el(tr, "td");
    el(cell, "q", {}, span.text);
    el(cell, "div", { class: "value" }, span.value);
  }
  const rows = [["confidence", event.confidence.toFixed(2)], ["event id", event.id]];
  for (const [k, v] of rows) {
    const tr = el(table, "tr");
    el(tr, "th", {}, k);
    el(tr, "td", {}, v);
  }
}

// The other reports of the same happening (the store's cluster), in other documents or this one.
function reports(side, detail) {
  const others = detail.mentions.filter((m) => m.event_id !== detail.event.id);
  const cluster = detail.cluster;
  const summary = cluster ? `${cluster.mentions} report(s) in ${cluster.documents} document(s), ${cluster.sources} source(s)` : "";
  el(side, "h3", {}, "Reports of this event");
  el(side, "p", { class: "reports" }, summary);
  if (!others.length) return;
  const list = el(side, "ul", { class: "mentions" });
  for (const m of others) {
    const item = el(list, "li");
    el(item, "a", { href: articleHref({ doc_id: m.document.id, id: m.event_id }) }, m.document.title || m.document.id);
  }
}

function others(side, doc, chosen) {
  el(side, "h3", {}, `All ${doc.events.length} events in this article`);
  const list = el(side, "ol", { class: "doc-events" });
  for (const { event } of doc.events) {
    const item = el(list, "li", event === chosen?.event ? { class: "current" } : {});
    const parties = [event.source?.name || event.source?.text, event.target?.name || event.target?.text];
    el(item, "a", { href: articleHref(event) }, `${event.type} · ${parties.filter(Boolean).join(" → ") || "—"}`);
  }
}

// The event table: one page of matching events; each row opens the article it was read from.
import { articleHref, el, exploreHref } from "./api.js";
import { TYPE_COLOURS } from "./colours.js";

const COLUMNS = ["date", "type", "source", "target", "status", "place", "article", "conf."];

const who = (actor) => (actor ? `${actor.name || actor.text}${actor.country ? ` (${actor.country})` : ""}` : "—");
const when = (date) => (date ? (date.start === date.end ? date.start : `${date.start} – ${date.end}`) : "—");

export function renderTable(box, page, state) {
  box.replaceChildren();
  const first = page.items.length ? page.offset + 1 : 0;
  const more = page.total_exact ? "" : "+"; // a lower bound: more match, or counting them would be slow
  box.closest("section").querySelector(".count").textContent =
    `${first}–${page.offset + page.items.length} of ${page.total}${more}`;
  if (!page.items.length) return void (box.textContent = "No events match these filters.");
  const table = el(box, "table");
  const head = el(el(table, "thead"), "tr");
  for (const c of COLUMNS) el(head, "th", {}, c);
  const body = el(table, "tbody");
  for (const e of page.items) row(body, e, page.documents[e.doc_id] || {});
  pager(box, page, state);
}

function row(body, e, doc) {
  const tr = el(body, "tr", { "data-event": e.id, "data-doc": e.doc_id, "data-type": e.type });
  el(tr, "td", {}, when(e.date));
  const type = el(tr, "td");
  el(type, "i", { class: "swatch", style: `background:${TYPE_COLOURS[e.type]}` });
  el(type, "a", { href: articleHref(e) }, e.mode ? `${e.type} (${e.mode})` : e.type);
  el(tr, "td", {}, who(e.source));
  el(tr, "td", {}, who(e.target));
  el(tr, "td", {}, e.status);
  el(tr, "td", {}, e.location ? e.location.name : "—");
  el(el(tr, "td"), "a", { href: articleHref(e) }, doc.title || e.doc_id);
  el(tr, "td", { class: "num" }, e.confidence.toFixed(2));
}

function pager(box, page, state) {
  const nav = el(box, "nav", { class: "pager" });
  if (page.offset > 0) {
    el(nav, "a", { href: exploreHref(state, { offset: Math.max(0, page.offset - page.limit) }) }, "← previous");
  }
  if (page.offset + page.items.length < page.total) {
    el(nav, "a", { href: exploreHref(state, { offset: page.offset + page.limit }) }, "next →");
  }
}

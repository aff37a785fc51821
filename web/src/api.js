// Talking to the explorer API, and the links between views (the page's state lives in the URL hash).

// The API's filters (the same as `eventwire events`), plus source/target for a dyad.
export const FILTERS = ["actor", "source", "target", "country", "sector", "type", "mode", "status",
  "since", "until", "place", "bbox", "text", "min_confidence", "doc", "event"];

export function query(params) {
  const pairs = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return pairs.length ? "?" + new URLSearchParams(pairs).toString() : "";
}

export async function api(path, params = {}) {
  const response = await fetch(`/api/${path}${query(params)}`);
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.message} [${body.code}]`);
  return body;
}

// The filters of a state, without paging and view keys: what every chart and the table are asked for.
export function filtersOf(state) {
  return Object.fromEntries(FILTERS.filter((k) => state[k]).map((k) => [k, state[k]]));
}

// A link to the explorer with these filters changed (null removes one); `focus` scrolls to the events.
export function exploreHref(state, changes = {}, focus = true) {
  const next = { ...filtersOf(state), ...changes };
  for (const [k, v] of Object.entries(next)) if (v === null) delete next[k];
  return "#/" + query(focus ? { ...next, focus: "events" } : next);
}

export function articleHref(event) {
  return `#/doc/${encodeURIComponent(event.doc_id)}${query({ event: event.id })}`;
}

export function parseHash(hash) {
  const [path, search] = hash.replace(/^#/, "").split("?");
  const params = Object.fromEntries(new URLSearchParams(search || ""));
  const doc = path.match(/^\/doc\/(.+)$/);
  return doc ? { view: "article", doc: decodeURIComponent(doc[1]), ...params } : { view: "explore", ...params };
}

// The period a timeline bar stands for, as a since/until date pair.
export function periodRange(period) {
  if (period.length === 4) return [`${period}-01-01`, `${period}-12-31`];
  if (period.length === 7) {
    const [y, m] = period.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${period}-01`, `${period}-${String(last).padStart(2, "0")}`];
  }
  return [period, period];
}

export function svgEl(parent, name, attrs = {}) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.appendChild(el);
  return el;
}

export function el(parent, name, attrs = {}, text) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

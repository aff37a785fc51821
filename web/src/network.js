// Actor network: who acts on whom, edges weighted by events and coloured from conflict (red) to
// cooperation (green); nodes link to an actor's events, edges to the dyad's events.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import { exploreHref, svgEl } from "./api.js";
import { toneColour } from "./colours.js";

const label = (name, country) => (country && !name.includes(country) ? `${name} (${country})` : name);

export function graph(dyads) {
  const nodes = new Map();
  const node = (name, country) => {
    if (!nodes.has(name)) nodes.set(name, { id: name, country, events: 0 });
    return nodes.get(name);
  };
  const links = dyads.map((d) => {
    const source = node(d.source, d.source_country);
    const target = node(d.target, d.target_country);
    source.events += d.count;
    target.events += d.count;
    return { source, target, count: d.count, tone: d.tone };
  });
  return { nodes: [...nodes.values()], links };
}

export function renderNetwork(box, dyads, state) {
  box.replaceChildren();
  if (!dyads.length) return void (box.textContent = "No events with both a source and a target match.");
  const { nodes, links } = graph(dyads);
  const radius = (n) => 4 + Math.sqrt(n.events) * 2;
  forceSimulation(nodes)
    .force("link", forceLink(links).distance(90))
    .force("charge", forceManyBody().strength(-260))
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.1))
    .force("collide", forceCollide((n) => radius(n) + 14))
    .stop()
    .tick(300);
  const svg = svgEl(box, "svg", { viewBox: frame(nodes).join(" "), role: "img", "aria-label": "actor network" });
  arrowHead(svg);
  for (const l of links) edge(svg, l, state, radius);
  for (const n of nodes) vertex(svg, n, state, radius);
}

// The box around the nodes and their labels, never smaller than 480 x 300 (so a small graph is not blown up).
function frame(nodes) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [left, right, top, bottom] = [Math.min(...xs) - 90, Math.max(...xs) + 90, Math.min(...ys) - 30, Math.max(...ys) + 30];
  const [w, h] = [Math.max(480, right - left), Math.max(300, bottom - top)];
  return [(left + right - w) / 2, (top + bottom - h) / 2, w, h];
}

function arrowHead(svg) {
  const marker = svgEl(svgEl(svg, "defs"), "marker", {
    id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, orient: "auto",
    markerUnits: "userSpaceOnUse",
  });
  svgEl(marker, "path", { d: "M0,0L10,5L0,10z", fill: "#777" });
}

function edge(svg, l, state, radius) {
  const link = svgEl(svg, "a", { href: exploreHref(state, { actor: null, source: l.source.id, target: l.target.id }) });
  Object.assign(link.dataset, { source: l.source.id, target: l.target.id, count: l.count, tone: l.tone });
  link.setAttribute("class", "edge");
  const dx = l.target.x - l.source.x;
  const dy = l.target.y - l.source.y;
  const len = Math.hypot(dx, dy) || 1;
  const r = radius(l.target) + 3;
  const line = svgEl(link, "line", {
    x1: l.source.x, y1: l.source.y, x2: l.target.x - (dx / len) * r, y2: l.target.y - (dy / len) * r,
    stroke: toneColour(l.tone), "stroke-width": 1.5 + Math.sqrt(l.count) * 1.5, "marker-end": "url(#arrow)",
  });
  svgEl(line, "title").textContent = `${l.source.id} → ${l.target.id}: ${l.count} event${l.count > 1 ? "s" : ""}, `
    + `cooperation score ${l.tone.toFixed(2)}`;
}

function vertex(svg, n, state, radius) {
  const link = svgEl(svg, "a", { href: exploreHref(state, { actor: n.id, source: null, target: null }), class: "node" });
  link.dataset.actor = n.id;
  link.dataset.events = n.events;
  const dot = svgEl(link, "circle", { cx: n.x, cy: n.y, r: radius(n) });
  svgEl(dot, "title").textContent = `${label(n.id, n.country)}: ${n.events} event${n.events > 1 ? "s" : ""}`;
  svgEl(link, "text", { x: n.x, y: n.y - radius(n) - 4, "text-anchor": "middle" }).textContent = label(n.id, n.country);
}

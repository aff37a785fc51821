// Timeline: counts of events by period, stacked by type; every bar links to its events.
import { axisBottom, axisLeft } from "d3-axis";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { exploreHref, periodRange, svgEl } from "./api.js";
import { TYPE_COLOURS, TYPES } from "./colours.js";

const SIZE = { width: 960, height: 220, left: 36, right: 8, top: 8, bottom: 24 };

// Every period from the first to the last, so gaps in time show as gaps.
export function periods(rows, interval) {
  if (!rows.length) return [];
  const sorted = rows.map((r) => r.period).sort();
  if (interval === "day") return [...new Set(sorted)];
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const out = [];
  let [y, m] = first.split("-").map(Number);
  for (;;) {
    const p = interval === "year" ? String(y) : `${y}-${String(m).padStart(2, "0")}`;
    out.push(p);
    if (p >= last) return out;
    if (interval === "year") y += 1;
    else if (m === 12) [y, m] = [y + 1, 1];
    else m += 1;
  }
}

export function renderTimeline(box, rows, state, interval) {
  box.replaceChildren();
  if (!rows.length) return void (box.textContent = "No dated events match.");
  const { width, height, left, right, top, bottom } = SIZE;
  const all = periods(rows, interval);
  const span = Math.min(width - right - left, all.length * 48); // bars at most about 40 px wide
  const x = scaleBand().domain(all).range([left, left + span]).padding(0.15);
  const totals = new Map();
  for (const r of rows) totals.set(r.period, (totals.get(r.period) || 0) + r.count);
  const y = scaleLinear().domain([0, Math.max(...totals.values())]).nice().range([height - bottom, top]);
  const svg = svgEl(box, "svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events over time" });
  const base = new Map();
  const ordered = [...rows].sort((a, b) => TYPES.indexOf(a.type) - TYPES.indexOf(b.type));
  for (const r of ordered) {
    const below = base.get(r.period) || 0;
    base.set(r.period, below + r.count);
    const [since, until] = periodRange(r.period);
    const link = svgEl(svg, "a", { href: exploreHref(state, { type: r.type, since, until }), class: "bar" });
    link.dataset.period = r.period;
    link.dataset.type = r.type;
    link.dataset.count = r.count;
    const bar = svgEl(link, "rect", {
      x: x(r.period), width: Math.max(1, x.bandwidth()), y: y(below + r.count),
      height: y(below) - y(below + r.count), fill: TYPE_COLOURS[r.type],
    });
    svgEl(bar, "title").textContent = `${r.period} · ${r.type}: ${r.count} event${r.count > 1 ? "s" : ""}`;
  }
  const every = Math.ceil(x.domain().length / 12);
  const ticks = x.domain().filter((_, i) => i % every === 0);
  select(svg).append("g").attr("transform", `translate(0,${height - bottom})`).call(axisBottom(x).tickValues(ticks));
  select(svg).append("g").attr("transform", `translate(${left},0)`).call(axisLeft(y).ticks(4));
  legend(box, rows);
}

function legend(box, rows) {
  const present = TYPES.filter((t) => rows.some((r) => r.type === t));
  const list = document.createElement("ul");
  list.className = "legend";
  for (const t of present) {
    const item = document.createElement("li");
    item.innerHTML = `<i style="background:${TYPE_COLOURS[t]}"></i>${t}`;
    list.appendChild(item);
  }
  box.appendChild(list);
}

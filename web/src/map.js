// Map: country outlines from world-atlas, event places as points sized by their number of events;
// every point links to the events at that place.
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import { feature } from "topojson-client";
import { exploreHref, svgEl } from "./api.js";

const SIZE = { width: 640, height: 340 };
let countries = null;

async function outlines() {
  if (!countries) {
    const world = await (await fetch("/static/countries-110m.json")).json();
    countries = feature(world, world.objects.countries);
  }
  return countries;
}

export async function renderMap(box, places, state) {
  const land = await outlines();
  box.replaceChildren();
  const { width, height } = SIZE;
  const projection = geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = geoPath(projection);
  const svg = svgEl(box, "svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "map of event places" });
  svgEl(svg, "path", { d: path({ type: "Sphere" }), class: "sphere" });
  svgEl(svg, "path", { d: path(geoGraticule10()), class: "graticule" });
  for (const country of land.features) {
    const outline = svgEl(svg, "path", { d: path(country), class: "country" });
    svgEl(outline, "title").textContent = country.properties.name;
  }
  if (!places.length) return void svgEl(svg, "text", { x: 20, y: 30 }).append("No events with a place match.");
  const size = scaleSqrt().domain([1, Math.max(...places.map((p) => p.count))]).range([3, 18]);
  for (const p of [...places].sort((a, b) => b.count - a.count)) {
    const [x, y] = projection([p.lon, p.lat]);
    const link = svgEl(svg, "a", { href: exploreHref(state, { place: p.name }), class: "place" });
    Object.assign(link.dataset, { place: p.name, count: p.count });
    const dot = svgEl(link, "circle", { cx: x, cy: y, r: size(p.count) });
    svgEl(dot, "title").textContent = `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.count} event${p.count > 1 ? "s" : ""}`;
  }
}

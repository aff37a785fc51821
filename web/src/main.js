// The explorer page: filters in the URL hash drive the timeline, network, map and table; an article view
// shows the text behind an event.
import { api, el, exploreHref, filtersOf, FILTERS, parseHash } from "./api.js";
import { renderArticle } from "./article.js";
import { STATUSES, TYPES } from "./colours.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderTable } from "./table.js";
import { renderTimeline } from "./timeline.js";

const $ = (selector) => document.querySelector(selector);
let lastExplore = "#/";

function interval(stats) {
  if (!stats.first_date) return "month";
  const days = (Date.parse(stats.last_date) - Date.parse(stats.first_date)) / 86400000;
  return days <= 92 ? "day" : days <= 8 * 366 ? "month" : "year";
}

function fillForm(state) {
  const form = $("#filters");
  for (const input of form.elements) if (input.name) input.value = state[input.name] || "";
}

async function explore(state) {
  const filters = filtersOf(state);
  const page = { limit: 50, offset: state.offset || 0 };
  const stats = await api("stats", filters);
  const by = interval(stats);
  const [timeline, dyads, places, events] = await Promise.all([
    api("timeline", { ...filters, interval: by }), api("dyads", filters), api("places", filters),
    api("events", { ...filters, ...page }),
  ]);
  $("#summary").textContent = `${stats.events} reports of ${stats.clusters} events in ${stats.documents}`
    + ` of ${stats.store.documents} documents`
    + (stats.first_date ? `, ${stats.first_date} to ${stats.last_date}` : "");
  for (const link of document.querySelectorAll(".to-events")) link.href = exploreHref(state);
  renderTimeline($("#timeline .plot"), timeline, state, by);
  renderNetwork($("#network .plot"), dyads, state);
  renderTable($("#events .table"), events, state);
  await renderMap($("#map .plot"), places, state);
  if (state.focus === "events") $("#events").scrollIntoView();
}

async function route() {
  const state = parseHash(location.hash);
  document.body.dataset.state = "loading";
  $("#error").hidden = true;
  $("#explore").hidden = state.view !== "explore";
  $("#article").hidden = state.view !== "article";
  try {
    if (state.view === "explore") {
      lastExplore = location.hash || "#/";
      fillForm(state);
      await explore(state);
    } else {
      await renderArticle($("#article"), state, lastExplore);
    }
    document.body.dataset.state = "ready";
  } catch (error) {
    $("#error").textContent = String(error.message || error);
    $("#error").hidden = false;
    document.body.dataset.state = "error";
  }
}

function setUp() {
  for (const t of TYPES) el($("select[name=type]"), "option", { value: t }, t);
  for (const s of STATUSES) el($("select[name=status]"), "option", { value: s }, s);
  $("#filters").addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.target));
    const kept = filtersOf(parseHash(location.hash));
    const changes = Object.fromEntries(FILTERS.map((k) => [k, k in values ? values[k].trim() || null : kept[k] || null]));
    location.hash = exploreHref({}, changes, false);
  });
  window.addEventListener("hashchange", route);
  route();
}

setUp();

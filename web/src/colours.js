// Colours: event types grouped by PLOVER quad class (blues and greens cooperate, oranges and reds conflict),
// and the cooperation score of a dyad from red (-1) through grey to green (+1).
import { scaleLinear } from "d3-scale";

export const TYPE_COLOURS = {
  AGREE: "#1f4e99", CONSULT: "#3a78c9", SUPPORT: "#6fa3e0", CONCEDE: "#a9c9f0",
  COOPERATE: "#1d7a46", AID: "#3fae6a", RETREAT: "#8fd4a4",
  REQUEST: "#b8860b", ACCUSE: "#e0a030", REJECT: "#f0c060", SANCTION: "#c06a10", THREATEN: "#e88a3a",
  PROTEST: "#a03060", MOBILIZE: "#c05080", COERCE: "#b02020", ASSAULT: "#6e0f0f",
};

export const TYPES = Object.keys(TYPE_COLOURS);
export const STATUSES = ["asserted", "planned", "hypothetical", "negated"];

export const toneColour = scaleLinear().domain([-1, 0, 1]).range(["#c0392b", "#9a9a9a", "#1e8449"]).clamp(true);

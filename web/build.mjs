// Builds the explorer page into src/eventwire/serve/static/ (git-ignored): our JS and CSS bundled with the
// d3 modules by esbuild, plus the data and assets the page loads from installed packages (no CDN).
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "eventwire", "serve", "static");
const modules = join(here, "node_modules");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "swagger"), { recursive: true });
await build({
  entryPoints: [join(here, "src", "main.js"), join(here, "src", "style.css")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["chrome110", "firefox110", "safari16"],
  outdir: out,
  entryNames: "app",
  logLevel: "warning",
});
cpSync(join(here, "index.html"), join(out, "index.html"));
cpSync(join(modules, "world-atlas", "countries-110m.json"), join(out, "countries-110m.json"));
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"]) {
  cpSync(join(modules, "swagger-ui-dist", name), join(out, "swagger", name));
}
console.log(`explorer page built into ${out}`);

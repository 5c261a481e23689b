/**
 * `npm start`: runs server/main.ts as tsx would, without paying tsx's price at every start.
 *
 * tsx compiles each TypeScript file with esbuild and routes every one of the ~1,200 modules the
 * server loads through Node's loader hooks, which costs about a second of start-up. Here the same
 * esbuild (the one tsx itself depends on, so the code compiles exactly as under tsx) bundles the
 * server's own files once, with a few packages only they use (BUNDLED below), into
 * node_modules/.cache/tansiq/start/; every other package stays external and Node loads it from
 * node_modules as usual. Later starts reuse the bundle as long as every file it was built from is
 * unchanged (see `fingerprint`; tsconfig.json, package.json and the lockfile included), checked
 * at every start, so it is never stale: an edit, a `git pull` or an `npm install` rebuilds it
 * (~1 s). Any problem preparing it falls back to running server/main.ts through tsx itself.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = "server/main.ts";
const CACHE = join(ROOT, "node_modules", ".cache", "tansiq", "start");
const MANIFEST = join(CACHE, "manifest.json");
/** Bump when the build options below change. */
const FORMAT = 1;
/** Files that change how the sources compile, or which packages are installed, without being imported. */
const CONFIG_FILES = ["tsconfig.json", "package.json", "package-lock.json"];

/**
 * What must not have changed for the bundle to be reused: the content of the project's own files;
 * for files of node_modules (hundreds), their inode, size and modification time, which a reinstall
 * or a patch changes, at a fraction of the cost of reading them.
 */
function fingerprint(path) {
  if (path.split(sep).includes("node_modules")) {
    const { ino, size, mtimeMs } = statSync(path);
    return `${ino}:${size}:${mtimeMs}`;
  }
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The bundle's entry file when the manifest matches the sources on disk, otherwise null. */
function cachedBundle(esbuildVersion) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || manifest.esbuild !== esbuildVersion || manifest.node !== process.versions.node) return null;
  const entry = join(CACHE, manifest.folder, "main.js");
  if (!existsSync(entry)) return null;
  try {
    for (const [file, print] of Object.entries(manifest.inputs)) if (fingerprint(join(ROOT, file)) !== print) return null;
  } catch {
    return null; // a file is gone
  }
  return entry;
}

/**
 * esbuild gives every bundled module the bundle's `import.meta.url`; the server resolves files
 * next to its sources (../migrations from server/db.ts), so each file keeps its own.
 */
const ownImportMeta = {
  name: "own-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      if (args.path.split(sep).includes("node_modules")) return undefined;
      const source = readFileSync(args.path, "utf8")
        .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path))
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)));
      return { contents: source, loader: "ts" };
    });
  },
};

/**
 * Packages bundled with the server's own code, because loading their hundreds of files one by one
 * is a good part of start-up: only the hub's code (and these) use them, and they keep no state that
 * another copy would have to share. Everything else (graphql above all, which must exist once,
 * Apollo, Express, PGlite with its WebAssembly files, pino…) stays external and Node loads it from
 * node_modules as usual.
 */
const BUNDLED = new Set([
  "zod",
  "drizzle-orm",
  "type-graphql",
  "graphql-scalars",
  "jose",
  "semver",
  "tslib",
  "dataloader",
  "@graphql-yoga/subscription",
  "@graphql-yoga/typed-event-target",
  "@repeaterjs/repeater",
  "@whatwg-node/events",
]);

const packageName = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** The folder of the package Node would load for `name` imported from a file in `dir`. */
function packageFolder(dir, name) {
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "node_modules", name, "package.json"))) return join(folder, "node_modules", name);
    if (dirname(folder) === folder) return null;
  }
}

const chooseExternals = {
  name: "choose-externals",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { external: true };
      const name = packageName(args.path);
      if (BUNDLED.has(name)) return undefined;
      if (!args.importer.split(sep).includes("node_modules")) return { external: true };
      // From a bundled package: external when Node finds the same copy from the bundle's folder
      // (the top-level one) or none (an optional peer that is not installed, as Node would fail
      // only if it were used); a copy nested under that package is bundled with it.
      const folder = packageFolder(args.resolveDir, name);
      return folder === null || folder === join(ROOT, "node_modules", name) ? { external: true } : undefined;
    });
  },
};

async function buildBundle(esbuild) {
  mkdirSync(CACHE, { recursive: true });
  const building = join(CACHE, `building-${process.pid}-${Date.now()}`);
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { main: ENTRY },
      outdir: building,
      bundle: true,
      // The modules main.ts imports with import() become chunks of their own, loaded when asked for.
      splitting: true,
      format: "esm",
      platform: "node",
      target: `node${process.versions.node.split(".")[0]}`,
      plugins: [ownImportMeta, chooseExternals],
      // For the packages bundled below that are CommonJS and require() Node's modules.
      banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
      sourcemap: "linked",
      sourcesContent: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = {};
    for (const file of [...Object.keys(result.metafile.inputs), ...CONFIG_FILES.filter((name) => existsSync(join(ROOT, name)))]) {
      const relativePath = relative(ROOT, resolve(ROOT, file)).split(sep).join("/");
      inputs[relativePath] = fingerprint(join(ROOT, relativePath));
    }
    const folder = createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 16);
    const target = join(CACHE, folder);
    // The folder is named by its inputs: one that exists already (another start built it) is the same.
    if (!existsSync(join(target, "main.js"))) renameSync(building, target);
    const manifest = { format: FORMAT, esbuild: esbuild.version, node: process.versions.node, folder, inputs };
    writeFileSync(`${MANIFEST}.${process.pid}`, JSON.stringify(manifest, null, 1) + "\n");
    renameSync(`${MANIFEST}.${process.pid}`, MANIFEST);
    removeOldBundles(folder);
    return join(target, "main.js");
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** Bundles of earlier sources, once no start can still be loading them. */
function removeOldBundles(keep) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name === keep || name.startsWith("manifest.json")) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > 10 * 60 * 1000) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

async function prepareBundle() {
  // The esbuild tsx runs on; its version is read without loading it, which only a build needs.
  const fromTsx = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
  const { version } = JSON.parse(readFileSync(fromTsx.resolve("esbuild/package.json"), "utf8"));
  return cachedBundle(version) ?? (await buildBundle(fromTsx("esbuild")));
}

let bundle = null;
try {
  bundle = await prepareBundle();
} catch (error) {
  // esbuild's errors name the file and line; any other failure says what it was.
  const first = error?.errors?.[0];
  const reason = first
    ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ""}${first.text}`
    : (error instanceof Error ? error.message : String(error)).split("\n")[0];
  console.warn(`(start: running server/main.ts through tsx: ${reason})`);
}

if (bundle) {
  process.setSourceMapsEnabled(true); // stack traces name the .ts files, as under tsx
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(ROOT, ENTRY)).href);
}

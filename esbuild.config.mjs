// Bundles the compiled CLI into dist/bundle/: one entry plus one chunk per lazily imported command, so
// startup resolves a handful of files instead of hundreds (see bench/). Type-checking stays with tsc.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Chunk names carry content hashes, so stale chunks from earlier builds would pile up in the package.
rmSync('dist/bundle', { recursive: true, force: true });

// Commander requires node:child_process at load time, only to run executable subcommands, which nm-tutor
// never has. Loading it pulls in net and dgram too (several ms of every start), so it is required on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// `import process from 'node:process'` (env-paths, chalk, boxen) builds an ESM facade of the process object,
// which reads every property, and reading process.report loads the diagnostic-report module. The global is
// the same object, so imports of it are pointed at the global instead.
const globalProcess = {
  name: 'global-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 'process', namespace: 'global-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'global-process' }, () => ({ contents: 'export default globalThis.process;', loader: 'js' }));
  },
};

// string-width (wrapText and the tables use it on every start) builds an Intl.Segmenter when it loads: 8 ms of
// ICU setup before the first line is printed. The segmenter is made on first need instead, and a line of
// printable ASCII (nearly every line this tutor prints) is measured by its length without one. The build
// fails if a new string-width no longer has the lines this patches.
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    // Only the string-width this project depends on (7.x, used by wrap-ansi, boxen and theme.ts); ansi-align's
    // older copy (4.x, no segmenter) loads only when boxen draws.
    const ours = path.resolve('node_modules/string-width/index.js');
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      if (args.path !== ours) return undefined;
      const source = await readFile(args.path, 'utf8');
      const patches = [
        ['const segmenter = new Intl.Segmenter();', 'let segmenter;'],
        [
          'for (const {segment: character} of segmenter.segment(string)) {',
          'if (/^[\\x20-\\x7E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n\n\tfor (const {segment: character} of (segmenter ??= new Intl.Segmenter()).segment(string)) {',
        ],
      ];
      let contents = source;
      for (const [from, to] of patches) {
        if (!contents.includes(from)) throw new Error(`lazy-segmenter: "${from}" is not in ${args.path}; update esbuild.config.mjs`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};

// The content cache is keyed by this hash of every source file: a cache written by another build of the tutor
// (whose content objects may have other shapes) is never read.
const buildId = createHash('sha256');
for (const file of readdirSync('src', { recursive: true }).sort()) {
  const full = path.join('src', String(file));
  if (statSync(full).isFile()) buildId.update(`${file}\0`).update(readFileSync(full)).update('\0');
}

await build({
  define: { __NM_TUTOR_BUILD__: JSON.stringify(buildId.digest('hex').slice(0, 16)) },
  // The parser thread for very large packs is loaded by URL, next to the chunk that starts it.
  entryPoints: ['src/cli.ts', 'src/content/parse-worker.ts'],
  entryNames: '[name]',
  plugins: [lazyChildProcess, globalProcess, lazySegmenter],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  logLevel: 'warning',
  // Some dependencies are CommonJS and expect require, __filename and __dirname.
  banner: {
    js: [
      "import { createRequire as __nmCreateRequire } from 'node:module';",
      "import { fileURLToPath as __nmFileURLToPath } from 'node:url';",
      'const require = __nmCreateRequire(import.meta.url);',
      'const __filename = __nmFileURLToPath(import.meta.url);',
      "const __dirname = __nmFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});

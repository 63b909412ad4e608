// Bundles the compiled CLI into dist/bundle/: one entry plus one chunk per lazily imported command, so
// startup resolves a handful of files instead of hundreds (see bench/). Type-checking stays with tsc.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

// Chunk names carry content hashes, so stale chunks from earlier builds would pile up in the package.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli.ts'],
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

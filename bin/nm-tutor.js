#!/usr/bin/env node
// Tiny shim: the CLI is compiled TypeScript, bundled by esbuild into dist/bundle/ (one file per lazy command).
import '../dist/bundle/cli.js';

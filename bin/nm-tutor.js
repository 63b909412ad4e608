#!/usr/bin/env node
// Tiny shim: the CLI itself is compiled TypeScript in dist/.
import '../dist/cli.js';

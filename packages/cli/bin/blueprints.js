#!/usr/bin/env node
// The `blueprints` command. A committed launcher rather than dist/bin.js itself: pnpm links bins when the workspace
// is installed, before anything is built, and warns about a bin whose file does not exist yet.
await import('../dist/bin.js');

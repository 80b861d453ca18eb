#!/usr/bin/env node
// The published bin runs the TypeScript sources through tsx's loader so `npx sitrep` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');

// Loaded by tap into every test process (`node-arg` in .taprc): registers the TypeScript hooks in hooks.mjs.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)

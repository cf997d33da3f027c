import { runPart } from './parts.js'

await runPart(1)

// hostZod.ts: hostBaseline.ts plus one use of zod's types, so that test/package/hostTsc.mjs can
// tell what of yjplan's cost is zod's own declarations (every host of yjplan has zod installed).
import type * as z from 'zod';

export type Name = z.infer<z.ZodString>;
export * from './hostBaseline.js';

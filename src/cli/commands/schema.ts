import { type JsonSchemaName, jsonSchemas } from '../../lifecycle/jsonSchemas.js';
import type { CliIo } from '../io.js';

/**
 * @internal `yjplan schema [name]`: prints one JSON Schema, or all of them keyed by name. Only a
 * schema's own name counts (`toString`, `constructor`, `__proto__` are unknown names).
 */
export function runSchema(io: CliIo, name: string | undefined): number {
  const all = jsonSchemas();
  if (name === undefined) {
    io.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    return 0;
  }
  if (!Object.hasOwn(all, name)) {
    io.stderr.write(
      `yjplan schema: no schema named "${name}". Known: ${Object.keys(all).join(', ')}\n`,
    );
    return 2;
  }
  io.stdout.write(`${JSON.stringify(all[name as JsonSchemaName], null, 2)}\n`);
  return 0;
}

// `npm run schema`: writes the JSON Schemas in schema/ from src/content/json-schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentSchemas } from './content/json-schema.js';
import { packageRoot } from './paths.js';

const dir = path.join(packageRoot, 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(contentSchemas())) {
  writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}`);
}

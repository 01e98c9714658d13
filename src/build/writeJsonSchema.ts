// `npm run questionnaires:schema`: writes questionnaires/schema.json from the valibot schemas, so
// that editors (VS Code with the YAML extension, IntelliJ) complete and check the YAML files.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from './jsonSchema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(root, 'questionnaires/schema.json');
writeFileSync(target, jsonSchemaText());
console.log(`geschrieben: questionnaires/schema.json`);

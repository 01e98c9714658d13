// The JSON Schema for all files in questionnaires/, generated from the one valibot definition.
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import {
  CompatibilityFileSchema,
  ConditionSchema,
  DocumentsFileSchema,
  GlossaryFileSchema,
  LegalFormsFileSchema,
  QuestionnaireSchema,
  ReferencesFileSchema,
  SettingsFileSchema,
  TextMapSchema,
  VatTestFileSchema,
} from '../domain/content/schema.ts';

export function jsonSchemaText(): string {
  const schema = toJsonSchema(
    v.union([
      QuestionnaireSchema,
      ReferencesFileSchema,
      GlossaryFileSchema,
      SettingsFileSchema,
      LegalFormsFileSchema,
      CompatibilityFileSchema,
      VatTestFileSchema,
      DocumentsFileSchema,
    ]),
    {
      target: 'draft-07',
      definitions: { Condition: ConditionSchema, TextMap: TextMapSchema },
    },
  );
  const documented = {
    ...schema,
    title: 'IKZ-Check: Fragebögen, Rechtsgrundlagen und Glossar',
    description: 'Erzeugt mit `npm run questionnaires:schema` aus src/domain/content/schema.ts – nicht von Hand ändern.',
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

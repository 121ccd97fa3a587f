'use server';

import { authorizeContentEditor } from '@/lib/auth/guards';
import { type Messages } from '@/lib/i18n';
import { readerLocale, readerTranslator } from '@/lib/i18n/messages';
import { listQuestionnaireChoices, saveQuestionnaire, type SaveResult } from '@/lib/data/self-assessment-editor';
import { addStatement, removeStatement, setLevels, updateArea, updateStatement } from '@/lib/self-assessment/edit';
import { invalidVersion } from '@/lib/validation/form';
import {
  areaFormSchema,
  levelsFormSchema,
  statementFormSchema,
  statementRemoveSchema,
} from '@/lib/validation/self-assessment-editor';
import type { z } from '@/lib/validation/zod';
import { action, type Revalidate } from './action';

// The questionnaire editor in /redaktion/sjalvskattning, one action per part. Each save is the
// next version (checked against the version the editor started from) and is live at once: the
// next person to answer gets it, while earlier rounds keep the version they answered.

const pages: Revalidate[] = [
  ['/redaktion/sjalvskattning', 'page'],
  ['/min-sida/sjalvskattning', 'layout'],
];

const invalid = (error: z.ZodError) => invalidVersion(error) ?? 'Rätta de markerade fälten. Inget är sparat.';

// Messages with a version number or key come from the catalogue in the reader's language; the fixed
// ones stay Swedish here and are translated by the action pipeline (lib/i18n/messages-en.ts);
// Swedish outside a request (scripts, unit tests).
const words = async () => {
  const t = await readerTranslator();
  return (key: keyof Messages['editorTemplates']['questionnaireActions'], values?: Record<string, string>) =>
    t(`editorTemplates.questionnaireActions.${key}`, values);
};

const saved = async (result: SaveResult) =>
  result.saved
    ? (await words())('saved', { version: String(result.version) })
    : 'Du ändrade inget, så ingen ny version sparades.';

export const saveLevelsAction = action({
  guard: authorizeContentEditor,
  schema: levelsFormSchema,
  invalid,
  run: ({ version, ...f }, { viewer }) =>
    saveQuestionnaire({
      editor: viewer,
      version,
      change: (q) =>
        setLevels(q, [
          { label: f.label1, description: f.description1 },
          { label: f.label2, description: f.description2 },
          { label: f.label3, description: f.description3 },
          { label: f.label4, description: f.description4 },
        ]),
    }),
  revalidate: pages,
  success: saved,
});

export const saveAreaAction = action({
  guard: authorizeContentEditor,
  schema: areaFormSchema,
  arrays: ['courses', 'guides'],
  invalid,
  run: async ({ version, area, ...fields }, { viewer }) => {
    const choices = await listQuestionnaireChoices();
    const published = { courses: choices.courses.map((c) => c.slug), guides: choices.guides.map((g) => g.slug) };
    return saveQuestionnaire({
      editor: viewer,
      version,
      change: (q) => updateArea(q, area, fields, published),
    });
  },
  revalidate: pages,
  success: saved,
});

export const saveStatementAction = action({
  guard: authorizeContentEditor,
  schema: statementFormSchema,
  arrays: ['audiences'],
  invalid,
  run: async ({ version, area, key, ...fields }, { viewer }) => {
    const locale = await readerLocale();
    return saveQuestionnaire({
      editor: viewer,
      version,
      change: (q, usedKeys) =>
        key ? updateStatement(q, key, fields, locale) : addStatement(q, area, fields, usedKeys).questionnaire,
    });
  },
  revalidate: pages,
  success: async (result) =>
    result.saved && result.added.length > 0
      ? (await words())('added', { key: result.added[0]!, version: String(result.version) })
      : saved(result),
});

export const removeStatementAction = action({
  guard: authorizeContentEditor,
  schema: statementRemoveSchema,
  invalid,
  run: async ({ version, key }, { viewer }) => {
    const locale = await readerLocale();
    return saveQuestionnaire({ editor: viewer, version, change: (q) => removeStatement(q, key, locale) });
  },
  revalidate: pages,
  success: async (result) =>
    result.saved ? (await words())('removed', { version: String(result.version) }) : saved(result),
});

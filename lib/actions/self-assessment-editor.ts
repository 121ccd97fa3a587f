'use server';

import { authorizeContentEditor } from '@/lib/auth/guards';
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

const saved = (result: SaveResult) =>
  result.saved
    ? `Sparat som version ${result.version}. Den gäller nu för alla som svarar.`
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
  run: ({ version, area, key, ...fields }, { viewer }) =>
    saveQuestionnaire({
      editor: viewer,
      version,
      change: (q, usedKeys) =>
        key ? updateStatement(q, key, fields) : addStatement(q, area, fields, usedKeys).questionnaire,
    }),
  revalidate: pages,
  success: (result) =>
    result.saved && result.added.length > 0
      ? `Påståendet är tillagt med nyckeln ${result.added[0]} och sparat som version ${result.version}.`
      : saved(result),
});

export const removeStatementAction = action({
  guard: authorizeContentEditor,
  schema: statementRemoveSchema,
  invalid,
  run: ({ version, key }, { viewer }) =>
    saveQuestionnaire({ editor: viewer, version, change: (q) => removeStatement(q, key) }),
  revalidate: pages,
  success: (result) =>
    result.saved
      ? `Påståendet är borttaget och självskattningen sparad som version ${result.version}. Tidigare svar på det finns kvar.`
      : saved(result),
});

// The questionnaire editor's pure edits (issue 17, part 1): a statement keeps its key whatever is
// changed (rounds refer to it), a new statement gets a key its area never used, no area drops
// below two statements for any audience, and links are only to published courses and pages.
import { describe, expect, it } from 'vitest';
import { loadSelfAssessment } from '@/lib/content/loader';
import {
  addStatement,
  nextStatementKey,
  removeStatement,
  setLevels,
  statementKeys,
  updateArea,
  updateStatement,
} from '@/lib/self-assessment/edit';
import type { Questionnaire } from '@/lib/self-assessment/questionnaire';
import { audienceKeys, selfAssessmentFrontmatterSchema } from '@/lib/validation/content';
import { levelsFormSchema, statementFormSchema } from '@/lib/validation/self-assessment-editor';

const { title, version, levels, areas } = loadSelfAssessment().data;
const q: Questionnaire = { title, version, levels, areas };
const area = (questionnaire: Questionnaire, key: string) => questionnaire.areas.find((a) => a.key === key)!;
const valid = (questionnaire: Questionnaire) =>
  selfAssessmentFrontmatterSchema.safeParse({ ...questionnaire, updated: '2027-01-01' }).success;

describe('changing a statement', () => {
  it('keeps its key and place and the other statements, and stores all four audiences as "everyone"', () => {
    const next = updateStatement(q, 'grunder-4', {
      text: 'Jag kan förklara varför jämställdhet är vårt uppdrag.',
      audiences: [...audienceKeys],
    });
    expect(statementKeys(next)).toEqual(statementKeys(q));
    const changed = area(next, 'grunder').statements[3]!;
    expect(changed).toEqual({ key: 'grunder-4', text: 'Jag kan förklara varför jämställdhet är vårt uppdrag.' });
    expect(area(next, 'analys')).toBe(area(q, 'analys'));
    expect(area(q, 'grunder').statements[3]!.audiences).toEqual(['politiker']);
    expect(valid(next)).toBe(true);
  });

  it('keeps the audiences in the usual order', () => {
    const next = updateStatement(q, 'grunder-4', {
      text: area(q, 'grunder').statements[3]!.text,
      audiences: ['medarbetare', 'politiker'],
    });
    expect(area(next, 'grunder').statements[3]!.audiences).toEqual(['politiker', 'medarbetare']);
  });

  it('refuses to leave an audience with fewer than two statements in the area', () => {
    // Politicians have analys-1, -2 and -3; moving two of them to managers leaves one.
    const once = updateStatement(q, 'analys-2', { text: area(q, 'analys').statements[1]!.text, audiences: ['chef'] });
    expect(valid(once)).toBe(true);
    expect(() =>
      updateStatement(once, 'analys-3', { text: area(q, 'analys').statements[2]!.text, audiences: ['chef'] }),
    ).toThrow('Efter ändringen skulle det bli för få för förtroendevalda.');
  });

  it('refuses a key that is not in the questionnaire', () => {
    expect(() =>
      updateStatement(q, 'grunder-99', { text: 'Något nytt att ta ställning till.', audiences: ['chef'] }),
    ).toThrow('Påståendet finns inte längre');
  });
});

describe('adding a statement', () => {
  it('gives it the next key of its area, never one an earlier version used', () => {
    const first = addStatement(
      q,
      'grunder',
      { text: 'Jag vet var jag hittar statistik om kvinnor och män.', audiences: ['chef'] },
      [],
    );
    expect(first.key).toBe('grunder-6');
    expect(area(first.questionnaire, 'grunder').statements.at(-1)).toEqual({
      key: 'grunder-6',
      text: 'Jag vet var jag hittar statistik om kvinnor och män.',
      audiences: ['chef'],
    });
    // grunder-6 and grunder-7 existed in an older version and were removed since.
    const withHistory = addStatement(
      q,
      'grunder',
      { text: 'Ett påstående med en ny nyckel.', audiences: [...audienceKeys] },
      ['grunder-7', 'grunder-6', 'analys-12'],
    );
    expect(withHistory.key).toBe('grunder-8');
    const second = addStatement(
      first.questionnaire,
      'grunder',
      { text: 'Ännu ett nytt påstående här.', audiences: ['strateg'] },
      [],
    );
    expect(second.key).toBe('grunder-7');
    const keys = statementKeys(second.questionnaire);
    expect(new Set(keys).size).toBe(keys.length);
    expect(valid(second.questionnaire)).toBe(true);
  });

  it('counts only keys of the same area', () => {
    expect(nextStatementKey('analys', ['analys-3', 'analysera-9', 'grunder-40', 'analys-x'])).toBe('analys-4');
  });

  it('refuses a ninth statement in an area', () => {
    expect(area(q, 'styrning').statements).toHaveLength(8);
    expect(() => addStatement(q, 'styrning', { text: 'Ett påstående för mycket.', audiences: ['chef'] }, [])).toThrow(
      'Ett område kan ha högst 8 påståenden.',
    );
  });
});

describe('removing a statement', () => {
  it('is allowed while every audience keeps two, and refused below that', () => {
    const one = removeStatement(q, 'grunder-1');
    const two = removeStatement(one, 'grunder-2');
    expect(area(two, 'grunder').statements.map((s) => s.key)).toEqual(['grunder-3', 'grunder-4', 'grunder-5']);
    expect(valid(two)).toBe(true);
    expect(() => removeStatement(two, 'grunder-3')).toThrow(
      'Området "Vad jämställdhet är" måste ha minst två påståenden för varje målgrupp. Efter ändringen skulle det bli för få för förtroendevalda, chefer, strateger, medarbetare.',
    );
    // The questionnaire given is never changed itself.
    expect(area(q, 'grunder').statements).toHaveLength(5);
  });
});

describe('areas and levels', () => {
  const published = { courses: ['konsstereotyper', 'chefens-roll'], guides: ['ordlista'] };

  it('keeps the order of the links that stay, adds new ones last and allows an old unpublished one to stay', () => {
    const before = area(q, 'grunder');
    const next = updateArea(
      q,
      'grunder',
      { ...before, courses: ['chefens-roll', 'politikerns-roll'], guides: ['ordlista'] },
      published,
    );
    expect(area(next, 'grunder').courses).toEqual(['politikerns-roll', 'chefens-roll']);
    expect(area(next, 'grunder').guides).toEqual(['ordlista']);
  });

  it('refuses a new link to a course or page that is not published', () => {
    const before = area(q, 'grunder');
    expect(() => updateArea(q, 'grunder', { ...before, courses: ['hemlig-kurs'] }, published)).toThrow(
      'Välj bara bland de publicerade kurserna.',
    );
    expect(() => updateArea(q, 'grunder', { ...before, guides: ['utkast'] }, published)).toThrow(
      'Välj bara bland de publicerade sidorna',
    );
  });

  it('changes the words of the levels but never their scores', () => {
    const words = q.levels.map((l, i) => ({ label: `Nivå ${i + 1}`, description: `Beskrivningen av nivå ${i + 1}.` }));
    const next = setLevels(q, words);
    expect(next.levels.map((l) => l.score)).toEqual([1, 2, 3, 4]);
    expect(next.levels[2]).toEqual({ score: 3, label: 'Nivå 3', description: 'Beskrivningen av nivå 3.' });
    expect(() => setLevels(q, words.slice(0, 3))).toThrow('fyra nivåer');
  });
});

describe('the forms', () => {
  it('put each message beside its own field', () => {
    const result = statementFormSchema.safeParse({
      version: '3',
      area: 'grunder',
      key: '',
      text: ' kort ',
      audiences: [],
    });
    expect(result.success).toBe(false);
    const fields = result.success ? {} : (result.error.flatten().fieldErrors as Record<string, string[]>);
    expect(fields.text).toEqual(['Skriv minst 10 tecken.']);
    expect(fields.audiences).toEqual(['Välj minst en målgrupp.']);
    const levelsForm = Object.fromEntries(
      [1, 2, 3, 4].flatMap((n) => [
        [`label${n}`, `Nivå ${n}`],
        [`description${n}`, `Beskrivningen av nivå ${n}.`],
      ]),
    );
    const empty = levelsFormSchema.safeParse({ ...levelsForm, version: '1', label2: '   ' });
    expect(empty.success ? {} : empty.error.flatten().fieldErrors).toEqual({
      label2: ['Skriv en benämning av nivån.'],
    });
    expect(levelsFormSchema.safeParse({ ...levelsForm, version: '1' }).success).toBe(true);
  });

  it('refuse a key that could never be a statement key', () => {
    const result = statementFormSchema.safeParse({
      version: '1',
      area: 'grunder',
      key: '../grunder-1',
      text: 'Ett helt vanligt påstående.',
      audiences: ['chef'],
    });
    expect(result.success).toBe(false);
  });
});

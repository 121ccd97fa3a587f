// The server's fixed messages reach an English reader in English (issue 21): validation messages,
// expected errors and the actions' answers are written in Swedish where they are thrown, and
// lib/i18n/messages-en.ts gives each its English. These tests keep that list complete and current,
// and check that the action pipeline hands the reader their language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { messagesEn } = await import('@/lib/i18n/messages-en');
const { answerIn, inLanguage } = await import('@/lib/i18n/messages');

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const files = [...sourceFiles(path.join(root, 'lib')), ...sourceFiles(path.join(root, 'app'))].filter(
  (f) => !f.endsWith(path.join('i18n', 'messages-en.ts')) && !f.endsWith(path.join('i18n', 'sv.ts')),
);
const sources = new Map(files.map((f) => [path.relative(root, f), readFileSync(f, 'utf8')]));

const quoted = String.raw`'((?:[^'\\\n]|\\.)*)'`;
const shapes = [
  // Expected errors thrown with a fixed message.
  new RegExp(String.raw`\b(?:invalid|notFound|conflict|forbidden|unauthenticated)\(\s*${quoted}`, 'g'),
  // An action's fixed refusal or answer.
  new RegExp(String.raw`\b(?:invalid|success):\s*${quoted}`, 'g'),
];
/** zod's messages: every sentence-like string in lib/validation (a space, and a full stop or question mark at the end). */
const sentence = new RegExp(quoted, 'g');

function fixedMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [file, text] of sources) {
    for (const shape of shapes) for (const [, message] of text.matchAll(shape)) found.set(message!, file);
    if (!file.startsWith(path.join('lib', 'validation'))) continue;
    for (const [, message] of text.matchAll(sentence)) {
      if (/\s/.test(message!) && /[.?]$/.test(message!) && /[a-zåäö]/.test(message!)) found.set(message!, file);
    }
  }
  return found;
}

describe('the English of the fixed messages', () => {
  it('has every fixed Swedish message the server returns', () => {
    const found = fixedMessages();
    // The scan finds what it should: the messages of validation, errors and actions.
    expect(found.size).toBeGreaterThan(300);
    expect(found.get('Skriv ditt svar innan du sparar.')).toBe(path.join('lib', 'validation', 'learning.ts'));
    const missing = [...found].filter(([message]) => !Object.hasOwn(messagesEn, message));
    expect(missing).toEqual([]);
  });

  it('has no message the code no longer returns, and none left in Swedish', () => {
    const all = [...sources.values()].join('\n');
    const stale = Object.keys(messagesEn).filter((message) => !all.includes(`'${message}'`));
    expect(stale).toEqual([]);
    // Swedish letters in the English are a sign of a message left in Swedish; place names are not.
    const swedish = (en: string) => /[åäö]/i.test(en.replace(/Sjöstad/g, ''));
    const untranslated = Object.entries(messagesEn).filter(([sv, en]) => en.trim() === '' || en === sv || swedish(en));
    expect(untranslated).toEqual([]);
  });
});

describe('messages built from values', () => {
  // zod.ts's generic fallbacks answer crafted requests; content.ts checks the content files for
  // developers (its messages reach no reader).
  const validation = [...sources].filter(
    ([file]) =>
      file.startsWith(path.join('lib', 'validation')) && !['zod.ts', 'content.ts'].includes(path.basename(file)),
  );
  const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  function walk(node: ts.Node, visit: (node: ts.Node) => void) {
    visit(node);
    node.forEachChild((child) => walk(child, visit));
  }

  /** The template literals with Swedish letters in a source (comments are not part of the tree). */
  function swedishTemplates(file: string, text: string): string[] {
    const found: string[] = [];
    walk(parse(file, text), (node) => {
      if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (/[åäö]/i.test(node.getText())) found.push(`${file}: ${node.getText()}`);
      }
    });
    return found;
  }

  // oneLine's default, a fallback that no form field uses (the next test).
  const allowed = [`${path.join('lib', 'validation', 'form.ts')}: \`Skriv högst \${max} tecken.\``];

  it('has no message in lib/validation made with a template literal, which messages-en.ts cannot look up', () => {
    // A message with a limit is written out (a test holds it equal to the limit); one that names a
    // value gives its key under serverMessages with namingValues (lib/validation/form.ts).
    const found = validation.flatMap(([file, text]) => swedishTemplates(file, text));
    expect(found.filter((t) => !allowed.includes(t))).toEqual([]);
    // The scan sees what it should.
    expect(swedishTemplates('x.ts', 'const a = `Högst ${n} tecken.`; // `Skriv ${n}`\n/* `å` */')).toEqual([
      'x.ts: `Högst ${n} tecken.`',
    ]);
  });

  it('gives every one-line field its own written-out message for a text too long', () => {
    const relying: string[] = [];
    for (const [file, text] of validation) {
      walk(parse(file, text), (node) => {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'oneLine') return;
        const [options] = node.arguments;
        const gives =
          options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some(
            // A spread is a helper's messages, whose type requires tooLong (guide.ts, course-editor.ts).
            (p) => ts.isSpreadAssignment(p) || p.name?.getText() === 'tooLong',
          );
        if (!gives) relying.push(`${file}: ${node.getText()}`);
      });
    }
    expect(relying).toEqual([]);
  });
});

describe('the action pipeline answers in the reader’s language', () => {
  const refused = {
    status: 'error' as const,
    message: 'Rätta de markerade fälten.',
    fieldErrors: { text: ['Skriv ditt svar innan du sparar.'], other: ['Ett namn som inte finns i listan, Åsa'] },
  };

  it('translates the message and each field error for an English reader, and keeps what it does not know', () => {
    expect(answerIn(refused, 'en')).toEqual({
      status: 'error',
      message: 'Correct the marked fields.',
      fieldErrors: { text: ['Write your answer before you save.'], other: ['Ett namn som inte finns i listan, Åsa'] },
    });
  });

  it('leaves a Swedish reader’s answer as it is', () => {
    expect(answerIn(refused, 'sv')).toBe(refused);
    expect(inLanguage('Rätta de markerade fälten.', 'sv')).toBe('Rätta de markerade fälten.');
  });

  it('names a refused row of a competence plan in the reader’s language, its name and its message', async () => {
    const { planSchema } = await import('@/lib/validation/competence-plan');
    const { planFieldErrors } = await import('@/lib/plans/row-errors');
    const result = planSchema.safeParse({
      year: '2027',
      unitId: 'u1',
      goals: [{ courseId: 'c1', audience: 'alla', targetPercent: '120' }],
      activities: [{ kind: 'annat', title: '', month: '13', courseId: '' }],
    });
    if (result.success) throw new Error('the plan should be refused');
    const swedish = planFieldErrors(result.error, 'sv');
    expect(swedish.goals).toContain('Mål 1: Målet kan inte vara över 100 %.');
    expect(swedish.activities?.every((m) => m.startsWith('Aktivitet 1: '))).toBe(true);
    const english = planFieldErrors(result.error, 'en');
    expect(english.goals).toContain('Goal 1: The goal cannot be over 100%.');
    expect(english.activities?.every((m) => m.startsWith('Activity 1: '))).toBe(true);
    // Every row message is English through and through.
    expect(
      Object.values(english)
        .flat()
        .filter((m) => /Mål|Aktivitet|[åäö]/.test(m!)),
    ).toEqual([]);
  });

  it('does not read inherited keys as messages', () => {
    expect(inLanguage('constructor', 'en')).toBe('constructor');
  });
});

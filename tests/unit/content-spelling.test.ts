import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { plainTextOf } from '@/lib/search/text';
import { locales } from '@/lib/i18n/config';

// Spelling, checked with a Swedish dictionary: Debian's hunspell with hunspell-sv (CI installs both,
// see .ci/run). Every content file is checked: the Markdown body and the frontmatter texts a reader
// sees (titles, summaries, questions, options, explanations, notes, checklist items). Words the
// dictionary lacks but that are right (names, abbreviations, the portal's own terms such as
// "lärväg") go in content/ordlista-stavning.txt: one word per line, sorted, each one in use.

const root = path.resolve(import.meta.dirname, '../../content');
const wordListFile = path.join(root, 'ordlista-stavning.txt');

// Frontmatter fields that are keys, slugs, addresses or numbers rather than text, and the source
// lists (their titles are often in English and are quoted as the publisher wrote them).
const notText = new Set([
  'sources',
  'url',
  'key',
  'slug',
  'course',
  'courses',
  'lesson',
  'linkedCourses',
  'guides',
  'related',
  'topics',
  'audiences',
  'audience',
  'kind',
  'video',
  'captions',
  'updated',
  'date',
  'skrEdition',
]);

// Content written in another language lives in a folder named for it (content/pages/en).
const otherLanguages = new Set(locales.filter((locale) => locale !== 'sv'));

function contentFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return otherLanguages.has(name as never) ? [] : contentFiles(file);
      return name.endsWith('.md') && name !== 'README.md' ? [file] : [];
    });
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (notText.has(k) ? [] : texts(v)));
  return [];
}

// Words with letters; a hyphenated compound (CEMR-deklarationen) is one word, and so is the first
// part of "hälso- och sjukvård". A full stop stays with its word, so that hunspell can accept an
// abbreviation ("prop.") and the word list can hold one ("skr."). An abbreviation's ending after a
// colon (SKR:s, APT:n) is not a word of its own: the abbreviation is checked.
function wordsIn(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*(?:-(?=\s|$)|\.)?/gu) ?? [])
    .map((w) => w.replace(/:\p{Ll}{1,3}(\.?)$/u, '$1'))
    .filter((w) => /\p{L}/u.test(w));
}

/** The forms of a word that the word list may hold: without a sentence's full stop, and in lower case at the start of a sentence. */
function listForms(word: string): string[] {
  const forms = word.endsWith('.') ? [word, word.slice(0, -1)] : [word];
  return forms.flatMap((f) => [f, f[0]!.toLowerCase() + f.slice(1)]);
}

const files = contentFiles(root).map((file) => {
  const { data, content } = matter(readFileSync(file, 'utf8'));
  const text = [...texts(data), content].map((t) => plainTextOf(t).text).join('\n');
  return { file: path.relative(root, file), words: [...new Set(wordsIn(text))] };
});

/** The words hunspell (sv_SE) does not know, or an error message if it cannot run. */
function unknownToHunspell(words: string[]): { unknown: Set<string> } | { error: string } {
  // Pipe mode (-a): one answer per input line, each followed by an empty line. "^" makes hunspell
  // read the rest of the line as text even when it starts with a command character.
  const result = spawnSync('hunspell', ['-d', 'sv_SE', '-i', 'utf-8', '-a'], {
    input: words.map((w) => `^${w}\n`).join(''),
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : result.stderr.trim();
    return {
      error:
        'Stavningskontrollen kräver hunspell med svensk ordlista (Debian: apt-get install hunspell hunspell-sv), ' +
        `men den gick inte att köra: ${why}`,
    };
  }
  const answers = result.stdout.split('\n').slice(1).join('\n').split(/\n\n/);
  if (answers.length < words.length) return { error: `hunspell svarade på ${answers.length} av ${words.length} ord.` };
  const unknown = new Set<string>();
  words.forEach((word, i) => {
    if (answers[i]!.split('\n').some((line) => line.startsWith('&') || line.startsWith('#'))) unknown.add(word);
  });
  return { unknown };
}

const wordList = readFileSync(wordListFile, 'utf8')
  .split('\n')
  .filter((line) => line !== '');
const accepted = new Set(wordList);
const allWords = [...new Set(files.flatMap((f) => f.words))];
const inList = (word: string) => listForms(word).some((form) => accepted.has(form));
// Words hunspell must know and must not know: proof that the dictionary is really in use.
const probes = { known: 'jämställdhetsarbete', unknown: 'jämställdhett' };

describe('spelling of the content (hunspell sv_SE and content/ordlista-stavning.txt)', () => {
  const checked = unknownToHunspell([...allWords, ...wordList, probes.known, probes.unknown]);

  it('can run hunspell with the Swedish dictionary', () => {
    // Not a skip: without the dictionary nothing would be checked, and CI installs it.
    if ('error' in checked) return expect.fail(checked.error);
    expect(checked.unknown.has(probes.known), probes.known).toBe(false);
    expect(checked.unknown.has(probes.unknown), probes.unknown).toBe(true);
  });

  it('knows every word of every content file, or finds it in the word list', () => {
    if ('error' in checked) return expect.fail(checked.error);
    expect(files.length).toBeGreaterThan(50);
    const problems = files
      .map((f) => ({ file: f.file, words: f.words.filter((w) => checked.unknown.has(w) && !inList(w)).sort() }))
      // "Ord." and "Ord" are one problem: show the word once.
      .map((f) => ({ ...f, words: f.words.filter((w, _, all) => !(w.endsWith('.') && all.includes(w.slice(0, -1)))) }))
      .filter((f) => f.words.length > 0)
      .map((f) => `${f.file}: ${f.words.join(', ')}`);
    expect(
      problems,
      `Okända ord. Rätta stavningen, eller lägg ett rätt stavat ord i content/ordlista-stavning.txt:\n${problems.join('\n')}`,
    ).toEqual([]);
  });

  it('keeps the word list sorted, without repeats, and with words the dictionary lacks and the content uses', () => {
    if ('error' in checked) return expect.fail(checked.error);
    const sorted = [...wordList].sort((a, b) => a.localeCompare(b, 'sv'));
    expect(wordList, 'content/ordlista-stavning.txt ska vara sorterad').toEqual(sorted);
    expect(new Set(wordList).size, 'content/ordlista-stavning.txt har dubbletter').toBe(wordList.length);
    const known = wordList.filter((w) => !checked.unknown.has(w));
    expect(known, 'de här orden känner hunspell redan till: ta bort dem ur listan').toEqual([]);
    const used = new Set(allWords.flatMap(listForms));
    const unused = wordList.filter((w) => !used.has(w));
    expect(unused, 'de här orden används inte längre i content/: ta bort dem ur listan').toEqual([]);
  });
});

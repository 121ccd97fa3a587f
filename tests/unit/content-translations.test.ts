// Courses, lessons and learning paths in English beside the Swedish (issue 21): the loader reads
// content/courses/<slug>/en/ and content/paths/en/, refuses a version that would grade or play
// differently, and the reader gets the version in their language only where it exists and fits.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentRoot, loadCourses, loadGuides, loadPaths } from '@/lib/content/loader';
import {
  localizeCourse,
  localizeLesson,
  localizePath,
  passageLang,
  readTranslations,
  courseTextSchema,
} from '@/lib/learning/translations';

const courses = loadCourses();
const course = (slug: string) => courses.find((c) => c.slug === slug)!;

describe('the English content', () => {
  it.each(['introduktion-jamstalldhetsintegrering', 'konsstereotyper'])(
    'has the whole %s course in English, every lesson, with the Swedish answers and films',
    (slug) => {
      const c = course(slug);
      expect(c.translations.en?.title).toMatch(/^[A-Z]/);
      expect(c.translations.en?.title).not.toBe(c.data.title);
      for (const lesson of c.lessons) {
        const en = lesson.translations.en;
        expect(en, lesson.slug).toBeDefined();
        expect(en!.title).not.toBe(lesson.data.title);
        if (lesson.data.kind === 'quiz') {
          expect(en!.questions).toHaveLength(lesson.data.questions.length);
          lesson.data.questions.forEach((q, i) => expect(en!.questions![i]!.options).toHaveLength(q.options.length));
        }
        if (lesson.data.kind === 'video') {
          expect(en!.captions).toMatch(/\.en\.vtt$/);
          const file = path.join(contentRoot, '../public', en!.captions!);
          expect(readFileSync(file, 'utf8')).toMatch(/^WEBVTT/);
        }
        if (lesson.data.kind === 'reflection') expect(en!.prompt).toBeTruthy();
      }
    },
  );

  it('has all four learning paths in English, with the same courses', () => {
    const paths = loadPaths();
    expect(paths.map((p) => [p.slug, Boolean(p.translations.en)])).toEqual([
      ['chef', true],
      ['medarbetare', true],
      ['politiker', true],
      ['strateg', true],
    ]);
    expect(paths.find((p) => p.slug === 'medarbetare')!.translations.en!.title).toMatch(/employees/i);
  });

  it('has the central guidance pages in English, each linking where its Swedish page links, under the same headings', () => {
    const guides = loadGuides();
    const english = guides.filter((g) => g.translations.en).map((g) => g.slug);
    expect(english).toEqual(
      expect.arrayContaining([
        'jamstalldhetsintegrering',
        'for-medarbetare',
        'for-chefer',
        'for-fortroendevalda',
        'for-strateger',
      ]),
    );
    const links = (body: string) => [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).sort();
    const headings = (body: string) =>
      body
        .split('\n')
        .filter((line) => /^#{2,6} /.test(line))
        .map((line) => line.split(' ')[0]);
    for (const guide of guides.filter((g) => g.translations.en)) {
      const en = guide.translations.en!;
      expect(en.title, guide.slug).not.toBe(guide.data.title);
      expect(links(en.body), guide.slug).toEqual(links(guide.body));
      expect(headings(en.body), guide.slug).toEqual(headings(guide.body));
    }
  });

  it('leaves a course without an English folder Swedish only', () => {
    const untranslated = courses.filter((c) => !existsSync(path.join(contentRoot, 'courses', c.slug, 'en')));
    expect(untranslated.length).toBeGreaterThan(0);
    for (const c of untranslated) expect(c.translations).toEqual({});
  });
});

describe('the loader refuses an English version that does not fit the Swedish', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A copy of the stereotypes course whose English file `file` is changed by `change`. */
  function withChange(file: string, change: (text: string) => string) {
    const root = mkdtempSync(path.join(tmpdir(), 'content-en-'));
    dirs.push(root);
    cpSync(path.join(contentRoot, 'courses', 'konsstereotyper'), path.join(root, 'courses', 'konsstereotyper'), {
      recursive: true,
    });
    const target = path.join(root, 'courses', 'konsstereotyper', 'en', file);
    writeFileSync(target, change(existsSync(target) ? readFileSync(target, 'utf8') : ''));
    return root;
  }

  it('loads the unchanged copy', () => {
    expect(loadCourses(withChange('course.md', (t) => t))[0]!.translations.en).toBeDefined();
  });

  it('when a knowledge check marks another answer right', () => {
    const root = withChange('06-kunskapskontroll.md', (text) => {
      const first = text.indexOf('        correct: true\n');
      // Move the first question's mark to the option above it.
      const lines = text.slice(0, first).split('\n');
      const option = lines.findLastIndex((l, i) => i < lines.length - 2 && l.startsWith('      - text:'));
      lines.splice(option + 1, 0, '        correct: true');
      return lines.join('\n') + text.slice(first + '        correct: true\n'.length);
    });
    expect(() => loadCourses(root)).toThrow(/06-kunskapskontroll\.md: Antalet frågor .* som i den svenska filen/);
  });

  it('when a lesson is of another kind, or shows another film', () => {
    expect(() =>
      loadCourses(
        withChange('01-vad-ar-konsstereotyper.md', (t) => t.replace('kind: reading', 'kind: reflection\nprompt: "x"')),
      ),
    ).toThrow(/kind ska vara samma/);
    expect(() =>
      loadCourses(withChange('03-film-bilder-och-ord.md', (t) => t.replace('konsstereotyper-bilder.mp4', 'annan.mp4'))),
    ).toThrow(/video ska vara samma/);
    expect(() =>
      loadCourses(
        withChange('03-film-bilder-och-ord.md', (t) =>
          t.replace('konsstereotyper-bilder.en.vtt', 'konsstereotyper-bilder.vtt'),
        ),
      ),
    ).toThrow(/captions ska vara textningen på det här språket/);
  });

  it('when the English file has no Swedish lesson of the same name', () => {
    expect(() => loadCourses(withChange('07-extra.md', () => '---\ntitle: "Extra"\nkind: reading\n---\nText'))).toThrow(
      /07-extra\.md: det finns ingen svensk lektion/,
    );
  });

  it('when the course is for other audiences or takes another time', () => {
    expect(() => loadCourses(withChange('course.md', (t) => t.replace(/minutes: \d+/, 'minutes: 5')))).toThrow(
      /audiences, topics och minutes/,
    );
  });
});

describe('a reader sees the version in their language where it exists and fits', () => {
  const quizData = JSON.stringify({
    passMark: 0.5,
    questions: [
      { question: 'Fråga?', options: [{ text: 'Ja', correct: true }, { text: 'Nej' }], explanation: 'För att.' },
    ],
  });
  const english = {
    en: {
      title: 'Knowledge check',
      body: 'Answer.',
      questions: [{ question: 'Question?', options: ['Yes', 'No'], explanation: 'Because.' }],
    },
  };
  const quiz = { kind: 'QUIZ' as const, title: 'Kunskapskontroll', body: 'Svara.', data: quizData };

  it('keeps the Swedish answers and pass mark, with the English texts', () => {
    const lesson = localizeLesson({ ...quiz, translations: JSON.stringify(english) }, 'en');
    expect(lesson.lang).toBe('en');
    expect(lesson.title).toBe('Knowledge check');
    expect(JSON.parse(lesson.data)).toEqual({
      passMark: 0.5,
      questions: [
        { question: 'Question?', options: [{ text: 'Yes', correct: true }, { text: 'No' }], explanation: 'Because.' },
      ],
    });
  });

  it('gives the whole Swedish lesson when the English no longer fits (an option added since)', () => {
    const changed = JSON.parse(quizData);
    changed.questions[0].options.push({ text: 'Kanske' });
    const lesson = localizeLesson(
      { ...quiz, data: JSON.stringify(changed), translations: JSON.stringify(english) },
      'en',
    );
    expect(lesson).toMatchObject({ lang: 'sv', title: 'Kunskapskontroll', body: 'Svara.' });
    expect(lesson.data).toBe(JSON.stringify(changed));
  });

  it('gives Swedish to a Swedish reader, and where there is no version or it is broken', () => {
    expect(localizeLesson({ ...quiz, translations: JSON.stringify(english) }, 'sv').lang).toBe('sv');
    expect(localizeLesson({ ...quiz, translations: '{}' }, 'en')).toMatchObject({
      lang: 'sv',
      title: 'Kunskapskontroll',
    });
    expect(localizeLesson({ ...quiz, translations: '{"en": {"title": ""}}' }, 'en').lang).toBe('sv');
    expect(localizeLesson({ ...quiz, translations: 'not json' }, 'en').lang).toBe('sv');
    expect(readTranslations(courseTextSchema, '{"sv": {"title": "x", "summary": "y", "description": ""}}')).toEqual({});
  });

  it('translates a course, a course card and a path, and marks passages only where the language differs', () => {
    const translations = JSON.stringify({ en: { title: 'Course', summary: 'About', description: 'Text' } });
    expect(localizeCourse({ title: 'Kurs', summary: 'Om', description: 'Text', translations }, 'en')).toEqual({
      title: 'Course',
      summary: 'About',
      description: 'Text',
      lang: 'en',
    });
    // A card has no description, and gets none.
    expect(localizeCourse({ title: 'Kurs', summary: 'Om', translations }, 'en')).toEqual({
      title: 'Course',
      summary: 'About',
      lang: 'en',
    });
    const path = { title: 'Lärväg', summary: 'Om', intro: 'Intro', translations: '{}' };
    expect(localizePath(path, 'en')).toEqual({ title: 'Lärväg', summary: 'Om', intro: 'Intro', lang: 'sv' });
    expect(passageLang('en', 'sv')).toBe('sv');
    expect(passageLang('en', 'en')).toBeUndefined();
    expect(passageLang('sv')).toBeUndefined();
  });

  it('gives the Swedish lesson when it has become another kind since it was translated', () => {
    const reading = { kind: 'READING' as const, title: 'Läsning', body: 'Text', data: '{}' };
    const translated = JSON.stringify({ en: { kind: 'READING', title: 'Reading', body: 'Text' } });
    expect(localizeLesson({ ...reading, translations: translated }, 'en').title).toBe('Reading');
    const video = {
      kind: 'VIDEO' as const,
      title: 'Film',
      body: 'Text',
      data: JSON.stringify({ video: '/media/a.mp4', captions: '/media/a.vtt', duration: '1 min' }),
    };
    expect(localizeLesson({ ...video, translations: translated }, 'en')).toMatchObject({ lang: 'sv', title: 'Film' });
  });

  it('uses the English captions of a film, keeping the film itself', () => {
    const lesson = localizeLesson(
      {
        kind: 'VIDEO',
        title: 'Film',
        body: 'Text',
        data: JSON.stringify({ video: '/media/a.mp4', captions: '/media/a.vtt', duration: '1 min' }),
        translations: JSON.stringify({ en: { title: 'Film', body: 'Text', captions: '/media/a.en.vtt' } }),
      },
      'en',
    );
    expect(JSON.parse(lesson.data)).toEqual({ video: '/media/a.mp4', captions: '/media/a.en.vtt', duration: '1 min' });
  });
});

describe('publishing from the course editor', () => {
  it('keeps the English of every lesson it does not change (the same fingerprint after the editor’s round trip)', async () => {
    const { lessonDraftToRow, rowToLessonDraft } = await import('@/lib/learning/course-draft');
    const { lessonSource } = await import('@/lib/learning/translations');
    for (const slug of ['introduktion-jamstalldhetsintegrering', 'konsstereotyper']) {
      course(slug).lessons.forEach((lesson, i) => {
        const { kind, title, ...rest } = lesson.data;
        const row = {
          slug: lesson.slug,
          kind: kind.toUpperCase() as 'READING' | 'VIDEO' | 'REFLECTION' | 'QUIZ',
          title,
          body: lesson.body,
          data: JSON.stringify(rest),
        };
        const published = lessonDraftToRow(rowToLessonDraft(row), i + 1);
        expect(lessonSource(published), `${slug}/${lesson.slug}`).toBe(lessonSource(row));
      });
    }
  });
});

'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { describedBy, ErrorText } from '@/components/ui/field';
import { quizVersionFits } from '@/lib/learning/lesson-data';
import type { CourseDraft, LessonDraft } from '@/lib/validation/course-editor';
import { TextInput } from './inputs';

// The English version of a course and of each lesson, edited beside the Swedish in the same form,
// saved in the same revision and published with it. Only texts are written here: a lesson's kind,
// film, questions' number, options' number and right answers are the Swedish lesson's.

type Version = NonNullable<NonNullable<LessonDraft['translations']>['en']>;
type Quiz = Extract<LessonDraft, { kind: 'QUIZ' }>;
type QuizVersion = NonNullable<NonNullable<Quiz['translations']>['en']>;
type EnglishQuestion = NonNullable<QuizVersion['questions']>[number];

/** The English questions in the Swedish quiz's shape: one per question and option, missing texts empty. */
function fitQuestions(quiz: Quiz, english: readonly EnglishQuestion[] = []): EnglishQuestion[] {
  return quiz.questions.map((q, i) => ({
    question: english[i]?.question ?? '',
    options: q.options.map((_, j) => english[i]?.options[j] ?? ''),
    explanation: english[i]?.explanation ?? '',
  }));
}

/** Whether the English questions have the Swedish quiz's questions and options (else readers get Swedish). */
export function fitsSwedish(lesson: LessonDraft): boolean {
  const version = lesson.translations?.en;
  if (lesson.kind !== 'QUIZ' || !version || !('questions' in version)) return true;
  return quizVersionFits(lesson.questions, version.questions ?? []);
}

/** A new, empty English version in the lesson's shape, written from the Swedish as it is now. */
function emptyVersion(lesson: LessonDraft): Version {
  const base = { kind: lesson.kind, upToDate: true, title: '', body: '' };
  if (lesson.kind === 'REFLECTION') return { ...base, prompt: '' };
  if (lesson.kind === 'QUIZ') return { ...base, questions: fitQuestions(lesson) };
  return base;
}

/** The lesson after a change to its Swedish texts: its English version no longer says it matches. */
export function swedishChanged(lesson: LessonDraft): LessonDraft {
  const version = lesson.translations?.en;
  if (!version?.upToDate) return lesson;
  return { ...lesson, translations: { ...lesson.translations, en: { ...version, upToDate: false } } } as LessonDraft;
}

/** The course after a change to its Swedish name, summary or description: its English version no longer says it matches. */
export function courseSwedishChanged(draft: CourseDraft): CourseDraft {
  const version = draft.translations?.en;
  if (!version?.upToDate) return draft;
  return { ...draft, translations: { ...draft.translations, en: { ...version, upToDate: false } } };
}

type Errors = Record<string, string>;

/** After adding or removing a version the button pressed is gone: focus goes to what took its place. */
const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus());
const hasErrorUnder = (errors: Errors, id: string) => Object.keys(errors).some((key) => key.startsWith(`${id}`));

/** A fold that opens by itself when a problem is inside it, so the error summary's links lead somewhere. */
function Fold({
  id,
  summary,
  errors,
  children,
}: {
  id: string;
  summary: string;
  errors: Errors;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      id={id}
      tabIndex={-1}
      open={open || hasErrorUnder(errors, id)}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="rounded border border-slate-300 bg-slate-50 p-4"
    >
      <summary className="cursor-pointer font-medium text-brand-700 underline">{summary}</summary>
      {/* A group named like the fold, so its fields ("Rubrik") are told apart from the Swedish ones. */}
      <fieldset className="mt-3 space-y-3">
        <legend className="sr-only">{summary}</legend>
        {children}
      </fieldset>
    </details>
  );
}

/** "The English matches the Swedish as it is now": a save stamps the version as written from it. */
function MatchesBox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useTranslations('editorLearning');
  return (
    <label className="flex items-start gap-2">
      <input type="checkbox" className="mt-1" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{t('english.upToDate')}</span>
    </label>
  );
}

export function CourseEnglish({
  draft,
  onChange,
  errors,
}: {
  draft: CourseDraft;
  onChange: (translations: CourseDraft['translations']) => void;
  errors: Errors;
}) {
  const t = useTranslations('editorLearning');
  const version = draft.translations?.en;
  const id = 'course-en';
  const set = (patch: Partial<NonNullable<typeof version>>) => onChange({ en: { ...version!, ...patch } });
  return (
    <Fold id={id} summary={t('english.course')} errors={errors}>
      <p>{!version ? t('english.none') : version.upToDate ? t('english.current') : t('english.courseOutdated')}</p>
      <ErrorText id={id} error={errors[id]} />
      {version ? (
        <>
          <MatchesBox checked={Boolean(version.upToDate)} onChange={(upToDate) => set({ upToDate })} />
          <TextInput
            id={`${id}-title`}
            lang="en"
            label={t('editor.title')}
            value={version.title}
            onChange={(title) => set({ title })}
            error={errors[`${id}-title`]}
          />
          <TextInput
            id={`${id}-summary`}
            lang="en"
            label={t('editor.summary')}
            value={version.summary}
            onChange={(summary) => set({ summary })}
            error={errors[`${id}-summary`]}
          />
          <TextInput
            id={`${id}-description`}
            lang="en"
            multiline
            label={t('editor.description')}
            value={version.description}
            onChange={(description) => set({ description })}
            error={errors[`${id}-description`]}
          />
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              onChange({});
              focusSoon(`${id}-add`);
            }}
          >
            {t('english.remove')}
          </button>
        </>
      ) : (
        <button
          id={`${id}-add`}
          type="button"
          className="btn-secondary"
          onClick={() => {
            onChange({ en: { upToDate: true, title: '', summary: '', description: '' } });
            focusSoon(`${id}-title`);
          }}
        >
          {t('english.addCourse')}
        </button>
      )}
    </Fold>
  );
}

type LessonProps = { index: number; lesson: LessonDraft; onChange: (lesson: LessonDraft) => void; errors: Errors };

/** The state of a lesson's English version, in words (shown above its fold, so it reads at a glance). */
function useStatus(lesson: LessonDraft): string {
  const t = useTranslations('editorLearning.english');
  const version = lesson.translations?.en;
  if (!version) return t('none');
  if (!fitsSwedish(lesson)) return t('mismatch');
  return version.upToDate ? t('current') : t('outdated');
}

export function LessonEnglish({ index, lesson, onChange, errors }: LessonProps) {
  const t = useTranslations('editorLearning');
  const status = useStatus(lesson);
  const version = lesson.translations?.en;
  const id = `lesson-${index}-en`;
  const n = index + 1;
  const setVersion = (en: Version | undefined) =>
    onChange({ ...lesson, translations: en ? { en } : {} } as LessonDraft);
  const set = (patch: Record<string, unknown>) => setVersion({ ...version!, ...patch } as Version);
  const field = (key: string) => ({ id: `${id}-${key}`, error: errors[`${id}-${key}`], lang: 'en' });
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{status}</p>
      <Fold id={id} summary={t('english.lesson', { n })} errors={errors}>
        <ErrorText id={id} error={errors[id]} />
        {version ? (
          <>
            <p className="text-sm text-slate-700">{t('english.intro')}</p>
            <MatchesBox checked={Boolean(version.upToDate)} onChange={(upToDate) => set({ upToDate })} />
            <TextInput
              {...field('title')}
              label={t('lesson.title')}
              value={version.title}
              onChange={(title) => set({ title })}
            />
            {lesson.kind === 'REFLECTION' ? (
              <TextInput
                {...field('prompt')}
                label={t('lesson.prompt')}
                value={'prompt' in version ? (version.prompt ?? '') : ''}
                onChange={(prompt) => set({ prompt })}
              />
            ) : null}
            {lesson.kind === 'VIDEO' ? (
              <>
                <TextInput
                  {...field('captions')}
                  label={t('english.captions')}
                  value={'captions' in version ? (version.captions ?? '') : ''}
                  onChange={(captions) => set({ captions: captions || undefined })}
                />
                <TextInput
                  {...field('duration')}
                  label={t('english.duration')}
                  value={'duration' in version ? (version.duration ?? '') : ''}
                  onChange={(duration) => set({ duration: duration || undefined })}
                />
              </>
            ) : null}
            <TextInput
              {...field('body')}
              multiline
              label={lesson.kind === 'VIDEO' ? t('lesson.videoBody') : t('lesson.body')}
              value={version.body}
              onChange={(body) => set({ body })}
            />
            {lesson.kind === 'QUIZ' ? (
              <QuizEnglish
                id={id}
                quiz={lesson}
                questions={'questions' in version ? version.questions : undefined}
                onChange={(questions) => set({ questions })}
                errors={errors}
              />
            ) : null}
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                setVersion(undefined);
                focusSoon(`${id}-add`);
              }}
              aria-label={t('english.removeLabel', { n })}
            >
              {t('english.remove')}
            </button>
          </>
        ) : (
          <button
            id={`${id}-add`}
            type="button"
            className="btn-secondary"
            onClick={() => {
              setVersion(emptyVersion(lesson));
              focusSoon(`${id}-title`);
            }}
            aria-label={t('english.addLabel', { n })}
          >
            {t('english.add')}
          </button>
        )}
      </Fold>
    </div>
  );
}

function QuizEnglish({
  id,
  quiz,
  questions: stored,
  onChange,
  errors,
}: {
  id: string;
  quiz: Quiz;
  questions: EnglishQuestion[] | undefined;
  onChange: (questions: EnglishQuestion[]) => void;
  errors: Errors;
}) {
  const t = useTranslations('editorLearning');
  // Shown and saved in the Swedish quiz's shape; what it had beyond that shape goes with the first change.
  const questions = fitQuestions(quiz, stored);
  const setQuestion = (i: number, q: EnglishQuestion) => onChange(questions.map((x, j) => (j === i ? q : x)));
  return (
    <div id={`${id}-questions`} tabIndex={-1} className="space-y-3">
      <ErrorText id={`${id}-questions`} error={errors[`${id}-questions`]} />
      {questions.map((q, i) => (
        <fieldset
          key={i}
          id={`${id}-q${i}-group`}
          tabIndex={-1}
          aria-describedby={describedBy({ id: `${id}-q${i}-group`, error: errors[`${id}-q${i}-group`] })}
          className="space-y-2 rounded border border-slate-200 bg-white p-4"
        >
          <legend className="px-1 font-medium">{t('quiz.legend', { n: i + 1 })}</legend>
          <ErrorText id={`${id}-q${i}-group`} error={errors[`${id}-q${i}-group`]} />
          <TextInput
            id={`${id}-q${i}`}
            lang="en"
            error={errors[`${id}-q${i}`]}
            label={t('quiz.question')}
            value={q.question}
            onChange={(question) => setQuestion(i, { ...q, question })}
          />
          {q.options.map((o, j) => (
            <TextInput
              key={j}
              id={`${id}-q${i}-o${j}`}
              lang="en"
              error={errors[`${id}-q${i}-o${j}`]}
              label={
                quiz.questions[i]!.correct === j ? t('english.correct', { n: j + 1 }) : t('quiz.option', { n: j + 1 })
              }
              value={o}
              onChange={(text) => setQuestion(i, { ...q, options: q.options.map((x, k) => (k === j ? text : x)) })}
            />
          ))}
          <TextInput
            id={`${id}-q${i}-explanation`}
            lang="en"
            error={errors[`${id}-q${i}-explanation`]}
            label={t('quiz.explanation')}
            value={q.explanation}
            onChange={(explanation) => setQuestion(i, { ...q, explanation })}
          />
        </fieldset>
      ))}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { describedBy, ErrorText } from '@/components/ui/field';
import type { LessonDraft } from '@/lib/validation/course-editor';
import { TextInput } from './inputs';
import { QuizEditor } from './quiz-editor';
import { LessonEnglish, swedishChanged } from './english-fields';

/** A new lesson of a kind, its first words (`title`, `prompt`) in the editor's language. */
export function newLesson(kind: LessonDraft['kind'], n: number, words: { title: string; prompt: string }): LessonDraft {
  const base = { slug: `lektion-${n}`, title: words.title, body: '' };
  if (kind === 'VIDEO')
    return { ...base, kind, video: '/media/film.mp4', captions: '/media/film.vtt', duration: '1 min' };
  if (kind === 'REFLECTION') return { ...base, kind, prompt: words.prompt };
  if (kind === 'QUIZ')
    return {
      ...base,
      kind,
      passMark: 0.8,
      questions: [{ question: '', options: [{ text: '' }, { text: '' }], correct: 0, explanation: '' }],
    };
  return { ...base, kind };
}

type Props = {
  index: number;
  lesson: LessonDraft;
  onChange: (lesson: LessonDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
  /** The server's messages by field id (lib/editor/error-location.ts names the ids). */
  errors: Record<string, string>;
};

export function LessonEditor({ index, lesson, onChange, onMove, onRemove, first, last, errors }: Props) {
  const t = useTranslations('editorLearning.lesson');
  const kinds = useTranslations('course.kind');
  const id = `lesson-${index}`;
  const n = index + 1;
  const error = (field: string) => errors[`${id}-${field}`];
  // A change to the Swedish lesson means its English version may no longer say the same.
  const change = (next: LessonDraft) => onChange(swedishChanged(next));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy({ id, error: errors[id] })}
      className="space-y-3 rounded-lg border border-slate-300 p-5"
    >
      <legend className="px-1 font-semibold">{t('legend', { n, kind: kinds(lesson.kind) })}</legend>
      <ErrorText id={id} error={errors[id]} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={t('moveUpLabel', { n })}
        >
          {t('moveUp')}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={t('moveDownLabel', { n })}
        >
          {t('moveDown')}
        </button>
        <button type="button" className="btn-secondary" onClick={onRemove} aria-label={t('removeLabel', { n })}>
          {t('remove')}
        </button>
      </div>
      <TextInput
        id={`${id}-title`}
        error={error('title')}
        label={t('title')}
        value={lesson.title}
        onChange={(title) => change({ ...lesson, title })}
      />
      <TextInput
        id={`${id}-slug`}
        error={error('slug')}
        label={t('slug')}
        value={lesson.slug}
        onChange={(slug) => onChange({ ...lesson, slug })}
      />
      {lesson.kind === 'VIDEO' ? (
        <>
          <TextInput
            id={`${id}-video`}
            error={error('video')}
            label={t('video')}
            value={lesson.video}
            onChange={(video) => change({ ...lesson, video })}
          />
          <TextInput
            id={`${id}-captions`}
            error={error('captions')}
            label={t('captions')}
            value={lesson.captions}
            onChange={(captions) => change({ ...lesson, captions })}
          />
          <TextInput
            id={`${id}-duration`}
            error={error('duration')}
            label={t('duration')}
            value={lesson.duration}
            onChange={(duration) => change({ ...lesson, duration })}
          />
        </>
      ) : null}
      {lesson.kind === 'REFLECTION' ? (
        <TextInput
          id={`${id}-prompt`}
          error={error('prompt')}
          label={t('prompt')}
          value={lesson.prompt}
          onChange={(prompt) => change({ ...lesson, prompt })}
        />
      ) : null}
      <TextInput
        id={`${id}-body`}
        error={error('body')}
        label={lesson.kind === 'VIDEO' ? t('videoBody') : t('body')}
        multiline
        value={lesson.body}
        onChange={(body) => change({ ...lesson, body })}
      />
      {lesson.kind === 'QUIZ' ? <QuizEditor idPrefix={id} lesson={lesson} onChange={change} errors={errors} /> : null}
      <LessonEnglish index={index} lesson={lesson} onChange={onChange} errors={errors} />
    </fieldset>
  );
}

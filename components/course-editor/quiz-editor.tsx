'use client';

import { useTranslations } from 'next-intl';
import { describedBy, ErrorText } from '@/components/ui/field';
import type { LessonDraft } from '@/lib/validation/course-editor';
import { TextInput } from './inputs';

type Quiz = Extract<LessonDraft, { kind: 'QUIZ' }>;

export function QuizEditor({
  idPrefix,
  lesson,
  onChange,
  errors,
}: {
  idPrefix: string;
  lesson: Quiz;
  onChange: (lesson: Quiz) => void;
  errors: Record<string, string>;
}) {
  const t = useTranslations('editorLearning.quiz');
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const questionsId = `${idPrefix}-questions`;
  const setQuestion = (i: number, q: Quiz['questions'][number]) =>
    onChange({ ...lesson, questions: lesson.questions.map((x, j) => (j === i ? q : x)) });
  return (
    <div id={questionsId} tabIndex={-1} className="space-y-4">
      <ErrorText id={questionsId} error={errors[questionsId]} />
      <TextInput
        id={`${idPrefix}-passmark`}
        error={errors[`${idPrefix}-passmark`]}
        label={t('passMark')}
        type="number"
        value={String(Math.round(lesson.passMark * 100))}
        onChange={(v) => onChange({ ...lesson, passMark: Number(v) / 100 })}
      />
      {lesson.questions.map((q, i) => {
        const groupId = `${idPrefix}-q${i}-group`;
        return (
          <fieldset
            key={i}
            id={groupId}
            tabIndex={-1}
            aria-describedby={describedBy({ id: groupId, error: errors[groupId] })}
            className="space-y-2 rounded border border-slate-200 p-4"
          >
            <legend className="px-1 font-medium">{t('legend', { n: i + 1 })}</legend>
            <ErrorText id={groupId} error={errors[groupId]} />
            <TextInput
              id={`${idPrefix}-q${i}`}
              error={errors[`${idPrefix}-q${i}`]}
              label={t('question')}
              value={q.question}
              onChange={(question) => setQuestion(i, { ...q, question })}
            />
            {q.options.map((o, j) => (
              <div key={j} className="flex items-end gap-3">
                <div className="flex-1">
                  <TextInput
                    id={`${idPrefix}-q${i}-o${j}`}
                    error={errors[`${idPrefix}-q${i}-o${j}`]}
                    label={t('option', { n: j + 1 })}
                    value={o.text}
                    onChange={(text) =>
                      setQuestion(i, { ...q, options: q.options.map((x, k) => (k === j ? { text } : x)) })
                    }
                  />
                </div>
                <label className="mb-2 flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${idPrefix}-q${i}-correct`}
                    checked={q.correct === j}
                    onChange={() => setQuestion(i, { ...q, correct: j })}
                  />
                  {t.rich('correct', { n: i + 1, sr })}
                </label>
              </div>
            ))}
            {q.options.length < 5 ? (
              <button
                type="button"
                className="btn-secondary"
                onClick={() => setQuestion(i, { ...q, options: [...q.options, { text: '' }] })}
              >
                {t.rich('addOption', { n: i + 1, sr })}
              </button>
            ) : null}
            <TextInput
              id={`${idPrefix}-q${i}-explanation`}
              error={errors[`${idPrefix}-q${i}-explanation`]}
              label={t('explanation')}
              value={q.explanation}
              onChange={(explanation) => setQuestion(i, { ...q, explanation })}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={() => onChange({ ...lesson, questions: lesson.questions.filter((_, j) => j !== i) })}
            >
              {t('removeQuestion', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn-secondary"
        onClick={() =>
          onChange({
            ...lesson,
            questions: [
              ...lesson.questions,
              { question: '', options: [{ text: '' }, { text: '' }], correct: 0, explanation: '' },
            ],
          })
        }
      >
        {t('addQuestion')}
      </button>
    </div>
  );
}

import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import type { LocalizedLesson } from '@/lib/data/learning';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { countQuizAttempts, getLastQuizAttempt, getReflection } from '@/lib/data/progress';
import { optionOrder } from '@/lib/learning/quiz';
import { parseLessonData } from '@/lib/learning/lesson-data';
import { CompleteButton } from './complete-button';
import type { LessonFieldsProps } from './lesson-fields';
import { QuizForm } from './quiz-form';
import { ReflectionForm } from './reflection-form';

type Props = { lesson: LocalizedLesson; viewerId: string; done: boolean; lessonRef: LessonFieldsProps };

/** The interactive part of a lesson, by kind; the lesson's own texts are marked with their language. */
export async function LessonBody({ lesson, viewerId, done, lessonRef }: Props) {
  const [locale, t] = await Promise.all([getLocale() as Promise<Locale>, getTranslations('course')]);
  const written = passageLang(locale, lesson.lang);
  switch (lesson.kind) {
    case 'READING':
      return <CompleteButton {...lessonRef} done={done} />;
    case 'VIDEO': {
      const video = parseLessonData('VIDEO', lesson.data);
      return (
        <>
          <figure>
            <video
              controls
              preload="metadata"
              className="w-full max-w-3xl rounded bg-black"
              aria-describedby="transcript-heading"
            >
              <source src={video.video} type="video/mp4" />
              <track
                kind="captions"
                src={video.captions}
                srcLang={lesson.lang}
                label={t(lesson.lang === 'sv' ? 'captionLanguage' : 'captionLanguageOther')}
                default
              />
            </video>
            <figcaption className="mt-2 text-sm text-slate-600">
              {t(lesson.lang === 'sv' ? 'filmCaption' : 'filmCaptionOther', { duration: video.duration })}
            </figcaption>
          </figure>
          <section aria-labelledby="transcript-heading" className="rounded-lg bg-slate-50 p-5">
            <h2 id="transcript-heading" className="sr-only">
              {t('transcript')}
            </h2>
            <div lang={written}>
              <Markdown source={lesson.body} />
            </div>
          </section>
          <CompleteButton {...lessonRef} done={done} />
        </>
      );
    }
    case 'REFLECTION': {
      const { prompt } = parseLessonData('REFLECTION', lesson.data);
      const saved = await getReflection(viewerId, lesson.id);
      return <ReflectionForm {...lessonRef} prompt={prompt} promptLang={written} saved={saved?.text ?? null} />;
    }
    case 'QUIZ': {
      const quiz = parseLessonData('QUIZ', lesson.data);
      const [last, attempts] = await Promise.all([
        getLastQuizAttempt(viewerId, lesson.id),
        countQuizAttempts(viewerId, lesson.id),
      ]);
      // Shuffled per attempt, so where the right answer stands gives nothing away.
      const questions = quiz.questions.map((q, i) => ({
        question: q.question,
        options: optionOrder(`${viewerId}:${lesson.id}:${attempts}:${i}`, q.options.length).map((id) => ({
          id,
          text: q.options[id]!.text,
        })),
      }));
      return (
        <>
          {lesson.body ? (
            <div lang={written}>
              <Markdown source={lesson.body} />
            </div>
          ) : null}
          {done ? <p className="font-medium text-green-900">{t('quizPassed')}</p> : null}
          {last && !done ? (
            <p className="text-slate-700">{t('lastAttempt', { correct: last.correct, total: last.total })}</p>
          ) : null}
          <QuizForm {...lessonRef} questions={questions} passMark={quiz.passMark} textLang={written} />
        </>
      );
    }
  }
}

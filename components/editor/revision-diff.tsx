import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { RevisionContent } from '@/lib/data/guide-editor';
import { diffInline, diffText } from '@/lib/guides/diff';
import type { GuideMeta } from '@/lib/validation/guide';
import { InlineDiff, TextDiff } from './text-diff';

type Row = { label: string; before: string; after: string };
type Translate = ReturnType<typeof useTranslations<'editorGuides.diff'>>;
type Labels = ReturnType<typeof useTranslations<'labels'>>;

/** A revision's settings by their names in the reader's language. */
function settings(meta: GuideMeta | undefined, t: Translate, labels: Labels): Record<string, string> {
  if (!meta) return {};
  const step = meta.skrStep
    ? meta.skrEdition
      ? t('stepInEdition', { step: meta.skrStep, edition: meta.skrEdition })
      : t('step', { step: meta.skrStep })
    : t('noStep');
  return {
    [t('topics')]: meta.topics.map((topic) => labels(`topic.${topic}`)).join(', '),
    [t('audiences')]: meta.audiences.map((a) => labels(`audienceKey.${a}`)).join(', '),
    [t('skrStep')]: step,
    [t('sources')]: meta.sources
      .map((s) => [s.title, s.publisher, s.url, s.date].filter(Boolean).join(', '))
      .join('; '),
    [t('related')]: meta.related.join(', ') || t('noRelated'),
  };
}

/** What changed between two revisions: title and summary word by word, settings, then the text. */
export function RevisionDiff({ current, previous }: { current: RevisionContent; previous: RevisionContent | null }) {
  const t = useTranslations('editorGuides.diff');
  const labels = useTranslations('labels');
  // The title and summary are written in Swedish.
  const content = passageLang(useLocale() as Locale);
  const before = settings(previous?.meta, t, labels);
  const after = settings(current.meta, t, labels);
  const rows: Row[] = Object.keys(after)
    .map((label) => ({ label, before: before[label] ?? '', after: after[label]! }))
    .filter((r) => r.before !== r.after);
  const fields = [
    { label: t('title'), before: previous?.title ?? '', after: current.title },
    { label: t('summary'), before: previous?.summary ?? '', after: current.summary },
  ].filter((f) => f.before !== f.after);
  return (
    <div className="space-y-6">
      {fields.length + rows.length > 0 ? (
        <dl className="grid grid-cols-[minmax(0,1fr)] gap-x-6 gap-y-3 sm:grid-cols-[auto_minmax(0,1fr)]">
          {fields.map((f) => (
            <div key={f.label} className="contents">
              <dt className="font-medium">{f.label}</dt>
              <dd className="min-w-0 [overflow-wrap:anywhere]" lang={content}>
                <InlineDiff parts={diffInline(f.before, f.after)} />
              </dd>
            </div>
          ))}
          {rows.map((r) => (
            <div key={r.label} className="contents">
              <dt className="font-medium">{r.label}</dt>
              <dd className="min-w-0 [overflow-wrap:anywhere]">
                {r.before ? (
                  <>
                    <del className="bg-red-100 text-red-950">
                      <span className="sr-only">{t('before')}</span>
                      {r.before}
                      <span className="sr-only">]</span>
                    </del>{' '}
                    →{' '}
                  </>
                ) : null}
                <ins className="bg-green-100 text-green-950">
                  <span className="sr-only">{t('after')}</span>
                  {r.after}
                  <span className="sr-only">]</span>
                </ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('unchanged')}</p>
      )}
      <div>
        <h3 className="mb-2 font-semibold">{t('text')}</h3>
        <TextDiff blocks={diffText(previous?.body ?? '', current.body)} />
      </div>
    </div>
  );
}

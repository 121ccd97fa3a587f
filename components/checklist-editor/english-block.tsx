import { useTranslations } from 'next-intl';
import type { Block, TranslationStatus } from '@/lib/checklist/translation-edit';
import { defaultLocale } from '@/lib/i18n/config';
import type { TemplateSnapshot } from '@/lib/validation/checklist';
import { EnglishTextForm, RemoveEnglishForm, type EnglishField } from './english-text-form';

// One text block of the English page of a template (/redaktion/checklistor/<mall>/engelska): the
// Swedish text, read only and marked Swedish, beside (on a narrow screen above) the English form.

export type EnglishText = EnglishField & { swedish: string };

const tones: Record<TranslationStatus, string> = {
  current: 'border-green-700 bg-green-50 text-green-900',
  missing: 'border-slate-500 bg-slate-50 text-slate-900',
  outdated: 'border-amber-700 bg-amber-50 text-amber-950',
};

/** How a block's English stands against its Swedish, in words (never by colour alone). */
export function EnglishStatus({ status }: { status: TranslationStatus }) {
  const t = useTranslations('editorTemplates.english.status');
  return <span className={`inline-block rounded border-l-4 px-2 py-1 text-sm ${tones[status]}`}>{t(status)}</span>;
}

export function EnglishBlock({
  templateId,
  version,
  block,
  status,
  texts,
}: {
  templateId: string;
  version: number;
  block: Block;
  status: TranslationStatus;
  texts: EnglishText[];
}) {
  const t = useTranslations('editorTemplates.english');
  const ref = { templateId, version, block };
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="min-w-0">
        <p className="mb-2 font-semibold">{t('swedish')}</p>
        <dl className="space-y-3">
          {texts.map((text) => (
            <div key={text.name}>
              <dt className="text-sm font-medium text-slate-700">{t(`fields.${text.name}`)}</dt>
              {text.swedish ? (
                <dd lang={defaultLocale} className="break-words whitespace-pre-wrap">
                  {text.swedish}
                </dd>
              ) : (
                <dd className="text-slate-700">{t('noIntro')}</dd>
              )}
            </div>
          ))}
        </dl>
      </div>
      <div className="min-w-0">
        <EnglishTextForm {...ref} fields={texts.map(({ name, value, rows }) => ({ name, value, rows }))} />
        <RemoveEnglishForm {...ref} canRemove={status !== 'missing'} />
      </div>
    </div>
  );
}

type Snapshot = TemplateSnapshot;
type Version = NonNullable<Snapshot['translations']>['en'];
type Section = Snapshot['sections'][number];
type Item = Section['items'][number];

/** The texts of each block: the Swedish as it is now and the English as stored. */
export const headTexts = (t: Snapshot, en: Version): EnglishText[] => [
  { name: 'title', swedish: t.title, value: en?.title ?? '' },
  { name: 'summary', swedish: t.summary, value: en?.summary ?? '', rows: 4 },
  { name: 'intro', swedish: t.intro, value: en?.intro ?? '', rows: 12 },
];

export const sectionTexts = (s: Section, en: Version): EnglishText[] => [
  { name: 'title', swedish: s.title, value: en?.sections[s.key]?.title ?? '' },
  { name: 'commitment', swedish: s.commitment, value: en?.sections[s.key]?.commitment ?? '', rows: 5 },
];

export const itemTexts = (i: Item, en: Version): EnglishText[] => [
  { name: 'title', swedish: i.title, value: en?.items[i.key]?.title ?? '' },
  { name: 'explanation', swedish: i.explanation, value: en?.items[i.key]?.explanation ?? '', rows: 4 },
  { name: 'example', swedish: i.example, value: en?.items[i.key]?.example ?? '', rows: 4 },
];

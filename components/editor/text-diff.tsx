import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { DiffBlock, DiffPart } from '@/lib/guides/diff';

/**
 * The language of a diff's words (guidance is written in Swedish), and of the words that describe
 * them inside it: the reader's, set only where the diff is marked as another language.
 */
function useDiffLangs() {
  const locale = useLocale() as Locale;
  const content = passageLang(locale);
  return { content, ui: content ? locale : undefined };
}

// <ins> and <del> carry the change visually; screen readers mostly ignore them, so each change
// also says in words what it is. The caller marks the text's language (Swedish content).
export function InlineDiff({ parts }: { parts: DiffPart[] }) {
  const t = useTranslations('editorGuides.diff');
  const { ui } = useDiffLangs();
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className="bg-green-100 text-green-950 decoration-green-700">
            <span className="sr-only" lang={ui}>
              {t('added')}
            </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-950 decoration-red-700">
            <span className="sr-only" lang={ui}>
              {t('removed')}
            </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function TextDiff({ blocks }: { blocks: DiffBlock[] }) {
  const t = useTranslations('editorGuides.diff');
  const { content, ui } = useDiffLangs();
  if (blocks.length === 0) return <p className="text-slate-700">{t('textUnchanged')}</p>;
  return (
    <div
      lang={content}
      className="space-y-2 rounded border border-slate-200 bg-white p-4 font-mono text-sm leading-6 whitespace-pre-wrap"
    >
      {blocks.map((block, i) =>
        block.kind === 'skipped' ? (
          <p key={i} className="text-slate-600 italic" lang={ui}>
            {t('skipped', { count: block.count })}
          </p>
        ) : block.kind === 'same' ? (
          <p key={i} className="text-slate-700">
            {block.text}
          </p>
        ) : (
          <p key={i}>
            <InlineDiff parts={block.parts} />
          </p>
        ),
      )}
    </div>
  );
}

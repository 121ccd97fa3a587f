'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { ErrorText, Hint, describedControl } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { renderMarkdown } from '@/lib/markdown';
import { MarkdownToolbar, applyFormat, type Format } from './markdown-toolbar';

type Props = { id: string; name: string; defaultValue: string; error?: string };

/**
 * A Markdown textarea with a formatting toolbar and a live preview. The preview goes through the
 * same sanitiser as the published page (lib/markdown.ts runs in the browser too), so what the
 * editor sees is what readers get.
 */
export function MarkdownEditor({ id, name, defaultValue, error }: Props) {
  const t = useTranslations('editorGuides');
  const locale = useLocale() as Locale;
  const hint = t('markdown.hint');
  const [text, setText] = useState(defaultValue);
  const deferred = useDeferredValue(text);
  const preview = useMemo(() => renderMarkdown(deferred), [deferred]);
  const area = useRef<HTMLTextAreaElement>(null);

  function format(kind: Format) {
    // What bold, italic and link wrap when nothing is selected.
    const placeholder = kind === 'bold' || kind === 'italic' || kind === 'link' ? t(`toolbar.${kind}Text`) : '';
    if (area.current) setText(applyFormat(area.current, kind, placeholder));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (!(event.ctrlKey || event.metaKey)) return;
    const kind = ({ b: 'bold', i: 'italic', k: 'link' } as const)[event.key.toLowerCase() as 'b' | 'i' | 'k'];
    if (!kind) return;
    event.preventDefault();
    format(kind);
  }

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={id} className="mb-1 block font-medium">
          {t('markdown.label')}
        </label>
        <Hint id={id} hint={hint} />
        <MarkdownToolbar controls={id} onFormat={format} />
        <textarea
          ref={area}
          {...describedControl({ id, hint, error })}
          name={name}
          defaultValue={defaultValue}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          rows={24}
          spellCheck
          lang="sv"
          className="w-full rounded-b border border-slate-400 px-3 py-2 font-mono text-sm leading-6 aria-invalid:border-red-700"
        />
        <ErrorText id={id} error={error} />
      </div>
      <div className="min-w-0">
        <h2 id={`${id}-preview-heading`} className="mb-1 font-medium">
          {t('markdown.previewHeading')}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t('markdown.previewLead')}</p>
        <div
          data-testid="live-preview"
          tabIndex={0}
          role="region"
          aria-labelledby={`${id}-preview-heading`}
          // The text is written in Swedish (the textarea's lang), so is its preview.
          lang={passageLang(locale)}
          className="prose-portal max-h-[40rem] overflow-y-auto rounded border border-slate-200 bg-white p-4"
          // Sanitised by lib/markdown.ts, exactly as on the published page.
          dangerouslySetInnerHTML={{ __html: preview }}
        />
      </div>
    </div>
  );
}

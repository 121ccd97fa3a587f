'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';

export type Format = 'heading' | 'subheading' | 'bold' | 'italic' | 'list' | 'numbered' | 'link' | 'quote';

// Each button's label is the catalogue's `editorGuides.toolbar.<kind>`.
const buttons: { kind: Format; shortcut?: string }[] = [
  { kind: 'heading' },
  { kind: 'subheading' },
  { kind: 'bold', shortcut: 'Control+B' },
  { kind: 'italic', shortcut: 'Control+I' },
  { kind: 'list' },
  { kind: 'numbered' },
  { kind: 'link', shortcut: 'Control+K' },
  { kind: 'quote' },
];

/**
 * The formatting toolbar, following the WAI-ARIA toolbar pattern: one tab stop, arrow keys move
 * between buttons, Home and End jump to the ends. Text labels rather than icons, for clarity.
 */
export function MarkdownToolbar({ controls, onFormat }: { controls: string; onFormat: (kind: Format) => void }) {
  const t = useTranslations('editorGuides.toolbar');
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: React.KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowLeft: active - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key]! + buttons.length) % buttons.length;
    setActive(next);
    refs.current[next]?.focus();
  }

  return (
    <div
      role="toolbar"
      aria-label={t('label')}
      aria-controls={controls}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-slate-400 bg-slate-50 p-1"
    >
      {buttons.map((b, i) => (
        <button
          key={b.kind}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          tabIndex={i === active ? 0 : -1}
          aria-keyshortcuts={b.shortcut}
          onClick={() => {
            setActive(i);
            onFormat(b.kind);
          }}
          className="rounded px-2 py-1 text-sm font-medium text-slate-900 hover:bg-brand-100"
        >
          {t(b.kind)}
        </button>
      ))}
    </div>
  );
}

const wraps: Partial<Record<Format, [string, string]>> = {
  bold: ['**', '**'],
  italic: ['_', '_'],
  link: ['[', '](https://)'],
};
const prefixes: Partial<Record<Format, (n: number) => string>> = {
  heading: () => '## ',
  subheading: () => '### ',
  list: () => '- ',
  numbered: (n) => `${n + 1}. `,
  quote: () => '> ',
};

/**
 * Applies a format to the textarea's selection, keeping the browser's undo history; returns the new
 * text. `placeholder` is what a bold, italic or link format wraps when nothing is selected.
 */
export function applyFormat(area: HTMLTextAreaElement, kind: Format, placeholder = ''): string {
  const { selectionStart: start, selectionEnd: end, value } = area;
  let from = start;
  let replacement: string;
  let select: [number, number];
  const wrap = wraps[kind];
  if (wrap) {
    const inner = value.slice(start, end) || placeholder;
    replacement = `${wrap[0]}${inner}${wrap[1]}`;
    select = [start + wrap[0].length, start + wrap[0].length + inner.length];
  } else {
    from = value.lastIndexOf('\n', start - 1) + 1;
    const lines = value.slice(from, end).split('\n');
    replacement = lines
      .map((line, n) => `${prefixes[kind]!(n)}${line.replace(/^(#{1,6} |[-*] |\d+\. |> )/, '')}`)
      .join('\n');
    select = [from + replacement.length, from + replacement.length];
  }
  area.focus();
  area.setSelectionRange(from, end);
  // execCommand keeps Ctrl+Z working; where a browser lacks it, fall back to setRangeText.
  if (!document.execCommand?.('insertText', false, replacement)) area.setRangeText(replacement, from, end, 'end');
  area.setSelectionRange(...select);
  return area.value;
}

'use client';

import { useEffect, useRef } from 'react';

type Props = {
  message?: string;
  /** Each problem: the words that name it, and its field's anchor when it has a field. */
  items: { href?: string; text: React.ReactNode }[];
  /** Changes with every answer from the server, so focus moves again after a second refusal. */
  answer: unknown;
};

/**
 * A refusal at the top of a long form: what went wrong, each problem linked to its field, and
 * keyboard focus moved here so a screen reader reads it at once (WCAG 3.3.1, 2.4.3).
 */
export function ErrorSummary({ message, items, answer }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [answer]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
      <p className="font-semibold">{message}</p>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {items.map((item, i) => (
            <li key={i}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

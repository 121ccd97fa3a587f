'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartDatum } from '@/lib/stats/report';

export type { ChartDatum };

// The series keep their data keys ("Kvinnor", "Män"); they are named in the reader's language.
const series = [
  { key: 'Kvinnor', word: 'women', colour: '#5b3fa8', stack: 'k' },
  { key: 'Män', word: 'men', colour: '#e0a526', stack: 'm' },
] as const;

// The chart repeats the table next to it (the table is the accessible version). A hidden value is
// drawn as a full-height hatched bar labelled "dold", never as a missing bar that reads as 0 %.
// Colours differ in lightness as well as hue, so they work in greyscale. The chart is hidden from
// assistive technology, so Recharts' keyboard layer is off: nothing inside an aria-hidden element
// may take focus (WCAG 4.1.2).
export function StatsChart({ title, data }: { title: string; data: ChartDatum[] }) {
  const t = useTranslations('stats');
  const hidden = t('hiddenShort');
  const anyHidden = data.some((d) => d.KvinnorDold !== null || d.MänDold !== null);
  return (
    <figure aria-hidden="true" className="h-72 w-full" data-hidden-values={anyHidden ? 'yes' : 'no'}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 10, bottom: 10, left: 0 }}>
          <defs>
            <pattern id="dold" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#f1f5f9" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis unit=" %" domain={[0, 100]} />
          <Tooltip formatter={(v, name) => (String(name).endsWith(`(${hidden})`) ? hidden : `${v} %`)} />
          <Legend />
          {series.flatMap(({ key, word, colour, stack }) => [
            <Bar key={key} dataKey={key} stackId={stack} fill={colour} name={t(word)} />,
            <Bar
              key={`${key}Dold`}
              dataKey={`${key}Dold`}
              stackId={stack}
              fill="url(#dold)"
              stroke={colour}
              name={t('hiddenSeries', { series: t(word) })}
              legendType={anyHidden ? 'rect' : 'none'}
            >
              <LabelList dataKey={`${key}Dold`} position="center" formatter={() => hidden} fill="#1e293b" />
            </Bar>,
          ])}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}

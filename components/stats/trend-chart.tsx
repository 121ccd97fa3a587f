'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendDatum } from '@/lib/stats/report';

type Words = { women: string; men: string; hidden: string };

// The quarterly trend as lines for women and men; the table beside it is the accessible version.
// A hidden group is hidden in every quarter (the same people are counted throughout), so it has
// no line, and the legend says it is hidden rather than leaving it out. The series keep their data
// keys ("Kvinnor", "Män"); `words` names them in the reader's language.
export function TrendChart({
  title,
  data,
  hidden,
  words,
}: {
  title: string;
  data: TrendDatum[];
  hidden: string[];
  words: Words;
}) {
  const name = (key: 'Kvinnor' | 'Män') => {
    const label = key === 'Kvinnor' ? words.women : words.men;
    return hidden.includes(key) ? `${label} (${words.hidden})` : label;
  };
  return (
    <figure aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 16, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis unit=" %" domain={[0, 100]} />
          <Tooltip formatter={(v) => (v === null ? words.hidden : `${v} %`)} />
          <Legend />
          <Line dataKey="Kvinnor" name={name('Kvinnor')} stroke="#5b3fa8" strokeWidth={3} dot={{ r: 4 }} />
          <Line
            dataKey="Män"
            name={name('Män')}
            stroke="#b7791f"
            strokeWidth={3}
            strokeDasharray="6 3"
            dot={{ r: 4, strokeDasharray: '' }}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}

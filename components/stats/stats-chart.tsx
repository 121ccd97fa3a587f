'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ChartDatum = { label: string; Kvinnor: number | null; Män: number | null };

// The chart repeats the table next to it (the table is the accessible version): hidden cells
// have no bar. Colours differ in lightness as well as hue, so they work in greyscale. The chart is
// hidden from assistive technology, so Recharts' keyboard layer is off: nothing inside an
// aria-hidden element may take focus (WCAG 4.1.2).
export function StatsChart({ title, data }: { title: string; data: ChartDatum[] }) {
  return (
    <figure aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 10, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis unit=" %" domain={[0, 100]} />
          <Tooltip formatter={(v) => `${v} %`} />
          <Legend />
          <Bar dataKey="Kvinnor" fill="#5b3fa8" name="Kvinnor" />
          <Bar dataKey="Män" fill="#e0a526" name="Män" />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}

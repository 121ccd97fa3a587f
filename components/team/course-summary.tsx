import type { CourseSummary } from '@/lib/data/team-summary';

/** Per course, for the whole team: how many have it, are done or late, and who did it unasked. */
export function CourseSummaryTable({ courses }: { courses: CourseSummary[] }) {
  if (courses.length === 0) return <p>Ingen i teamet har någon kurs tilldelad eller klar ännu.</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="course-summary-caption" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
        <caption id="course-summary-caption" className="mb-2 text-left text-slate-700">
          Kurserna i hela teamet, inte bara på den här sidan
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col">Kurs</th>
            <th scope="col">Tilldelad</th>
            <th scope="col">Klara</th>
            <th scope="col">Försenade</th>
            <th scope="col">Klara utan tilldelning</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.courseId} className="border-b border-slate-200 align-top">
              <th scope="row" className="font-normal">
                {c.title}
              </th>
              <td>{c.assigned}</td>
              <td>{c.assigned > 0 ? `${c.done} av ${c.assigned}` : '–'}</td>
              <td>{c.overdue > 0 ? <strong className="text-red-800">{c.overdue}</strong> : 0}</td>
              <td>{c.doneUnassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

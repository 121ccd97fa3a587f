import Link from 'next/link';
import { formatDay } from '@/lib/dates';

type Props = {
  kind: 'course' | 'path';
  name: string;
  title: string;
  organisationName: string;
  completedAt: Date;
  certificateNo: string;
  /** The path's courses, in order. */
  courses?: readonly string[];
  pdfHref: string;
  verifyHref: string;
};

/** The certificate as a web page: the same facts as the PDF, for screen readers and small screens. */
export function CertificateView(p: Props) {
  return (
    <article aria-labelledby="certificate-title" className="max-w-2xl rounded-lg border-4 border-brand-600 p-6">
      <h1 id="certificate-title" className="text-3xl font-bold tracking-tight">
        Intyg
      </h1>
      <p className="mt-4 text-2xl font-semibold break-words">{p.name}</p>
      <p className="mt-2">har genomfört {p.kind === 'path' ? 'lärvägen' : 'kursen'}</p>
      <p className="mt-2 text-xl font-semibold">{p.title}</p>
      <p className="mt-2">i Jämställdhetsportalen för {p.organisationName}</p>
      <p className="mt-2">Slutförd {formatDay(p.completedAt)}</p>
      {p.courses?.length ? (
        <section aria-labelledby="courses-heading" className="mt-6">
          <h2 id="courses-heading" className="font-semibold">
            Lärvägens kurser
          </h2>
          <ol className="mt-2 list-decimal pl-6">
            {p.courses.map((course) => (
              <li key={course}>{course}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className="mt-6 text-sm">
        Intygsnummer <span className="font-mono break-all">{p.certificateNo}</span>
      </p>
      <p className="mt-1 text-sm">
        Den som får intyget kan kontrollera att det gäller på <Link href={p.verifyHref}>intygets kontrollsida</Link>.
      </p>
      <p className="mt-6">
        <a href={p.pdfHref} download>
          Ladda ner intyget (PDF)
        </a>
      </p>
    </article>
  );
}

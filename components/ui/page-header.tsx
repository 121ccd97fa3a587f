type Props = {
  title: React.ReactNode;
  lead?: React.ReactNode;
  /** The language of the title and lead when it is not the page's (content shown in its own language). */
  lang?: string;
  children?: React.ReactNode;
};

export function PageHeader({ title, lead, lang, children }: Props) {
  return (
    <div className="mb-8 border-b border-slate-200 pb-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900" lang={lang}>
        {title}
      </h1>
      {lead ? (
        <p className="mt-3 max-w-3xl text-lg text-slate-700" lang={lang}>
          {lead}
        </p>
      ) : null}
      {children}
    </div>
  );
}

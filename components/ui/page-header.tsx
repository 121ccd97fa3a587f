export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-8 border-b border-slate-200 pb-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg text-slate-700">{lead}</p> : null}
      {children}
    </div>
  );
}

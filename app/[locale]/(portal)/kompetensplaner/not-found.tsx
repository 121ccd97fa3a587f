import Link from 'next/link';

export default function PlanNotFound() {
  return (
    <div className="max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">Planen finns inte</h1>
      <p className="mb-6">Planen kan ha tagits bort, eller så hör den till en annan organisation.</p>
      <Link href="/kompetensplaner">Till alla kompetensplaner</Link>
    </div>
  );
}

import { formatDay } from '@/lib/dates';
import type { RuleSummary } from '@/lib/data/rule-list';
import { audienceLabels } from '@/lib/labels';
import { RemoveRuleButton } from './remove-rule-button';

export function ruleWho(r: RuleSummary): string {
  const unit = r.unitName ? `${r.unitName}${r.includeSubunits ? ' och enheterna under' : ''}` : 'Hela organisationen';
  return r.audience ? `${unit}: ${audienceLabels[r.audience].toLowerCase()}` : `${unit}: alla`;
}

export function RuleList({ rules }: { rules: RuleSummary[] }) {
  if (rules.length === 0) return <p>Det finns inga regler ännu.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">
          {rules.length === 1 ? '1 regel gäller nu' : `${rules.length} regler gäller nu`}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Vilka
            </th>
            <th scope="col" className="py-2 pr-4">
              Får
            </th>
            <th scope="col" className="py-2 pr-4">
              Klar inom
            </th>
            <th scope="col" className="py-2 pr-4">
              Skapad
            </th>
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">Åtgärd</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {ruleWho(r)}
              </th>
              <td className="py-2 pr-4">{r.itemKind === 'path' ? `Lärvägen ${r.itemTitle}` : r.itemTitle}</td>
              <td className="py-2 pr-4">{r.dueDays} dagar</td>
              <td className="py-2 pr-4">
                {formatDay(r.createdAt)}
                {r.createdBy ? ` av ${r.createdBy}` : ''}
              </td>
              <td className="py-2 pr-4">
                <RemoveRuleButton ruleId={r.id} description={`${ruleWho(r)} får ${r.itemTitle}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

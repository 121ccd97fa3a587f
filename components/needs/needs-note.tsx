import { ProtectionNote } from '@/components/stats/protection-note';
import { MIN_GROUP } from '@/lib/stats/protection';

/** How the self-assessment is counted, and the extra rule for scores, in the words the page uses. */
export function NeedsNote({ then }: { then: string }) {
  return (
    <>
      <p className="mt-2 text-sm text-slate-700">
        Aktiva medarbetare med en enhet räknas, var och en med sin senaste självskattning. Varje område skattas från 1
        (stämmer inte alls) till 4 (stämmer helt). Den som har under 3 i snitt på ett område räknas som att hen behöver
        stöd där. Siffrorna för ett år sedan gäller samma personer och deras senaste självskattning före {then}.
      </p>
      <ProtectionNote />
      <p className="mt-2 text-sm text-slate-700">
        För medelvärden gäller dessutom att minst {MIN_GROUP} i varje skyddsgrupp ska ha svarat, och för siffrorna för
        ett år sedan att ingen eller minst {MIN_GROUP} i varje skyddsgrupp har svarat sedan dess. Annars står det
        {' "'}dold – färre än {MIN_GROUP} har svarat{'"'} eller {'"'}dold – färre än {MIN_GROUP} har svarat sedan dess
        {'"'}.
      </p>
    </>
  );
}

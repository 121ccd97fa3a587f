import { MIN_GROUP } from '@/lib/stats/protection';

/** How people are counted and why some figures are hidden, in the words the page uses. */
export function ProtectionNote() {
  return (
    <div className="mt-3 text-sm text-slate-700">
      <h2 className="font-medium text-slate-900">Hur vi räknar och varför vissa siffror är dolda</h2>
      <div className="mt-2 space-y-2">
        <p>
          Vi jämför kvinnor och män. Personer som har angett annat, som inte vill ange kön eller som inte har angett
          något räknas med i kolumnen {'"Alla"'} men visas inte som en egen grupp, eftersom gruppen nästan alltid är för
          liten för att visas utan att någon går att känna igen.
        </p>
        <p>
          Ingen siffra får handla om färre än {MIN_GROUP} personer, inte heller genom att man drar en siffra från en
          annan, i samma tabell, i en annan tabell eller med andra filter. Därför delas organisationens personer en gång
          för alla in i skyddsgrupper med minst {MIN_GROUP} personer, efter enhet och kön. En siffra visas bara om den
          gäller hela skyddsgrupper. En dold siffra säger varför: {'"'}dold – färre än {MIN_GROUP} personer
          {'"'} när gruppen själv är liten, och {'"'}dold – skyddar en liten grupp{'"'} när gruppen är större men en
          liten grupp annars skulle gå att räkna ut.
        </p>
      </div>
    </div>
  );
}

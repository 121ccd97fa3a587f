import { CheckboxList, type CheckboxItem } from '@/components/ui/checkbox-list';
import { describedBy, ErrorText, Hint } from '@/components/ui/field';

type Props = {
  /** Unique on the page: the editor shows one group per area and statement. */
  id: string;
  legend: string;
  name: string;
  items: readonly CheckboxItem[];
  checked: readonly string[];
  hint?: string;
  error?: string;
};

/** A fieldset of checkboxes whose hint and error are tied to it with aria-describedby. */
export function ChoiceGroup({ id, legend, name, items, checked, hint, error }: Props) {
  return (
    <fieldset aria-describedby={describedBy({ id, hint, error })} className="rounded border border-slate-300 p-3">
      <legend className="px-1 font-medium">{legend}</legend>
      <Hint id={id} hint={hint} />
      <CheckboxList
        name={name}
        idPrefix={id}
        items={items}
        checked={(value) => checked.includes(value)}
        className="grid gap-1 sm:grid-cols-2"
      />
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

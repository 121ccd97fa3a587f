import type { ReactNode } from 'react';

export type CheckboxItem = { value: string; label: ReactNode; indent?: number };

type Props = {
  name: string;
  /** Prefix of each box's id, unique on the page. */
  idPrefix: string;
  items: readonly CheckboxItem[];
  checked: (value: string) => boolean;
  className?: string;
};

/** A list of labelled checkboxes sending `name` once per ticked value; put it in a fieldset with a legend. */
export function CheckboxList({ name, idPrefix, items, checked, className = 'space-y-1' }: Props) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li
          key={item.value}
          className="flex items-center gap-2"
          style={item.indent ? { paddingLeft: `${item.indent}rem` } : undefined}
        >
          <input
            type="checkbox"
            id={`${idPrefix}-${item.value}`}
            name={name}
            value={item.value}
            defaultChecked={checked(item.value)}
            className="size-4 shrink-0"
          />
          <label htmlFor={`${idPrefix}-${item.value}`}>{item.label}</label>
        </li>
      ))}
    </ul>
  );
}

import { TextAreaField } from '@/components/ui/field';

type Props = { label: string; name: string; rows: number; defaultValue: string; error?: string; hint?: string };

/** The guide editor's Swedish text boxes: ids prefixed so they never clash with the page's other fields. */
export function TextareaField(props: Props) {
  return <TextAreaField {...props} id={`guide-${props.name}`} lang="sv" />;
}

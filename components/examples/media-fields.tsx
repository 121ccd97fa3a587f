import { useTranslations } from 'next-intl';
import { Field, FieldFrame, describedControl } from '@/components/ui/field';
import type { MediaView } from '@/lib/uploads/media';
import { IMAGE_ALT_MAX, uploadRules, type UploadKind } from '@/lib/uploads/rules';
import { ExampleMedia } from './example-media';

// The example form's image and film. The file inputs are never re-created after a refusal (with
// JavaScript the chosen files stay chosen); the fields that show what was sent are keyed on it.

type Props = {
  /** What the example has now (on an edit). */
  current: MediaView;
  /** Changes with every answer, so the text fields show what was sent. */
  sentKey: string;
  err: (name: string) => string | undefined;
  value: (name: 'imageAlt') => string;
  ticked: (name: 'removeImage' | 'removeFilm') => boolean;
};

function FileField({ kind, label, hint, error }: { kind: UploadKind; label: string; hint: string; error?: string }) {
  return (
    <FieldFrame id={kind} label={label} hint={hint} error={error}>
      <input
        {...describedControl({ id: kind, hint, error })}
        type="file"
        name={kind}
        accept={uploadRules[kind].accept}
        className="w-full max-w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700"
      />
    </FieldFrame>
  );
}

function Remove({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" id={name} name={name} defaultChecked={checked} className="mt-1 size-4" />
      <label htmlFor={name}>{label}</label>
    </div>
  );
}

export function MediaFields({ current, sentKey, err, value, ticked }: Props) {
  const t = useTranslations('examples.form');
  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t('image')}</legend>
        {current.image ? (
          <>
            <input type="hidden" name="hasImage" value="true" />
            <ExampleMedia image={current.image} film={null} />
            <Remove key={sentKey} name="removeImage" label={t('removeImage')} checked={ticked('removeImage')} />
          </>
        ) : null}
        <FileField
          kind="image"
          label={current.image ? t('changeImage') : t('imageLabel')}
          hint={t('imageHint')}
          error={err('image')}
        />
        <Field
          key={sentKey}
          label={t('alt')}
          name="imageAlt"
          defaultValue={value('imageAlt')}
          error={err('imageAlt')}
          hint={t('altHint', { max: IMAGE_ALT_MAX })}
        />
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t('film')}</legend>
        {current.film ? (
          <>
            <input type="hidden" name="hasFilm" value="true" />
            <ExampleMedia image={null} film={current.film} />
            <Remove key={sentKey} name="removeFilm" label={t('removeFilm')} checked={ticked('removeFilm')} />
          </>
        ) : null}
        <FileField
          kind="film"
          label={current.film ? t('changeFilm') : t('filmLabel')}
          hint={t('filmHint')}
          error={err('film')}
        />
        <FileField
          kind="captions"
          label={current.film ? t('captionsChange') : t('captions')}
          hint={t('captionsHint')}
          error={err('captions')}
        />
      </fieldset>
    </>
  );
}

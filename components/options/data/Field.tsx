import { type InputHTMLAttributes, type Ref, useId } from 'react';

/** A labelled input: the label, the field and its id, as every form on the page writes them. */
export function Field({
  label,
  ref,
  ...input
}: { label: string; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} ref={ref} {...input} />
    </div>
  );
}

import { Field, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";

/** A labelled select with a first "choose …" entry and its field's error, for the cooperation forms. */
export function SelectField({
  id,
  name,
  label,
  placeholder,
  options,
  error,
  defaultValue = "",
}: {
  id: string;
  name: string;
  label: string;
  placeholder: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
  defaultValue?: string;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={defaultValue} required aria-invalid={error ? true : undefined}>
        <Select.Option value="" disabled>
          {placeholder}
        </Select.Option>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

// Forms in the GOV.UK Design System's patterns: every field has a label (a legend for a group), an
// error message beside it, and an error summary at the top whose links move focus to the field. The
// errors come from the API's RFC 9457 problem document (`errors: [{field, message}]`) or from the
// form's own checks before anything is sent; a refusal without fields (a 422 saying why) is shown in
// the summary as it is.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, message } from './api';
import { SessionEnded } from './session';
import { label as words } from './time';

/** The id of a field's control, from the API's field name ("people[0].nickname") and its form's scope. */
export const fieldId = (name: string, scope = '') =>
  ('f-' + (scope ? scope + '-' : '') + name).replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');

/** Several forms on one page each name their fields in a scope of their own, so that ids stay unique. */
const Scope = createContext('');
export function Scoped({ scope, children }: { scope: string; children: ComponentChildren }) {
  return <Scope.Provider value={scope}>{children}</Scope.Provider>;
}
const useFieldId = () => { const scope = useContext(Scope); return (name: string) => fieldId(name, scope); };

export interface FormErrors { [field: string]: string; }

/** A thrown error for the form's own checks: field → message, shown exactly as the API's are. */
export class Invalid extends Error {
  constructor(readonly errors: FormErrors) { super('invalid'); }
}

/**
 * A form's submission: runs it, and keeps the outcome (the success text, or the problem as a summary
 * and per-field messages). `fields` names the fields this form shows, so a problem about another
 * field is still listed in the summary, without a link.
 */
export function useSubmit() {
  const [state, setState] = useState<{ busy: boolean; done?: string; problem?: string; errors: FormErrors }>(
    { busy: false, errors: {} });
  const submit = (run: () => Promise<unknown>, done: string) => async (event?: Event) => {
    event?.preventDefault();
    setState({ busy: true, errors: {} });
    try {
      await run();
      setState({ busy: false, done, errors: {} });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      if (error instanceof Invalid) {
        setState({ busy: false, errors: error.errors });
      } else if (error instanceof ApiError) {
        const errors: FormErrors = {};
        for (const e of error.problem.errors ?? []) errors[e.field] = `${sentence(e.field)} ${e.message}`;
        setState({ busy: false, errors, problem: error.problem.errors?.length ? error.problem.title : message(error) });
      } else {
        setState({ busy: false, errors: {}, problem: message(error) });
      }
    }
  };
  return { ...state, submit, reset: () => setState({ busy: false, errors: {} }) };
}

/** "preventionInterview.by" → "Prevention interview by". */
function sentence(field: string) {
  const last = field.replace(/\[(\d+)\]/g, ' $1').split('.').join(' ');
  const spaced = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The error summary: focused when it appears, each error a link to its field. */
export function ErrorSummary({ problem, errors }: { problem?: string; errors: FormErrors }) {
  const fid = useFieldId();
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = Boolean(problem) || entries.length > 0;
  useEffect(() => { if (shown) box.current?.focus(); }, [problem, JSON.stringify(errors)]);
  if (!shown) return null;
  return <div class="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={box}>
    <div role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        {problem && <p class="govuk-body">{problem}</p>}
        {entries.length > 0 && <ul class="govuk-list govuk-error-summary__list">
          {entries.map(([field, text]) => <li key={field}>
            <a href={`#${fid(field)}`} onClick={(event) => {
              event.preventDefault();
              const target = document.getElementById(fid(field))
                ?? document.querySelector<HTMLElement>(`[id^="${fid(field)}-"]`);
              if (target) { target.scrollIntoView({ block: 'center' }); target.focus(); }
            }}>{text}</a>
          </li>)}
        </ul>}
      </div>
    </div>
  </div>;
}

function Group({ error, name, children }: { error?: string; name: string; children: ComponentChildren }) {
  const fid = useFieldId();
  return <div class={'govuk-form-group' + (error ? ' govuk-form-group--error' : '')}>
    {error && <p id={`${fid(name)}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error}</p>}
    {children}
  </div>;
}

const describedBy = (fid: (n: string) => string, name: string, hint?: string, error?: string) =>
  [hint ? `${fid(name)}-hint` : '', error ? `${fid(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField({ name, label, hint, value, set, errors, type = 'text', width, area }: {
  name: string; label: string; hint?: string; value: string; set: (value: string) => void; errors: FormErrors;
  type?: string; width?: number; area?: boolean;
}) {
  const fid = useFieldId();
  const error = errors[name];
  const id = fid(name);
  return <div class={'govuk-form-group' + (error ? ' govuk-form-group--error' : '')}>
    <label class="govuk-label" for={id}>{label}</label>
    {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
    {error && <p id={`${id}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {error}</p>}
    {area
      ? <textarea class={'govuk-textarea' + (error ? ' govuk-textarea--error' : '')} id={id} name={name} rows={3}
                  aria-describedby={describedBy(fid, name, hint, error)} value={value}
                  onInput={(e) => set((e.target as HTMLTextAreaElement).value)} />
      : <input class={'govuk-input' + (width ? ` govuk-input--width-${width}` : '') + (error ? ' govuk-input--error' : '')}
               id={id} name={name} type={type} aria-describedby={describedBy(fid, name, hint, error)} value={value}
               onInput={(e) => set((e.target as HTMLInputElement).value)} />}
  </div>;
}

export function Select({ name, label, value, set, errors, options, hint }: {
  name: string; label: string; value: string; set: (value: string) => void; errors: FormErrors;
  options: [string, string][]; hint?: string;
}) {
  const fid = useFieldId();
  const error = errors[name];
  const id = fid(name);
  return <div class={'govuk-form-group' + (error ? ' govuk-form-group--error' : '')}>
    <label class="govuk-label" for={id}>{label}</label>
    {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
    {error && <p id={`${id}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {error}</p>}
    <select class={'govuk-select' + (error ? ' govuk-select--error' : '')} id={id} name={name} value={value}
            aria-describedby={describedBy(fid, name, hint, error)} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
      {options.map(([v, text]) => <option value={v} key={v}>{text}</option>)}
    </select>
  </div>;
}

/** One choice from a list of API constants (shown in words unless `names` says otherwise). */
export function Radios({ name, legend, value, set, errors, options, names, hint, small, inline }: {
  name: string; legend: string; value: string; set: (value: string) => void; errors: FormErrors;
  options: string[]; names?: Record<string, string>; hint?: string; small?: boolean; inline?: boolean;
}) {
  const fid = useFieldId();
  const error = errors[name];
  const id = fid(name);
  return <Group error={error} name={name}>
    <fieldset class="govuk-fieldset" aria-describedby={describedBy(fid, name, hint, error)}>
      <legend class={`govuk-fieldset__legend govuk-fieldset__legend--${small ? 's' : 'm'}`}>{legend}</legend>
      {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
      <div class={'govuk-radios' + (small ? ' govuk-radios--small' : '') + (inline ? ' govuk-radios--inline' : '')}>
        {options.map((option, i) => <div class="govuk-radios__item" key={option}>
          <input class="govuk-radios__input" id={i === 0 ? id : `${id}-${option}`} name={name} type="radio"
                 value={option} checked={value === option} onChange={() => set(option)} />
          <label class="govuk-label govuk-radios__label" for={i === 0 ? id : `${id}-${option}`}>
            {names?.[option] ?? words(option)}</label>
        </div>)}
      </div>
    </fieldset>
  </Group>;
}

/** Any number of choices from a list of API constants. */
export function Checkboxes({ name, legend, values, set, errors, options, names, hint, small }: {
  name: string; legend: string; values: string[]; set: (values: string[]) => void; errors: FormErrors;
  options: string[]; names?: Record<string, string>; hint?: string; small?: boolean;
}) {
  const fid = useFieldId();
  const error = errors[name];
  const id = fid(name);
  return <Group error={error} name={name}>
    <fieldset class="govuk-fieldset" aria-describedby={describedBy(fid, name, hint, error)}>
      <legend class={`govuk-fieldset__legend govuk-fieldset__legend--${small ? 's' : 'm'}`}>{legend}</legend>
      {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
      <div class={'govuk-checkboxes' + (small ? ' govuk-checkboxes--small' : '')}>
        {options.map((option, i) => <div class="govuk-checkboxes__item" key={option}>
          <input class="govuk-checkboxes__input" id={i === 0 ? id : `${id}-${option}`} name={name} type="checkbox"
                 value={option} checked={values.includes(option)}
                 onChange={(e) => set((e.target as HTMLInputElement).checked
                   ? [...values, option] : values.filter((v) => v !== option))} />
          <label class="govuk-label govuk-checkboxes__label" for={i === 0 ? id : `${id}-${option}`}>
            {names?.[option] ?? words(option)}</label>
        </div>)}
      </div>
    </fieldset>
  </Group>;
}

/** One yes/no checkbox. */
export function Check({ name, label, checked, set }: { name: string; label: string; checked: boolean; set: (v: boolean) => void }) {
  const fid = useFieldId();
  return <div class="govuk-checkboxes__item">
    <input class="govuk-checkboxes__input" id={fid(name)} name={name} type="checkbox" checked={checked}
           onChange={(e) => set((e.target as HTMLInputElement).checked)} />
    <label class="govuk-label govuk-checkboxes__label" for={fid(name)}>{label}</label>
  </div>;
}

/**
 * Rows of the same few fields (people, vehicles, handles, places, actions), each row a fieldset
 * with its own legend, added and removed with buttons.
 */
export function Rows<T extends Record<string, string>>({ name, legend, hint, rows, set, blank, fields, errors, noun }: {
  name: string; legend: string; hint?: string; rows: T[]; set: (rows: T[]) => void; blank: T; noun: string;
  fields: { key: keyof T & string; label: string; type?: string; width?: number; options?: [string, string][] }[];
  errors: FormErrors;
}) {
  const fid = useFieldId();
  return <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
    {hint && <div class="govuk-hint">{hint}</div>}
    {rows.map((row, i) => <fieldset class="govuk-fieldset hw-row" key={i}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{noun} {i + 1}</legend>
      {fields.map((f) => f.options
        ? <Select key={f.key} name={`${name}[${i}].${f.key}`} label={f.label} value={row[f.key]} errors={errors}
                  options={f.options} set={(v) => set(rows.map((r, j) => (j === i ? { ...r, [f.key]: v } : r)))} />
        : <TextField key={f.key} name={`${name}[${i}].${f.key}`} label={f.label} type={f.type} width={f.width}
                     value={row[f.key]} errors={errors}
                     set={(v) => set(rows.map((r, j) => (j === i ? { ...r, [f.key]: v } : r)))} />)}
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
              onClick={() => set(rows.filter((_, j) => j !== i))}>
        Remove<span class="govuk-visually-hidden"> {noun.toLowerCase()} {i + 1}</span></button>
    </fieldset>)}
    <button type="button" class="govuk-button govuk-button--secondary" onClick={() => set([...rows, { ...blank }])}>
      Add {rows.length ? 'another' : /^[aeiou]/i.test(noun) ? 'an' : 'a'} {noun.toLowerCase()}</button>
  </fieldset>;
}

/** A time the person types (their browser's time zone) as the API's instant; blank is null. */
export function instant(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

/** An instant as a datetime-local value in the browser's time zone. */
export function localInput(at: Date | string | null | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Text with one item a line, as a list (blank lines dropped). */
export const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Blank strings as absent, so that optional fields are left out rather than sent empty. */
export const orNull = (text: string) => (text.trim() ? text.trim() : null);

// Small building blocks in GOV.UK Frontend's markup.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { SessionEnded } from './session';
import { message } from './api';

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const reload = useCallback(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then((data) => current && setState({ data, loading: false }))
      .catch((error) => current && !(error instanceof SessionEnded) && setState({ error: message(error), loading: false }));
    return () => { current = false; };
  }, deps);
  useEffect(reload, [reload]);
  return { ...state, reload };
}

/** The page's heading, focused when the page opens so that screen readers announce it. */
export function Title({ children, caption }: { children: ComponentChildren; caption?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  return (
    <h1 class="govuk-heading-l" tabIndex={-1} ref={heading}>
      {caption && <span class="govuk-caption-l">{caption}</span>}
      {children}
    </h1>
  );
}

export function Loading({ what }: { what: string }) {
  return <p class="govuk-body" role="status">Loading {what}…</p>;
}

export function ErrorText({ text }: { text: string }) {
  return <div class="govuk-error-summary" role="alert" tabIndex={-1}>
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body"><p class="govuk-body">{text}</p></div>
  </div>;
}

export function Success({ text }: { text: string }) {
  const id = useId();
  return <div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
              aria-labelledby={`success-${id}`}>
    <div class="govuk-notification-banner__header">
      <h2 class="govuk-notification-banner__title" id={`success-${id}`}>Done</h2>
    </div>
    <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{text}</p></div>
  </div>;
}

export function Summary({ rows }: { rows: [string, ComponentChildren][] }) {
  return <dl class="govuk-summary-list">
    {rows.map(([key, value]) => <div class="govuk-summary-list__row" key={key}>
      <dt class="govuk-summary-list__key">{key}</dt>
      <dd class="govuk-summary-list__value">{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </div>)}
  </dl>;
}

export function Table({ caption, head, rows, empty }: {
  caption: string; head: string[]; rows: ComponentChildren[][]; empty: string;
}) {
  if (rows.length === 0) {
    return <><p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{caption}</p>
      <p class="govuk-body hw-board-empty">{empty}</p></>;
  }
  return <table class="govuk-table">
    <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      {head.map((h) => <th scope="col" class="govuk-table__header" key={h}>{h}</th>)}
    </tr></thead>
    <tbody class="govuk-table__body">
      {rows.map((row, i) => <tr class="govuk-table__row" key={i}>
        {row.map((cell, j) => j === 0
          ? <th scope="row" class="govuk-table__header" key={j}>{cell}</th>
          : <td class="govuk-table__cell" key={j}>{cell}</td>)}
      </tr>)}
    </tbody>
  </table>;
}

export function Tag({ colour, children }: { colour?: string; children: ComponentChildren }) {
  return <strong class={`govuk-tag${colour ? ' govuk-tag--' + colour : ''}`}>{children}</strong>;
}

/** A button that runs an action, shows it is busy, and reports the outcome. */
export function ActionButton({ label, run, secondary, warning, disabled }: {
  label: string; run: () => Promise<void>; secondary?: boolean; warning?: boolean; disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const classes = 'govuk-button' + (secondary ? ' govuk-button--secondary' : '') + (warning ? ' govuk-button--warning' : '');
  return <button type="button" class={classes} disabled={busy || disabled} aria-disabled={busy || disabled}
                 onClick={async () => { setBusy(true); try { await run(); } finally { setBusy(false); } }}>
    {label}
  </button>;
}

/** Runs an action and keeps its outcome for a banner. */
export function useOutcome() {
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const attempt = (run: () => Promise<unknown>, ok: string) => async () => {
    try {
      await run();
      setOutcome({ ok });
    } catch (error) {
      if (!(error instanceof SessionEnded)) setOutcome({ error: message(error) });
    }
  };
  const banner = outcome.ok ? <Success text={outcome.ok} /> : outcome.error ? <ErrorText text={outcome.error} /> : null;
  return { attempt, banner };
}

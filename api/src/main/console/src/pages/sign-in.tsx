import { useState } from 'preact/hooks';
import { emulated, signIn, takeEndedReason } from '../session';
import { Title } from '../ui';

const DEMO_USERS = [
  ['lee', 'social worker of Amira and Jordan'], ['kim', 'manager'], ['sam', 'foster carer of Amira'],
  ['priya', 'carer of Jordan'], ['alex', 'moderator'], ['pat', 'police partner'], ['dana', 'school partner'],
];

export function SignIn() {
  const [ended] = useState(takeEndedReason);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      setError('Enter your email address and password');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(email.includes('@') ? email : `${email}@demo.homeward.app`, password);
    } catch {
      setError('The email address or password is not right');
      setBusy(false);
    }
  }

  return <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    {ended && <div class="govuk-notification-banner" role="region" aria-labelledby="ended-title">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="ended-title">Signed out</h2>
      </div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{ended}</p></div>
    </div>}
    {error && <div class="govuk-error-summary" role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
        <li><a href="#email" onClick={(e) => { e.preventDefault(); document.getElementById('email')?.focus(); }}>{error}</a></li>
      </ul></div>
    </div>}
    <Title>Sign in to Homeward</Title>
    <form onSubmit={submit} noValidate>
      <div class={'govuk-form-group' + (error ? ' govuk-form-group--error' : '')}>
        <label class="govuk-label" for="email">Email address</label>
        <input class="govuk-input" id="email" name="email" type="email" autocomplete="username" spellcheck={false} />
      </div>
      <div class={'govuk-form-group' + (error ? ' govuk-form-group--error' : '')}>
        <label class="govuk-label" for="password">Password</label>
        <input class="govuk-input govuk-!-width-two-thirds" id="password" name="password" type="password"
               autocomplete="current-password" />
      </div>
      <button type="submit" class="govuk-button" disabled={busy} aria-disabled={busy}>Sign in</button>
    </form>
    {emulated && <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Demo accounts</span></summary>
      <div class="govuk-details__text">
        <p class="govuk-body">This run signs in with the local Auth emulator. Every demo account has the password
          <code> homeward-demo</code>; a name alone (such as <code>lee</code>) is enough as the email address.</p>
        <ul class="govuk-list govuk-list--bullet">
          {DEMO_USERS.map(([name, what]) => <li key={name}><code>{name}@demo.homeward.app</code>: {what}</li>)}
        </ul>
      </div>
    </details>}
  </div></div>;
}

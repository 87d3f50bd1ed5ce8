// Work screens: a plan with its check-ins, an alert (acknowledge it, or report the young person
// missing from it), and a help request (acknowledge it, close it with an outcome).
import { useState } from 'preact/hooks';
import { get, post } from '../api';
import type { Person } from '../session';
import { href } from '../router';
import { label, wallClock, when } from '../time';
import { ActionButton, ErrorText, Loading, Summary, Table, Tag, Title, useLoad, useOutcome } from '../ui';

interface Plan { id: string; youngPersonId: string; status: string; where: string; withWhom: string | null; leavingAt: string; backBy: string; returnDue: string; checkedOutAt: string | null; returnedAt: string | null; agreedBy: string | null; }
interface CheckIn { id: string; kind: string; deviceTime: string | null; receivedAt: string; hasLocation: boolean; area: { latitude: number; longitude: number } | null; late: boolean; minutes: number | null; }
interface Delivery { channel: string; recipientId: string; address: string; status: string; error: string | null; fallback: boolean; attemptedAt: string; }
interface Alert { id: string; kind: string; planId: string; youngPersonId: string; step: number; raisedAt: string; recipientIds: string[]; status: string; acknowledgedBy: string | null; acknowledgedAt: string | null; resolvedAt: string | null; deliveries: Delivery[]; }
interface Note { kind: string; authorId: string; text: string; at: string; }
interface Help { id: string; youngPersonId: string; planId: string | null; category: string; message: string | null; discreet: boolean; hasLocation: boolean; status: string; raisedAt: string; alertedIds: string[]; acknowledgedBy: string | null; acknowledgedAt: string | null; notes: Note[]; safeAt: string | null; outcome: string | null; closedBy: string | null; closedAt: string | null; missingEpisodeId: string | null; }

export function PlanPage({ id }: { id: string }) {
  const plan = useLoad(() => get<Plan>(`/plans/${encodeURIComponent(id)}`), [id]);
  const checkIns = useLoad(() => get<CheckIn[]>(`/plans/${encodeURIComponent(id)}/check-ins`), [id]);
  if (plan.error) return <><Title>Going-out plan</Title><ErrorText text={plan.error} /></>;
  if (!plan.data) return <Loading what="the plan" />;
  const p = plan.data;
  return <>
    <Title caption="Going-out plan">{p.where}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('young-people', p.youngPersonId)}>Back to the young person's record</a></p>
    <Summary rows={[['Status', <Tag>{label(p.status)}</Tag>], ['With', p.withWhom], ['Leaving', wallClock(p.leavingAt)],
      ['Back by', wallClock(p.backBy)], ['Agreed by', p.agreedBy], ['Checked out', when(p.checkedOutAt)],
      ['Home', when(p.returnedAt)]]} />
    {checkIns.error ? <ErrorText text={checkIns.error} /> : !checkIns.data ? <Loading what="check-ins" /> :
      <Table caption="Check-ins" empty="No check-ins yet." head={['Kind', 'Received', 'Phone time', 'Late', 'Where']}
             rows={checkIns.data.map((c) => [label(c.kind) + (c.minutes ? ` (${c.minutes} min)` : ''), when(c.receivedAt),
               when(c.deviceTime), c.late ? 'Yes' : 'No',
               c.area ? `About ${c.area.latitude}, ${c.area.longitude}` : c.hasLocation ? 'Located (see locations in the app)' : '—'])} />}
  </>;
}

export function AlertPage({ id, person }: { id: string; person: Person }) {
  const { data, error, reload } = useLoad(() => get<Alert>(`/alerts/${encodeURIComponent(id)}`), [id]);
  const { attempt, banner } = useOutcome();
  const [confirmMissing, setConfirmMissing] = useState(false);
  if (error && !data) return <><Title>Alert</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the alert" />;
  const a = data;
  const open = a.kind === 'LATE_RETURN' && a.status === 'OPEN';
  const mayReportMissing = a.kind === 'LATE_RETURN' && (a.status === 'OPEN' || a.status === 'ACKNOWLEDGED');
  const mayAct = person.role === 'carer' || person.role === 'worker';
  return <>
    {banner}
    <Title caption="Alert">{a.kind === 'LATE_RETURN' ? `Late return: step ${a.step} of 4` : label(a.kind)}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('young-people', a.youngPersonId)}>The young person's record</a>
      {' · '}<a class="govuk-link" href={href('board')}>The board</a></p>
    <Summary rows={[['Status', <Tag colour={a.status === 'OPEN' ? 'red' : undefined}>{label(a.status)}</Tag>],
      ['Raised', when(a.raisedAt)], ['Sent to', a.recipientIds.join(', ')],
      ['Acknowledged', a.acknowledgedBy ? `${a.acknowledgedBy}, ${when(a.acknowledgedAt)}` : null],
      ['Resolved', when(a.resolvedAt)]]} />
    <Table caption="Deliveries" empty="Nothing delivered yet." head={['Channel', 'To', 'Address', 'Outcome', 'When']}
           rows={a.deliveries.map((d) => [label(d.channel) + (d.fallback ? ' (fallback)' : ''), d.recipientId, d.address,
             label(d.status) + (d.error ? `: ${d.error}` : ''), when(d.attemptedAt)])} />
    {mayAct && mayReportMissing && <div class="govuk-button-group">
      {open && <ActionButton label="Acknowledge: I'm dealing with it"
                    run={attempt(() => post(`/alerts/${encodeURIComponent(id)}/acknowledge`).then(reload),
                      'Acknowledged: the ladder has stopped.')} />}
      {!confirmMissing && <button type="button" class="govuk-button govuk-button--warning"
                                  onClick={() => setConfirmMissing(true)}>Report missing</button>}
    </div>}
    {mayAct && confirmMissing && mayReportMissing && <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
        This opens a missing episode and tells the duty worker at once.</strong>
      <div class="govuk-button-group">
        <ActionButton label="Yes, report missing" warning
                      run={attempt(() => post(`/alerts/${encodeURIComponent(id)}/missing`).then(() => { setConfirmMissing(false); reload(); }),
                        'Reported missing: the missing episode is open and the duty worker has been told.')} />
        <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirmMissing(false)}>Cancel</button>
      </div>
    </div>}
  </>;
}

const OUTCOMES = ['RESOLVED_BY_CARER', 'WORKER_ATTENDED', 'POLICE_INFORMED', 'MISSING_EPISODE_OPENED', 'FALSE_ALARM'];

export function HelpPage({ id }: { id: string }) {
  const { data, error, reload } = useLoad(() => get<Help>(`/help-requests/${encodeURIComponent(id)}`), [id]);
  const { attempt, banner } = useOutcome();
  const [outcome, setOutcome] = useState<string>('');
  const [outcomeError, setOutcomeError] = useState(false);
  if (error && !data) return <><Title>Help request</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the help request" />;
  const h = data;
  const closed = h.status === 'CLOSED';
  const close = attempt(async () => {
    if (!outcome) {
      setOutcomeError(true);
      throw new Error('Choose how it ended');
    }
    setOutcomeError(false);
    await post(`/help-requests/${encodeURIComponent(id)}/close`, { outcome });
    reload();
  }, 'Closed.');
  return <>
    {banner}
    <Title caption="Help request">{label(h.category)}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('young-people', h.youngPersonId)}>The young person's record</a>
      {' · '}<a class="govuk-link" href={href('board')}>The board</a></p>
    <Summary rows={[['Status', <Tag colour={h.status === 'OPEN' ? 'red' : undefined}>{label(h.status)}</Tag>],
      ['Raised', when(h.raisedAt)], ['Message', h.message], ['Discreet', h.discreet ? 'Yes: no sound on their phone' : 'No'],
      ['Alerted', h.alertedIds.join(', ')], ['Acknowledged', h.acknowledgedBy ? `${h.acknowledgedBy}, ${when(h.acknowledgedAt)}` : null],
      ['Says safe', when(h.safeAt)], ['Outcome', h.outcome ? `${label(h.outcome)} (${h.closedBy}, ${when(h.closedAt)})` : null]]} />
    <Table caption="Notes, questions and answers" empty="None yet." head={['When', 'Who', 'Kind', 'Text']}
           rows={h.notes.map((n) => [when(n.at), n.authorId, label(n.kind), n.text])} />
    {h.status === 'OPEN' && <ActionButton label="Acknowledge: I've got this"
      run={attempt(() => post(`/help-requests/${encodeURIComponent(id)}/acknowledge`).then(reload), 'Acknowledged: the escalation has stopped.')} />}
    {!closed && <form onSubmit={(e) => { e.preventDefault(); close(); }} noValidate>
      <div class={'govuk-form-group' + (outcomeError ? ' govuk-form-group--error' : '')}>
        <fieldset class="govuk-fieldset" aria-describedby={outcomeError ? 'outcome-error' : undefined}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">How did it end?</legend>
          {outcomeError && <p id="outcome-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Choose how it ended</p>}
          <div class="govuk-radios" data-module="govuk-radios">
            {OUTCOMES.map((o) => <div class="govuk-radios__item" key={o}>
              <input class="govuk-radios__input" id={`outcome-${o}`} name="outcome" type="radio" value={o}
                     checked={outcome === o} onChange={() => setOutcome(o)} />
              <label class="govuk-label govuk-radios__label" for={`outcome-${o}`}>{label(o)}</label>
            </div>)}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button">Close the help request</button>
    </form>}
  </>;
}

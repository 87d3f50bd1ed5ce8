// The moderation queue: claim an item, read it with its screening findings, approve, reject or ask
// for changes (with a reason the contributor reads), or let it go.
import { useState } from 'preact/hooks';
import { del, get, post } from '../api';
import type { Person } from '../session';
import { go, href } from '../router';
import { label, when } from '../time';
import { ActionButton, ErrorText, Loading, Summary, Table, Tag, Title, useLoad, useOutcome } from '../ui';

interface Reviewable {
  id: string; subject: { type: string; id: string; version: string }; purpose: string; status: string; priority: number;
  held: boolean; requiredApprovals: number; approvedBy: string[]; text: string;
  findings: { kind: string; excerpt: string; blocking: boolean }[]; reports: { category: string; note: string | null; at: string }[];
  decisions: { moderator: string; action: string; reason: string | null; at: string }[];
  claim: { moderator: string; until: string } | null; createdAt: string;
}

const STATUSES = ['OPEN', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'TAKEN_DOWN'];

export function ModerationQueue() {
  const [status, setStatus] = useState('OPEN');
  const { data, error } = useLoad(() => get<Reviewable[]>(`/moderation/reviewables?status=${status}`), [status]);
  return <>
    <Title>Moderation queue</Title>
    <div class="govuk-form-group">
      <label class="govuk-label" for="status">Show</label>
      <select class="govuk-select" id="status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
        {STATUSES.map((s) => <option value={s} key={s}>{label(s)}</option>)}
      </select>
    </div>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="the queue" /> :
      <Table caption={`${label(status)} items, highest priority first`} empty="Nothing here."
             head={['Item', 'Why', 'Priority', 'Findings', 'Claimed by', 'Since']}
             rows={data.map((r) => [<a class="govuk-link" href={href('moderation', r.id)}>{excerpt(r.text)}</a>,
               label(r.purpose), r.priority, r.findings.length ? <Tag colour="orange">{r.findings.length}</Tag> : 'None',
               r.claim?.moderator ?? '—', when(r.createdAt)])} />}
  </>;
}

function excerpt(text: string) {
  const line = (text ?? '').split('\n')[0];
  return line.length > 60 ? line.slice(0, 57) + '…' : line || '(no text)';
}

export function ModerationItem({ id, person }: { id: string; person: Person }) {
  const { data, error, reload } = useLoad(() => get<Reviewable>(`/moderation/reviewables/${encodeURIComponent(id)}`), [id]);
  const { attempt, banner } = useOutcome();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  if (error && !data) return <><Title>Moderation</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the item" />;
  const r = data;
  const path = `/moderation/reviewables/${encodeURIComponent(id)}`;
  const mine = r.claim?.moderator === person.uid;
  const decide = (action: string, needsReason: boolean, done: string) => attempt(async () => {
    if (needsReason && !reason.trim()) {
      setReasonError(true);
      throw new Error('Give a reason the contributor will read');
    }
    setReasonError(false);
    await post(`${path}/decisions`, { action, reason: reason.trim() || undefined });
    setReason('');
    reload();
  }, done);
  return <>
    {banner}
    <Title caption={`${label(r.purpose)} · ${label(r.status)}`}>Review an item</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('moderation')} onClick={(e) => { e.preventDefault(); go('moderation'); }}>Back to the queue</a></p>
    <Summary rows={[['Priority', r.priority], ['Held', r.held ? 'Yes: contact details found' : 'No'],
      ['Approvals', `${r.approvedBy.length} of ${r.requiredApprovals}`],
      ['Claimed by', r.claim ? `${mine ? 'you' : r.claim.moderator} until ${when(r.claim.until)}` : 'Nobody']]} />
    <h2 class="govuk-heading-m">Text</h2>
    <div class="hw-pre">{r.text}</div>
    <Table caption="Screening findings" empty="Screening found nothing." head={['Kind', 'Excerpt', 'Blocking']}
           rows={r.findings.map((f) => [label(f.kind), f.excerpt, f.blocking ? 'Yes' : 'No'])} />
    {r.reports.length > 0 && <Table caption="Reports" empty="" head={['Category', 'Note', 'When']}
           rows={r.reports.map((x) => [label(x.category), x.note ?? '—', when(x.at)])} />}
    <Table caption="Decisions" empty="No decisions yet." head={['Moderator', 'Action', 'Reason', 'When']}
           rows={r.decisions.map((d) => [d.moderator, label(d.action), d.reason ?? '—', when(d.at)])} />
    {r.status === 'OPEN' && <>
      {!mine ? <ActionButton label="Claim this item" run={attempt(() => post(`${path}/claim`).then(reload), 'Claimed: it is yours for 15 minutes.')} /> : <>
        <div class={'govuk-form-group' + (reasonError ? ' govuk-form-group--error' : '')}>
          <label class="govuk-label govuk-label--s" for="reason">Reason (needed to reject or ask for changes; the contributor reads it)</label>
          {reasonError && <p id="reason-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Give a reason</p>}
          <textarea class={'govuk-textarea' + (reasonError ? ' govuk-textarea--error' : '')} id="reason" rows={3}
                    aria-describedby={reasonError ? 'reason-error' : undefined}
                    value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
        </div>
        <div class="govuk-button-group">
          <ActionButton label="Approve" run={decide('APPROVE', false, 'Approved.')} />
          <ActionButton label="Ask for changes" secondary run={decide('REQUEST_CHANGES', true, 'Changes requested.')} />
          <ActionButton label="Reject" warning run={decide('REJECT', true, 'Rejected.')} />
          <ActionButton label="Let it go" secondary run={attempt(() => del(`${path}/claim`).then(reload), 'Let go: another moderator may claim it.')} />
        </div>
      </>}
    </>}
  </>;
}

// Young people and a young person's record. Each section asks the API with the person's own token,
// so a section their role may not read says so rather than showing anything.
import { useState } from 'preact/hooks';
import { get } from '../api';
import type { Person } from '../session';
import { href } from '../router';
import { label, wallClock, when } from '../time';
import { ErrorText, Loading, Summary, Table, Tag, Title, useLoad } from '../ui';
import { RecordEpisodes } from './record-episodes';

interface YoungPerson { id: string; name: string; preferredName: string | null; dateOfBirth: string; placementAddress: string; homeZone: string; organisationId: string; }
interface Placement { id: string; carerIds: string[]; from: string; to: string | null; outOfArea: boolean; }
interface Carer { id: string; name: string; phone: string | null; }
interface Plan { id: string; status: string; where: string; withWhom: string | null; leavingAt: string; backBy: string; returnDue: string; checkedOutAt: string | null; returnedAt: string | null; }
interface Alert { id: string; kind: string; planId: string; step: number; raisedAt: string; status: string; acknowledgedBy: string | null; deliveries: { channel: string; recipientId: string; status: string }[]; }
interface Help { id: string; youngPersonId: string; category: string; status: string; raisedAt: string; acknowledgedBy: string | null; outcome: string | null; }
interface AuditEntry { at: string; actorUid: string; actorRole: string; action: string; recordId: string; reason: string | null; }

export function YoungPeopleList() {
  const { data, error } = useLoad(() => get<YoungPerson[]>('/young-people'), []);
  return <>
    <Title>Young people</Title>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="young people" /> :
      <Table caption="The young people you may see" empty="There is nobody you may see yet."
             head={['Name', 'Preferred name', 'Date of birth', 'Lives at']}
             rows={data.map((y) => [<a class="govuk-link" href={href('young-people', y.id)}>{y.name}</a>,
               y.preferredName ?? '—', y.dateOfBirth, y.placementAddress])} />}
  </>;
}

const readsPlans = (person: Person) => person.role === 'carer' || person.role === 'worker';
const readsAudit = (person: Person) => person.role === 'worker' || person.role === 'manager';

export function YoungPersonRecord({ id, person }: { id: string; person: Person }) {
  const profile = useLoad(() => get<YoungPerson>(`/young-people/${encodeURIComponent(id)}`), [id]);
  if (profile.error) return <><Title>Young person</Title><ErrorText text={profile.error} /></>;
  if (!profile.data) return <Loading what="the record" />;
  const y = profile.data;
  const sections = [['profile', 'Profile'], ['placements', 'Placements and carers'],
    ...(readsPlans(person) ? [['plans', 'Going-out plans'], ['alerts', 'Alerts'], ['help', 'Help requests']] : []),
    ['episodes', 'Missing episodes'], ['part-one', 'Philomena part 1'], ['interviews', 'Return home interviews'],
    ['strategy', 'Strategy discussions'],
    ...(readsAudit(person) ? [['audit', 'Audit log']] : [])];
  return <>
    <Title caption="Young person">{y.name}</Title>
    <nav aria-label="Sections of the record">
      <ul class="govuk-list">{sections.map(([anchor, text]) => <li key={anchor}>
        <a class="govuk-link" href={`#/young-people/${encodeURIComponent(id)}`}
           onClick={(e) => { e.preventDefault(); document.getElementById(anchor)?.scrollIntoView(); document.getElementById(anchor)?.focus(); }}>{text}</a>
      </li>)}</ul>
    </nav>
    <h2 class="govuk-heading-m" id="profile" tabIndex={-1}>Profile</h2>
    <Summary rows={[['Name', y.name], ['Preferred name', y.preferredName], ['Date of birth', y.dateOfBirth],
      ['Lives at', y.placementAddress], ['Time zone', y.homeZone]]} />
    <Placements id={id} />
    {readsPlans(person) && <><Plans id={id} /><Alerts id={id} /><HelpRequests id={id} /></>}
    <RecordEpisodes id={id} person={person} />
    {readsAudit(person) && <Audit id={id} />}
  </>;
}

function Placements({ id }: { id: string }) {
  const placements = useLoad(() => get<Placement[]>(`/young-people/${encodeURIComponent(id)}/placements`), [id]);
  const carers = useLoad(() => get<Carer[]>(`/young-people/${encodeURIComponent(id)}/carers`), [id]);
  const names = new Map((carers.data ?? []).map((c) => [c.id, c.name]));
  return <>
    <h2 class="govuk-heading-m" id="placements" tabIndex={-1}>Placements and carers</h2>
    {placements.error ? <ErrorText text={placements.error} /> : !placements.data ? <Loading what="placements" /> :
      <Table caption="Placements" empty="No placements recorded." head={['From', 'To', 'Carers', 'Out of area']}
             rows={placements.data.map((p) => [p.from, p.to ?? 'current',
               p.carerIds.map((c) => names.get(c) ?? c).join(', '), p.outOfArea ? 'Yes' : 'No'])} />}
    {carers.error ? <ErrorText text={carers.error} /> : !carers.data ? <Loading what="carers" /> :
      <Table caption="Current carers" empty="No current carers." head={['Name', 'Phone']}
             rows={carers.data.map((c) => [c.name, c.phone ?? '—'])} />}
  </>;
}

/** The plans and alerts API answers the newest `limit` (at most 100): "load more" asks for more. */
function LoadMore({ shown, limit, more, what }: { shown: number; limit: number; more: () => void; what: string }) {
  return shown >= limit && limit < 100
    ? <button type="button" class="govuk-button govuk-button--secondary" onClick={more}>Load more {what}</button> : null;
}

function Plans({ id }: { id: string }) {
  const [limit, setLimit] = useState(20);
  const { data, error } = useLoad(() => get<Plan[]>(`/young-people/${encodeURIComponent(id)}/plans?limit=${limit}`), [id, limit]);
  return <>
    <h2 class="govuk-heading-m" id="plans" tabIndex={-1}>Going-out plans</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="plans" /> :
      <Table caption="Plans, newest first (open one to see its check-ins)" empty="No plans yet."
             head={['Where', 'With', 'Leaving', 'Back by', 'Status']}
             rows={data.map((p) => [<a class="govuk-link" href={href('plans', p.id)}>{p.where}</a>, p.withWhom ?? '—',
               wallClock(p.leavingAt), wallClock(p.backBy), <Tag colour={p.status === 'MISSING' ? 'red' : undefined}>{label(p.status)}</Tag>])} />}
    {data && <LoadMore shown={data.length} limit={limit} more={() => setLimit(limit + 20)} what="plans" />}
  </>;
}

function Alerts({ id }: { id: string }) {
  const [limit, setLimit] = useState(20);
  const { data, error } = useLoad(() => get<Alert[]>(`/young-people/${encodeURIComponent(id)}/alerts?limit=${limit}`), [id, limit]);
  return <>
    <h2 class="govuk-heading-m" id="alerts" tabIndex={-1}>Alerts</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="alerts" /> :
      <Table caption="Alerts with their deliveries, newest first" empty="No alerts."
             head={['Alert', 'Raised', 'Status', 'Deliveries']}
             rows={data.map((a) => [<a class="govuk-link" href={href('alerts', a.id)}>{label(a.kind)}{a.step ? `, step ${a.step}` : ''}</a>,
               when(a.raisedAt), label(a.status) + (a.acknowledgedBy ? ` by ${a.acknowledgedBy}` : ''),
               a.deliveries.map((d) => `${label(d.channel)} to ${d.recipientId}: ${label(d.status)}`).join('; ') || '—'])} />}
    {data && <LoadMore shown={data.length} limit={limit} more={() => setLimit(limit + 20)} what="alerts" />}
  </>;
}

function HelpRequests({ id }: { id: string }) {
  const { data, error } = useLoad(() => get<Help[]>('/help-requests'), [id]);
  const mine = (data ?? []).filter((h) => h.youngPersonId === id);
  return <>
    <h2 class="govuk-heading-m" id="help" tabIndex={-1}>Help requests</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="help requests" /> :
      <Table caption="Open and recent (7 days) help requests" empty="No open or recent help requests."
             head={['What', 'Raised', 'Status', 'Outcome']}
             rows={mine.map((h) => [<a class="govuk-link" href={href('help-requests', h.id)}>{label(h.category)}</a>,
               when(h.raisedAt), label(h.status), label(h.outcome) || '—'])} />}
  </>;
}

const AUDIT_PAGE = 20;

/** The audit log a page at a time, newest first, with the server's cursors (kept to go back). */
function Audit({ id }: { id: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1];
  const { data, error } = useLoad(() => get<{ items: AuditEntry[]; next: string | null }>(
    `/young-people/${encodeURIComponent(id)}/audit?limit=${AUDIT_PAGE}`
      + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : '')), [id, cursor]);
  const page = cursors.length;
  return <>
    <h2 class="govuk-heading-m" id="audit" tabIndex={-1}>Audit log</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="the audit log" /> : <>
      <Table caption={`Who read or changed this record, and what Homeward sent (page ${page})`}
             empty="Nothing recorded yet." head={['When', 'Who', 'Role', 'What', 'Why']}
             rows={data.items.map((e) => [when(e.at), e.actorUid, e.actorRole, e.action, e.reason ?? '—'])} />
      {(page > 1 || data.next) && <nav class="govuk-pagination" aria-label="Audit log pages">
        {page > 1 && <div class="govuk-pagination__prev">
          <button type="button" class="govuk-button govuk-button--secondary"
                  onClick={() => setCursors(cursors.slice(0, -1))}>Newer entries</button></div>}
        {data.next && <div class="govuk-pagination__next">
          <button type="button" class="govuk-button govuk-button--secondary"
                  onClick={() => setCursors([...cursors, data.next])}>Older entries</button></div>}
      </nav>}
    </>}
    <p class="govuk-body-s">Times are UK time; the newest entries come first.</p>
  </>;
}

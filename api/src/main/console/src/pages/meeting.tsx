// The weekly multi-agency meeting: a manager reviews the pack (removes items, previews what each
// partner agency would read) and releases it; a partner reads the packs released to their agency.
import { useState } from 'preact/hooks';
import { del, get, post } from '../api';
import type { Person } from '../session';
import { go, href } from '../router';
import { label, when } from '../time';
import { ActionButton, ErrorText, Loading, Summary, Table, Tag, Title, useLoad, useOutcome } from '../ui';

interface PackSummary { id: string; meetingAt: string; from: string; until: string; status: string; items: number; releasedAt: string | null; }
interface Item { id: string; section: string; subject: string | null; text: string; removed: boolean; removalReason: string | null; }
interface Pack extends Omit<PackSummary, 'items'> {
  items: Item[];
  release: { at: string; reason: string; lawfulBasis: string; agencies: { agencyId: string; agencyName: string; items: number }[] } | null;
}
interface Agency { id: string; name: string; kind: string; }
interface AgencyView { packId: string; meetingAt: string; agencyName: string; released: boolean; items: Item[]; }

/** A manager's list of packs, latest meeting first. */
export function MeetingPacks({ person }: { person: Person }) {
  const org = person.organisationId ?? '';
  const { data, error, reload } = useLoad(() => get<PackSummary[]>(`/organisations/${encodeURIComponent(org)}/meeting-packs`), [org]);
  const { attempt, banner } = useOutcome();
  return <>
    {banner}
    <Title>Multi-agency meeting packs</Title>
    <ActionButton label="Assemble the next meeting's pack now" secondary run={attempt(async () => {
      await post(`/organisations/${encodeURIComponent(org)}/meeting-packs`);
      reload();
    }, 'The pack is assembled')} />
    {error ? <ErrorText text={error} /> : !data ? <Loading what="the packs" /> :
      <Table caption="Packs, latest meeting first" empty="No pack yet: it is assembled before each meeting."
             head={['Meeting', 'Period', 'Items', 'Status']}
             rows={data.map((p) => [<a class="govuk-link" href={href('meeting', p.id)}>{when(p.meetingAt)}</a>,
               `${when(p.from)} to ${when(p.until)}`, p.items,
               <Tag colour={p.status === 'RELEASED' ? 'green' : 'yellow'}>{label(p.status)}</Tag>])} />}
  </>;
}

/** One pack: its items, the preview for each agency, and the release. */
export function MeetingPackPage({ id, person }: { id: string; person: Person }) {
  const org = person.organisationId ?? '';
  const pack = useLoad(() => get<Pack>(`/meeting-packs/${encodeURIComponent(id)}`), [id]);
  const agencies = useLoad(() => get<Agency[]>(`/organisations/${encodeURIComponent(org)}/partner-agencies`), [org]);
  const [agency, setAgency] = useState('');
  const [reason, setReason] = useState('Weekly missing and exploitation meeting');
  const { attempt, banner } = useOutcome();
  if (pack.error && !pack.data) return <><Title>Meeting pack</Title><ErrorText text={pack.error} /></>;
  if (!pack.data) return <Loading what="the pack" />;
  const p = pack.data;
  const draft = p.status === 'DRAFT';
  const path = `/meeting-packs/${encodeURIComponent(id)}`;
  return <>
    {banner}
    <Title caption={label(p.status)}>Pack for the meeting on {when(p.meetingAt)}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('meeting')} onClick={(e) => { e.preventDefault(); go('meeting'); }}>All packs</a></p>
    <Summary rows={[['Period', `${when(p.from)} to ${when(p.until)}`],
      ['Released', p.release ? `${when(p.release.at)}: ${p.release.reason}` : 'Not yet'],
      ['Lawful basis', p.release ? p.release.lawfulBasis : 'Set at the release (the organisation\'s default unless given)']]} />
    <Table caption="Items" empty="Nothing happened in the period."
           head={['Section', 'About', 'What', draft ? 'Review' : 'In the pack']}
           rows={p.items.map((item) => [label(item.section), item.subject ?? '—', item.text,
             item.removed ? `Removed${item.removalReason ? ': ' + item.removalReason : ''}`
               : draft ? <ActionButton label="Remove" secondary run={attempt(async () => {
                 await del(`${path}/items/${encodeURIComponent(item.id)}`);
                 pack.reload();
               }, 'Removed from the pack')} /> : 'Yes'])} />
    <h2 class="govuk-heading-m">What each agency reads</h2>
    {agencies.error ? <ErrorText text={agencies.error} /> : !agencies.data ? <Loading what="the agencies" /> : <>
      <div class="govuk-form-group">
        <label class="govuk-label" for="agency">Agency</label>
        <select class="govuk-select" id="agency" value={agency} onChange={(e) => setAgency((e.target as HTMLSelectElement).value)}>
          <option value="">Choose an agency</option>
          {agencies.data.map((a) => <option value={a.id} key={a.id}>{a.name} ({label(a.kind)})</option>)}
        </select>
      </div>
      {agency && <AgencyItems packId={id} agencyId={agency} key={agency + p.status + p.items.filter((i) => i.removed).length} />}
    </>}
    {draft && <>
      <h2 class="govuk-heading-m">Release</h2>
      <div class="govuk-form-group">
        <label class="govuk-label" for="reason">Why it is shared (recorded with every disclosure)</label>
        <input class="govuk-input" id="reason" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </div>
      <ActionButton label="Release to the agencies" run={attempt(async () => {
        await post(`${path}/release`, { reason });
        pack.reload();
      }, 'Released: each agency can read its view')} />
    </>}
  </>;
}

function AgencyItems({ packId, agencyId }: { packId: string; agencyId: string }) {
  const { data, error } = useLoad(() => get<AgencyView>(`/meeting-packs/${encodeURIComponent(packId)}/agencies/${encodeURIComponent(agencyId)}`), [packId, agencyId]);
  if (error) return <ErrorText text={error} />;
  if (!data) return <Loading what="the agency's view" />;
  return <Table caption={`${data.agencyName}: ${data.released ? 'as released' : 'preview'}`}
                empty="This agency would be given nothing."
                head={['Section', 'About', 'What']}
                rows={data.items.map((item) => [label(item.section), item.subject ?? '—', item.text])} />;
}

/** A partner's packs: those released to their agency. */
export function SharedPacks({ person, id }: { person: Person; id?: string }) {
  const agency = person.agencyId ?? '';
  const list = useLoad(() => get<PackSummary[]>(`/partner-agencies/${encodeURIComponent(agency)}/meeting-packs`), [agency]);
  if (id) return <SharedPack packId={id} agencyId={agency} />;
  return <>
    <Title>Shared with your agency</Title>
    {list.error ? <ErrorText text={list.error} /> : !list.data ? <Loading what="the packs" /> :
      <Table caption="Meeting packs released to your agency" empty="Nothing has been shared with your agency yet."
             head={['Meeting', 'Released']}
             rows={list.data.map((p) => [<a class="govuk-link" href={href('shared', p.id)}>{when(p.meetingAt)}</a>,
               when(p.releasedAt)])} />}
  </>;
}

function SharedPack({ packId, agencyId }: { packId: string; agencyId: string }) {
  const { data, error } = useLoad(() => get<AgencyView>(`/meeting-packs/${encodeURIComponent(packId)}/agencies/${encodeURIComponent(agencyId)}`), [packId, agencyId]);
  if (error && !data) return <><Title>Meeting pack</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the pack" />;
  return <>
    <Title caption={data.agencyName}>Meeting on {when(data.meetingAt)}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('shared')} onClick={(e) => { e.preventDefault(); go('shared'); }}>All packs</a></p>
    <p class="govuk-body">Shared with your agency for safeguarding. Every time you read it is recorded.</p>
    <Table caption="What was shared with your agency" empty="Nothing was shared with your agency."
           head={['Section', 'About', 'What']}
           rows={data.items.map((item) => [label(item.section), item.subject ?? '—', item.text])} />
  </>;
}

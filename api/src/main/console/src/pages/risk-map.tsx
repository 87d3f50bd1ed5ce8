// The risk map (contextual safeguarding, tag "Risk mapping"): a child's network as a graph with a
// table beside it that says the same in words, a link added by hand or withdrawn with a reason; and,
// across the organisation, entities linked to two or more children, place hotspots by area, the
// match-confirmation queue and the worker's own "others at risk" notices. Other children are named
// only where the API names them (the caller works with them); otherwise they are counted.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../api';
import type { Person } from '../session';
import { href } from '../router';
import { label, when } from '../time';
import { ErrorText, Loading, Table, Title, useLoad, useOutcome } from '../ui';
import { ErrorSummary, Invalid, Radios, Scoped, Select, TextField, instant, localInput, orNull, useSubmit } from '../forms';

const enc = encodeURIComponent;

interface RiskEntity { id: string; kind: string; label: string; approximateAge: number | null; area: string | null; detail: string | null; platform: string | null; createdAt: string; unlinkedSince: string | null; }
interface Grading { source: number; information: string; handling: string; code: string; }
interface RiskLink { id: string; entityId: string; youngPersonId: string; kind: string; source: string; sourceRef: string | null; sourceDetail: string | null; observedAt: string; recordedBy: string; recordedAt: string; joinedAt: string; grading: Grading; }
interface NetworkEntry { entity: RiskEntity; links: RiskLink[]; otherChildren: number; otherChildrenYouMaySee: string[]; }
interface Network { youngPersonId: string; name: string; entities: NetworkEntry[]; }
interface Shared { entity: RiskEntity; children: number; childrenYouMaySee: string[]; linkedAt: string; }
interface Hotspots { from: string; until: string; areas: { area: string; children: number; links: number; places: { entityId: string; label: string }[]; lastSeenAt: string }[]; }
interface Question { match: { id: string; kind: string; score: number; reason: string; status: string; createdAt: string; decidedBy: string | null; decidedAt: string | null; note: string | null }; entity: RiskEntity; entityChildren: number; candidate: RiskEntity | null; candidateChildren: number; }
interface Notice { id: string; youngPersonId: string; entityId: string; kind: string; label: string; otherChildren: number; createdAt: string; }
interface YoungPerson { id: string; name: string; }

const KINDS = ['PERSON', 'PLACE', 'VEHICLE', 'HANDLE'];
const KIND_NAMES: Record<string, string> = { PERSON: 'Person', PLACE: 'Place', VEHICLE: 'Vehicle', HANDLE: 'Online handle' };
const SHAPE_NAMES: Record<string, string> = { PERSON: 'circle', PLACE: 'rounded square', VEHICLE: 'diamond', HANDLE: 'hexagon' };

/** The names of the children the caller may see, to name the ones the API names by id. */
function useNames() {
  const { data } = useLoad(() => get<YoungPerson[]>('/young-people'), []);
  const names = new Map((data ?? []).map((y) => [y.id, y.name]));
  return (ids: string[]) => ids.map((id) => names.get(id) ?? id);
}

/** "2 (Jordan Reid)", "3 (Jordan Reid and 2 you do not work with)", "none". */
function others(count: number, seen: string[]) {
  if (count === 0) return 'None';
  const hidden = count - seen.length;
  const named = seen.join(', ');
  return `${count}` + (seen.length ? ` (${named}${hidden ? ` and ${hidden} you do not work with` : ''})` : ' (not children you work with)');
}

const details = (e: RiskEntity) => [e.approximateAge != null ? `about ${e.approximateAge}` : '', e.area ? `area ${e.area}` : '',
  e.detail ?? '', e.platform ? `on ${e.platform}` : ''].filter(Boolean).join(', ');

export function ChildRiskMap({ id }: { id: string }) {
  const { data, error, reload } = useLoad(() => get<Network>(`/young-people/${enc(id)}/mapping/network`), [id]);
  const name = useNames();
  if (error) return <><Title>Risk map</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the risk map" />;
  const links = data.entities.flatMap((e) => e.links.map((l) => [e, l] as const));
  return <>
    <Title caption={data.name}>Risk map</Title>
    <p class="govuk-body">The people, places, vehicles and online handles around {data.name}, where we know each from, and
      how many other children each is linked to. It is for safety planning, not surveillance.{' '}
      <a class="govuk-link" href={href('young-people', id)}>Back to {data.name}'s record</a></p>
    <h2 class="govuk-heading-m">Network</h2>
    <Graph child={data.name} entries={data.entities} />
    <Table caption={`Everything linked to ${data.name} (${data.entities.length} ${data.entities.length === 1 ? 'entity' : 'entities'}, ${links.length} ${links.length === 1 ? 'link' : 'links'})`}
           empty="Nothing is linked to this child yet."
           head={['Entity', 'Kind', 'Source', 'Seen or said', 'Recorded by', 'Grading', 'Other children', 'Withdraw']}
           rows={links.map(([e, l]) => [<>{e.entity.label}{details(e.entity) && <span class="govuk-body-s"><br />{details(e.entity)}</span>}</>,
             KIND_NAMES[e.entity.kind] ?? label(e.entity.kind),
             label(l.source) + (l.sourceDetail ? `: ${l.sourceDetail}` : ''), when(l.observedAt),
             <>{l.recordedBy}<span class="govuk-body-s"><br />{when(l.recordedAt)}</span></>, l.grading.code,
             others(e.otherChildren, name(e.otherChildrenYouMaySee)), <Withdraw link={l} what={e.entity.label} done={reload} />])} />
    <AddLink id={id} done={reload} />
  </>;
}

/** The graph, drawn once Cytoscape's chunk has loaded; its summary is the container's accessible name. */
function Graph({ child, entries }: { child: string; entries: NetworkEntry[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let teardown: (() => void) | undefined;
    let current = true;
    import('./risk-graph').then(({ draw }) => {
      if (current && box.current) {
        teardown = draw(box.current, child, entries.map((e) => ({ id: e.entity.id, kind: e.entity.kind,
          label: e.entity.label, otherChildren: e.otherChildren })));
        box.current.dataset.drawn = 'true';
      }
    }).catch((error) => current && setFailed(String(error)));
    return () => { current = false; teardown?.(); };
  }, [child, JSON.stringify(entries.map((e) => [e.entity.id, e.otherChildren]))]);
  const counts = KINDS.map((k) => [k, entries.filter((e) => e.entity.kind === k).length] as const).filter(([, n]) => n > 0);
  const shared = entries.filter((e) => e.otherChildren > 0).length;
  const summary = entries.length === 0 ? `${child}'s network: nothing is linked yet.`
    : `${child}'s network, with ${child} in the centre linked to ${counts.map(([k, n]) => `${n} ${KIND_NAMES[k].toLowerCase()}${n === 1 ? '' : 's'}`).join(', ')}`
      + `; ${shared} of them also linked to other children. The table below lists every entity and link.`;
  return <>
    {failed && <ErrorText text={`The graph could not be drawn (${failed}); the table below has everything.`} />}
    <div ref={box} class="hw-risk-graph" role="img" aria-label={summary} />
    <p class="govuk-body-s">Key: {KINDS.map((k) => `${KIND_NAMES[k]}: ${SHAPE_NAMES[k]}`).join('; ')}; {child}: star.
      Each is also labelled in words. A double border means the entity is linked to other children too.</p>
  </>;
}

function Withdraw({ link, what, done }: { link: RiskLink; what: string; done: () => void }) {
  const [reason, setReason] = useState('');
  const { busy, done: ok, problem, errors, submit } = useSubmit();
  return <details class="govuk-details govuk-!-margin-bottom-0">
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Withdraw
      <span class="govuk-visually-hidden"> the link to {what}</span></span></summary>
    <div class="govuk-details__text">
      <Scoped scope={`withdraw-${link.id}`}>
        <ErrorSummary problem={problem} errors={errors} />
        {ok && <p class="govuk-body" role="status">{ok}</p>}
        <form noValidate onSubmit={submit(async () => {
          if (!reason.trim()) throw new Invalid({ reason: 'Say why the link is withdrawn' });
          await post(`/mapping/links/${enc(link.id)}/withdraw`, { reason: reason.trim() });
          done();
        }, 'The link is withdrawn.')}>
          <TextField name="reason" label="Why" value={reason} set={setReason} errors={errors} />
          <button type="submit" class="govuk-button govuk-button--warning" disabled={busy}>Withdraw the link</button>
        </form>
      </Scoped>
    </div>
  </details>;
}

const BLANK = { name: '', nickname: '', approximateAge: '', placeName: '', address: '', area: '', registration: '',
  description: '', platform: '', handle: '', sourceDetail: '', observedAt: '', gradingSource: '', gradingInformation: '', gradingHandling: 'P' };

function AddLink({ id, done }: { id: string; done: () => void }) {
  const [kind, setKind] = useState('PERSON');
  const [source, setSource] = useState('WORKER');
  const [f, setF] = useState({ ...BLANK });
  const { busy, done: ok, problem, errors, submit } = useSubmit();
  const field = (name: keyof typeof BLANK, text: string, extra: { hint?: string; width?: number; type?: string } = {}) =>
    <TextField name={name} label={text} value={f[name]} set={(v) => setF({ ...f, [name]: v })} errors={errors} {...extra} />;
  const send = submit(async () => {
    const age = f.approximateAge.trim();
    if (age && !/^\d{1,3}$/.test(age)) throw new Invalid({ approximateAge: 'Approximate age must be a whole number of years' });
    if (source === 'PARTNER' && !f.sourceDetail.trim()) throw new Invalid({ sourceDetail: "Say whose information it is" });
    const grading = f.gradingSource || f.gradingInformation
      ? { source: Number(f.gradingSource), information: f.gradingInformation, handling: f.gradingHandling } : null;
    if (grading && (!f.gradingSource || !f.gradingInformation)) {
      throw new Invalid(f.gradingSource ? { 'grading.information': 'Choose how the source knows it' } : { 'grading.source': 'Choose how reliable the source is' });
    }
    const body: Record<string, unknown> = { kind, source, sourceDetail: orNull(f.sourceDetail), observedAt: instant(f.observedAt), grading };
    const keep = { PERSON: ['name', 'nickname'], PLACE: ['placeName', 'address', 'area'], VEHICLE: ['registration', 'description'], HANDLE: ['platform', 'handle'] }[kind] ?? [];
    for (const k of keep) body[k] = orNull(f[k as keyof typeof BLANK]);
    if (kind === 'PERSON' && age) body.approximateAge = Number(age);
    await post(`/young-people/${enc(id)}/mapping/links`, body);
    setF({ ...BLANK });
    done();
  }, 'The link is added to the map.');
  return <>
    <h2 class="govuk-heading-m">Add a link</h2>
    <Scoped scope="link">
      <ErrorSummary problem={problem} errors={errors} />
      {ok && <p class="govuk-body" role="status">{ok}</p>}
      <form noValidate onSubmit={send}>
        <Radios name="kind" legend="What is it?" value={kind} set={setKind} errors={errors} options={KINDS} names={KIND_NAMES} inline small />
        {kind === 'PERSON' && <>{field('name', 'Name')}{field('nickname', 'Nickname')}
          {field('approximateAge', 'Approximate age', { width: 3 })}</>}
        {kind === 'PLACE' && <>{field('placeName', 'Place name', { hint: 'For example, Kirk Street flats' })}
          {field('address', 'Address', { hint: 'The house number is not kept' })}
          {field('area', 'Postcode or postcode district', { hint: 'Only the district (LS9) is kept', width: 10 })}</>}
        {kind === 'VEHICLE' && <>{field('registration', 'Registration', { width: 10 })}
          {field('description', 'Make, model and colour')}</>}
        {kind === 'HANDLE' && <>{field('platform', 'Platform', { hint: 'For example, Instagram or Snapchat', width: 20 })}
          {field('handle', 'Handle')}</>}
        <Radios name="source" legend="Where is it from?" value={source} set={setSource} errors={errors} options={['WORKER', 'PARTNER']}
                names={{ WORKER: 'What I know or was told', PARTNER: "A partner agency's information" }} small />
        {field('sourceDetail', 'Source details', { hint: source === 'PARTNER' ? 'Whose information it is, for example: Police, intelligence log 4471' : 'Optional' })}
        {field('observedAt', 'When it was seen or said', { type: 'datetime-local', width: 20, hint: 'Leave blank for now' })}
        <details class="govuk-details">
          <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Grade it (3x5x2)</span></summary>
          <div class="govuk-details__text">
            <Select name="grading.source" label="Source" value={f.gradingSource} set={(v) => setF({ ...f, gradingSource: v })} errors={errors}
                    options={[['', 'The default for the source'], ['1', '1: reliable'], ['2', '2: untested'], ['3', '3: not reliable']]} />
            <Select name="grading.information" label="Information" value={f.gradingInformation} set={(v) => setF({ ...f, gradingInformation: v })} errors={errors}
                    options={[['', 'The default for the source'], ['A', 'A: known directly to the source'], ['B', 'B: indirectly, corroborated'],
                      ['C', 'C: indirectly'], ['D', 'D: not known'], ['E', 'E: suspected false']]} />
            <Select name="grading.handling" label="Handling" value={f.gradingHandling} set={(v) => setF({ ...f, gradingHandling: v })} errors={errors}
                    options={[['P', 'P: lawful sharing permitted'], ['C', 'C: sharing with conditions']]} />
          </div>
        </details>
        <button type="submit" class="govuk-button" disabled={busy}>Add the link</button>
      </form>
    </Scoped>
  </>;
}

/** The organisation's map: shared entities, hotspots, the confirmation queue and the caller's notices. */
export function RiskMapOverview({ person }: { person: Person }) {
  const org = person.organisationId ?? '';
  const name = useNames();
  const shared = useLoad(() => get<Shared[]>(`/organisations/${enc(org)}/mapping/shared-entities?minChildren=2&limit=100`), [org]);
  return <>
    <Title>Risk map</Title>
    <p class="govuk-body">{person.role === 'manager' ? "The whole organisation's map." : 'The map as far as the children you work with reach.'}{' '}
      Other children are named only where you work with them. A child's own network is on their record.</p>
    <nav aria-label="Parts of the risk map">
      <ul class="govuk-list">{[['shared', 'Linked to two or more children'], ['hotspots', 'Place hotspots'], ['queue', 'Matches to confirm'], ['notices', 'My notices']]
        .map(([anchor, text]) => <li key={anchor}><a class="govuk-link" href="#/risk-map" onClick={(e) => {
          e.preventDefault(); document.getElementById(anchor)?.scrollIntoView(); document.getElementById(anchor)?.focus();
        }}>{text}</a></li>)}</ul>
    </nav>
    <h2 class="govuk-heading-m" id="shared" tabIndex={-1}>Linked to two or more children</h2>
    {shared.error ? <ErrorText text={shared.error} /> : !shared.data ? <Loading what="shared entities" /> :
      <Table caption="Entities linked to two or more children, newest link first" empty="Nothing is linked to two or more children."
             head={['Entity', 'Kind', 'Children', 'Children you work with', 'Last linked']}
             rows={shared.data.map((s) => [<>{s.entity.label}{details(s.entity) && <span class="govuk-body-s"><br />{details(s.entity)}</span>}</>,
               KIND_NAMES[s.entity.kind] ?? label(s.entity.kind), String(s.children),
               s.childrenYouMaySee.length ? name(s.childrenYouMaySee).map((n, i) => <>{i > 0 && ', '}
                 <a class="govuk-link" href={href('risk-map', s.childrenYouMaySee[i])}>{n}<span class="govuk-visually-hidden">'s risk map</span></a></>) : 'None',
               when(s.linkedAt)])} />}
    <HotspotsSection org={org} />
    <Queue org={org} />
    <Notices name={name} />
  </>;
}

function HotspotsSection({ org }: { org: string }) {
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [span, setSpan] = useState<{ from: string; until: string } | null>(null);
  const { data, error } = useLoad(() => get<Hotspots>(`/organisations/${enc(org)}/mapping/hotspots`
    + (span ? `?from=${enc(span.from)}&until=${enc(span.until)}` : '')), [org, span?.from, span?.until]);
  const { errors, submit } = useSubmit();
  // The form starts with the window the server chose (the last 28 days by its clock).
  useEffect(() => {
    if (data && !from && !until) { setFrom(localInput(data.from)); setUntil(localInput(data.until)); }
  }, [data]);
  return <>
    <h2 class="govuk-heading-m" id="hotspots" tabIndex={-1}>Place hotspots</h2>
    <Scoped scope="hotspots">
      <ErrorSummary errors={errors} />
      <form noValidate class="hw-inline-form" onSubmit={submit(async () => {
        const f = instant(from), u = instant(until);
        if (!f || !u) throw new Invalid(f ? { until: 'Enter the end of the window' } : { from: 'Enter the start of the window' });
        if (Date.parse(f) >= Date.parse(u)) throw new Invalid({ until: 'The end must be after the start' });
        setSpan({ from: f, until: u });
      }, '')}>
        <TextField name="from" label="From" type="datetime-local" width={20} value={from} set={setFrom} errors={errors} />
        <TextField name="until" label="Until" type="datetime-local" width={20} value={until} set={setUntil} errors={errors} />
        <button type="submit" class="govuk-button govuk-button--secondary">Show hotspots</button>
      </form>
    </Scoped>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="hotspots" /> :
      <Table caption={`Places by area, most children first, ${when(data.from)} to ${when(data.until)}`}
             empty="No places with an area were linked in this window."
             head={['Area', 'Children', 'Links', 'Places', 'Last seen']}
             rows={data.areas.map((a) => [a.area, String(a.children), String(a.links), a.places.map((p) => p.label).join(', '), when(a.lastSeenAt)])} />}
  </>;
}

function Queue({ org }: { org: string }) {
  const [status, setStatus] = useState('PENDING');
  const { data, error, reload } = useLoad(() => get<Question[]>(`/organisations/${enc(org)}/mapping/matches?status=${status}`), [org, status]);
  const { attempt, banner } = useOutcome();
  const decide = (q: Question, how: 'confirm' | 'reject') => attempt(async () => {
    await post(`/mapping/matches/${enc(q.match.id)}/${how}`, {});
    reload();
  }, how === 'confirm' ? `Confirmed: ${q.candidate?.label ?? ''} is ${q.entity.label}.` : `Rejected: kept apart.`);
  const one = (e: RiskEntity | null, children: number) => e ? `${e.label}${details(e) ? ` (${details(e)})` : ''}, ${children} ${children === 1 ? 'child' : 'children'}` : 'Merged';
  return <>
    <h2 class="govuk-heading-m" id="queue" tabIndex={-1}>Matches to confirm</h2>
    <p class="govuk-body">Two records that may be the same person, place, vehicle or handle are never joined without a worker.</p>
    {banner}
    <Scoped scope="queue">
      <Select name="status" label="Show" value={status} set={setStatus} errors={{}}
              options={[['PENDING', 'Waiting for a decision'], ['CONFIRMED', 'Confirmed'], ['REJECTED', 'Rejected']]} />
    </Scoped>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="the queue" /> :
      <Table caption={status === 'PENDING' ? 'Possible matches waiting for a decision' : `${label(status)} matches`}
             empty={status === 'PENDING' ? 'No matches are waiting for a decision.' : 'None.'}
             head={['Kind', 'This', 'May be the same as', 'Similarity and why', status === 'PENDING' ? 'Decide' : 'Decided']}
             rows={data.map((q) => [KIND_NAMES[q.match.kind] ?? label(q.match.kind), one(q.entity, q.entityChildren),
               one(q.candidate, q.candidateChildren), `${Math.round(q.match.score * 100)}%. ${q.match.reason}`,
               q.match.status === 'PENDING' ? <div class="govuk-button-group">
                 <button type="button" class="govuk-button govuk-!-margin-bottom-0" onClick={decide(q, 'confirm')}>Confirm
                   <span class="govuk-visually-hidden"> {q.entity.label} and {q.candidate?.label} are the same</span></button>
                 <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={decide(q, 'reject')}>Reject
                   <span class="govuk-visually-hidden"> the match of {q.entity.label} and {q.candidate?.label}</span></button></div>
                 : `${q.match.decidedBy ?? ''} ${when(q.match.decidedAt)}${q.match.note ? `: ${q.match.note}` : ''}`])} />}
  </>;
}

function Notices({ name }: { name: (ids: string[]) => string[] }) {
  const { data, error } = useLoad(() => get<Notice[]>('/mapping/notices'), []);
  return <>
    <h2 class="govuk-heading-m" id="notices" tabIndex={-1}>My notices</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="your notices" /> :
      <Table caption="A child you work with is linked to something other children are linked to too, newest first"
             empty="No notices." head={['Your child', 'Linked to', 'Other children', 'When']}
             rows={data.map((n) => [<a class="govuk-link" href={href('risk-map', n.youngPersonId)}>{name([n.youngPersonId])[0]}<span class="govuk-visually-hidden">'s risk map</span></a>,
               `${KIND_NAMES[n.kind] ?? label(n.kind)}: ${n.label}`, String(n.otherChildren), when(n.createdAt)])} />}
  </>;
}

// Missing episodes: report a young person missing, the organisation's episodes (open now, recent),
// and an episode's work screen (whereabouts, risk and its review, the police, Philomena parts 1 and 2,
// the timeline, the police pack, the return). Everything is the episodes API as the signed-in person
// may use it; a refusal is shown as the API's problem says.
import { useEffect, useState } from 'preact/hooks';
import { file, get, post, put } from '../api';
import type { Person } from '../session';
import { go, href } from '../router';
import { duration, label, wallClock, when } from '../time';
import { ErrorText, Loading, Success, Summary, Table, Tag, Title, useLoad } from '../ui';
import {
  Check, Checkboxes, ErrorSummary, Invalid, Radios, Scoped, Select, TextField, instant, localInput, orNull, useSubmit,
} from '../forms';

export interface Episode {
  id: string; organisationId: string; youngPersonId: string; status: 'OPEN' | 'CLOSED'; source: string;
  reportedBy: string; reportedAt: string; startedAt: string; endedAt: string | null;
  expected: { place: string; detail: string | null } | null; lastSeen: { at: string | null; by: string | null } | null;
  whereabouts: 'MISSING' | 'AWAY'; dfeCode: string;
  whereaboutsHistory: { whereabouts: string; at: string; by: string; note: string | null }[];
  lastKnownPlan: { planId: string; where: string; withWhom: string | null; leavingAt: string; backBy: string } | null;
  helpRequestIds: string[];
  risk: { grade: string; reasons: string[]; note: string | null; assessedBy: string; assessedAt: string } | null;
  nextReviewDue: string | null;
  police: { reportedAt: string | null; reportedBy: string | null; reference: string | null; grade: string | null; gradedAt: string | null } | null;
  partTwo: {
    clothing: string | null; lastSeenWhere: string | null; lastSeenAt: string | null; lastSeenWith: string | null;
    had: { phone: boolean; money: boolean; bankCard: boolean; travelCard: boolean; other: string | null };
    notes: string | null; recordedBy: string | null; recordedAt: string | null;
  } | null;
  outOfArea: { hostAuthority: string; contactName: string | null; contactPhone: string | null } | null;
  returned: {
    at: string; where: string | null; foundBy: string; foundByDetail: string | null;
    preventionInterview: { held: boolean; by: string | null; at: string | null }; harm: string | null; recordedBy: string | null;
  } | null;
}
interface Listed {
  id: string; youngPersonId: string; childName: string | null; age: number | null; status: string; whereabouts: string;
  startedAt: string; endedAt: string | null; missingForMinutes: number; riskGrade: string | null; policeGrade: string | null;
  outOfArea: boolean; hostAuthority: string | null; nextReviewDue: string | null; strategyDiscussionDue: boolean;
}
export interface TimelineItem { id: string; kind: string; at: string; recordedAt: string; by: string; told: string | null; text: string | null; }
interface YoungPerson { id: string; name: string; }
export interface Philomena {
  description: string | null; friendsAndAssociates: string[]; places: string[]; phoneNumbers: string[]; socialMedia: string[];
  healthNeeds: string | null; medication: string | null; languages: string[]; moneyAndTransport: string | null;
  photo: { mediaType: string } | null; photoUrl: string | null; reviewDue: string | null; updatedBy: string | null; updatedAt: string | null;
  missingHistory: { episodeId: string; status: string; whereabouts: string; startedAt: string; endedAt: string | null }[];
}

const PLACES = ['PLACEMENT', 'SCHOOL_OR_COLLEGE', 'FAMILY_TIME', 'OTHER'];
const GRADES = ['HIGH', 'MEDIUM', 'LOW', 'NO_APPARENT_RISK'];
export const DOMAINS = ['CHILD_SEXUAL_EXPLOITATION', 'CHILD_CRIMINAL_EXPLOITATION_AND_COUNTY_LINES',
  'GANGS_AND_SERIOUS_YOUTH_VIOLENCE', 'TRAFFICKING_AND_MODERN_SLAVERY', 'ONLINE_HARM', 'RADICALISATION',
  'SUBSTANCE_MISUSE', 'MENTAL_HEALTH_AND_SELF_HARM', 'MISSING_FROM_SCHOOL'];
const PEOPLE_KINDS = ['SIGHTING', 'CALL', 'SEARCH', 'MESSAGE', 'TOLD', 'NOTE'];
const TOLD = ['PARENTS', 'POLICE', 'HOST_AUTHORITY', 'SCHOOL', 'OTHER'];
const FOUND_BY = ['SELF', 'CARER', 'POLICE', 'OTHER'];
const WHEREABOUTS_NAMES = { MISSING: 'Missing: whereabouts unknown', AWAY: 'Away: known, but not where they should be' };
const GRADE_COLOUR: Record<string, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'yellow', NO_APPARENT_RISK: 'green' };

const enc = encodeURIComponent;
const grades = (person: Person) => person.role === 'worker' || person.role === 'manager';

export function RiskTag({ grade }: { grade: string | null | undefined }) {
  return grade ? <Tag colour={GRADE_COLOUR[grade]}>{label(grade)}</Tag> : <Tag colour="grey">Not graded yet</Tag>;
}

/** The organisation's episodes: open now, or recent (closed), newest report first, a page at a time. */
export function EpisodesList({ person }: { person: Person }) {
  const [status, setStatus] = useState<'OPEN' | 'CLOSED'>('OPEN');
  const [pages, setPages] = useState<Listed[][]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const org = person.organisationId ?? '';
  const { data, error, loading } = useLoad(() => get<{ items: Listed[]; nextCursor: string | null }>(
    `/organisations/${enc(org)}/missing-episodes?status=${status}&limit=20${cursor ? `&cursor=${enc(cursor)}` : ''}`),
  [status, cursor]);
  const rows = [...pages.flat(), ...(data?.items ?? [])];
  const show = (next: 'OPEN' | 'CLOSED') => { setPages([]); setCursor(null); setStatus(next); };
  return <>
    <Title caption={person.role === 'manager' ? 'Your organisation' : 'The young people you work with'}>Missing episodes</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('report-missing')}>Report a young person missing</a></p>
    <div class="govuk-button-group" role="group" aria-label="Which episodes">
      <button type="button" class={'govuk-button' + (status === 'OPEN' ? '' : ' govuk-button--secondary')}
              aria-pressed={status === 'OPEN'} onClick={() => show('OPEN')}>Open now</button>
      <button type="button" class={'govuk-button' + (status === 'CLOSED' ? '' : ' govuk-button--secondary')}
              aria-pressed={status === 'CLOSED'} onClick={() => show('CLOSED')}>Recent (returned)</button>
    </div>
    {error ? <ErrorText text={error} /> : !data && pages.length === 0 ? <Loading what="episodes" /> : <>
      <Table caption={status === 'OPEN' ? 'Open episodes, newest report first' : 'Returned, newest report first'}
             empty={status === 'OPEN' ? 'Nobody is missing now.' : 'No episodes have ended yet.'}
             head={['Young person', 'Missing or away', status === 'OPEN' ? 'For' : 'Lasted', 'Risk', 'Police grade',
               'Next review', 'Out of area', 'Strategy discussion']}
             rows={rows.map((e) => [<a class="govuk-link" href={href('missing-episodes', e.id)}>
               {e.childName ?? e.youngPersonId}{e.age !== null ? ` (${e.age})` : ''}</a>,
               label(e.whereabouts), duration(e.missingForMinutes * 60000), <RiskTag grade={e.riskGrade} />,
               label(e.policeGrade) || '—', when(e.nextReviewDue) || '—', e.outOfArea ? `Yes: ${e.hostAuthority ?? ''}` : 'No',
               e.strategyDiscussionDue ? <Tag colour="red">Due</Tag> : '—'])} />
      {data?.nextCursor && <button type="button" class="govuk-button govuk-button--secondary" disabled={loading}
              onClick={() => { setPages([...pages, data.items]); setCursor(data.nextCursor); }}>Load more episodes</button>}
    </>}
  </>;
}

/** Report a young person missing (directly: not from an alert or a help request). */
export function ReportMissing({ youngPersonId }: { youngPersonId?: string }) {
  const people = useLoad(() => get<YoungPerson[]>('/young-people'), []);
  const [who, setWho] = useState(youngPersonId ?? '');
  const [place, setPlace] = useState('');
  const [detail, setDetail] = useState('');
  const [seenAt, setSeenAt] = useState('');
  const [seenBy, setSeenBy] = useState('');
  const [whereabouts, setWhereabouts] = useState('MISSING');
  const form = useSubmit();
  const name = people.data?.find((y) => y.id === who)?.name;
  const send = form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!who) errors.youngPerson = 'Choose who is missing';
    if (!place) errors.expectedAt = 'Choose where they should be';
    if (Object.keys(errors).length) throw new Invalid(errors);
    const episode = await post<Episode>(`/young-people/${enc(who)}/missing-episodes`, {
      expectedAt: place, expectedDetail: orNull(detail), lastSeenAt: instant(seenAt), lastSeenBy: orNull(seenBy), whereabouts,
    });
    go('missing-episodes', episode.id);
  }, 'Reported.');
  return <>
    <Title caption="Missing episodes">{name ? `Report ${name} missing` : 'Report a young person missing'}</Title>
    <p class="govuk-body">If they already have an open episode, this report joins it. The duty worker is told at once.</p>
    <ErrorSummary problem={form.problem} errors={form.errors} />
    {people.error ? <ErrorText text={people.error} /> : !people.data ? <Loading what="young people" /> :
      <form onSubmit={send} noValidate>
        {!youngPersonId && <Select name="youngPerson" label="Who is missing?" value={who} set={setWho} errors={form.errors}
                                   options={[['', 'Choose a young person'], ...people.data.map((y): [string, string] => [y.id, y.name])]} />}
        <Radios name="expectedAt" legend="Where should they be?" value={place} set={setPlace} errors={form.errors}
                options={PLACES} names={{ PLACEMENT: 'At home (their placement)', SCHOOL_OR_COLLEGE: 'At school or college',
                  FAMILY_TIME: 'Family time', OTHER: 'Somewhere else' }} />
        <TextField name="expectedDetail" label="Details (optional)" hint="For example the school's name" value={detail}
                   set={setDetail} errors={form.errors} />
        <TextField name="lastSeenAt" label="Last seen by a responsible adult at (optional)" type="datetime-local"
                   value={seenAt} set={setSeenAt} errors={form.errors} />
        <TextField name="lastSeenBy" label="Last seen by (optional)" value={seenBy} set={setSeenBy} errors={form.errors} />
        <Radios name="whereabouts" legend="Do you know where they are?" value={whereabouts} set={setWhereabouts}
                errors={form.errors} options={['MISSING', 'AWAY']} names={WHEREABOUTS_NAMES} small />
        <button type="submit" class="govuk-button govuk-button--warning" disabled={form.busy}>Report missing</button>
      </form>}
  </>;
}

/** One episode: everything about it, and the work on it. */
export function EpisodePage({ id, person }: { id: string; person: Person }) {
  const episode = useLoad(() => get<Episode>(`/missing-episodes/${enc(id)}`), [id]);
  const timeline = useLoad(() => get<TimelineItem[]>(`/missing-episodes/${enc(id)}/timeline`), [id]);
  const yp = episode.data?.youngPersonId;
  const child = useLoad(() => (yp ? get<YoungPerson>(`/young-people/${enc(yp)}`) : Promise.resolve(null)), [yp]);
  const [done, setDone] = useState('');
  if (episode.error && !episode.data) return <><Title>Missing episode</Title><ErrorText text={episode.error} /></>;
  if (!episode.data) return <Loading what="the episode" />;
  const e = episode.data;
  const open = e.status === 'OPEN';
  const changed = (text: string) => { setDone(text); episode.reload(); timeline.reload(); };
  const name = child.data?.name ?? 'The young person';
  const sections = [['summary', 'Summary'], ['whereabouts', 'Whereabouts'], ['risk', 'Risk'], ['police', 'Police'],
    ['part-two', 'Philomena part 2'], ['part-one', 'Philomena part 1'], ['timeline', 'Timeline'], ['pack', 'Police pack'],
    ...(open ? [['return', 'Returned']] : [])];
  return <>
    {done && <Success text={done} />}
    <Title caption="Missing episode">{open ? `${name}: ${e.whereabouts === 'AWAY' ? 'away' : 'missing'}` : `${name}: returned`}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('young-people', e.youngPersonId)}>{name}'s record</a>
      {' · '}<a class="govuk-link" href={href('missing-episodes')}>All missing episodes</a></p>
    <nav aria-label="Sections of the episode"><ul class="govuk-list hw-inline-list">{sections.map(([anchor, text]) => <li key={anchor}>
      <a class="govuk-link" href={`#${anchor}`} onClick={(event) => {
        event.preventDefault(); document.getElementById(anchor)?.scrollIntoView(); document.getElementById(anchor)?.focus();
      }}>{text}</a></li>)}</ul></nav>

    <h2 class="govuk-heading-m" id="summary" tabIndex={-1}>Summary</h2>
    <Summary rows={[
      ['Status', open ? <Tag colour="red">{e.whereabouts === 'AWAY' ? 'Away from placement' : 'Missing'}</Tag> : <Tag colour="green">Returned</Tag>],
      [open ? 'Missing for' : 'Lasted', duration((e.endedAt ? Date.parse(e.endedAt) : Date.now()) - Date.parse(e.startedAt))],
      ['Since', when(e.startedAt)], ['Reported', `${when(e.reportedAt)} by ${e.reportedBy} (${label(e.source)})`],
      ['Should have been', e.expected ? `${label(e.expected.place)}${e.expected.detail ? `: ${e.expected.detail}` : ''}` : null],
      ['Last seen', e.lastSeen ? [when(e.lastSeen.at), e.lastSeen.by].filter(Boolean).join(', by ') : null],
      ['Going-out plan', e.lastKnownPlan ? <a class="govuk-link" href={href('plans', e.lastKnownPlan.planId)}>
        {e.lastKnownPlan.where}, back by {wallClock(e.lastKnownPlan.backBy)}</a> : null],
      ['Risk', <><RiskTag grade={e.risk?.grade} />{e.nextReviewDue && open ? ` review due ${when(e.nextReviewDue)}` : ''}</>],
      ['Out of area', e.outOfArea ? `${e.outOfArea.hostAuthority} (${[e.outOfArea.contactName, e.outOfArea.contactPhone].filter(Boolean).join(', ')})` : 'No'],
      ['DfE code', e.dfeCode],
      ...(e.returned ? [['Returned', `${when(e.returned.at)}${e.returned.where ? `, from ${e.returned.where}` : ''}; `
        + `found by ${label(e.returned.foundBy)}${e.returned.foundByDetail ? ` (${e.returned.foundByDetail})` : ''}`] as [string, string],
      ['Prevention interview', e.returned.preventionInterview.held ? `Held by ${e.returned.preventionInterview.by ?? '—'}, ${when(e.returned.preventionInterview.at)}` : 'Not held'] as [string, string],
      ['Harm noticed', e.returned.harm] as [string, string | null]] : []),
    ]} />
    <EpisodeInterviews episode={e} />

    <Whereabouts e={e} open={open} changed={changed} />
    <Risk e={e} open={open} person={person} changed={changed} />
    <Police e={e} open={open} changed={changed} />
    <PartTwo e={e} open={open} changed={changed} />
    <PartOne youngPersonId={e.youngPersonId} />
    <EpisodeTimeline id={id} open={open} items={timeline.data} error={timeline.error} changed={changed} />
    <PolicePack e={e} changed={changed} />
    {open && <Return e={e} changed={changed} />}
  </>;
}

function Whereabouts({ e, open, changed }: { e: Episode; open: boolean; changed: (t: string) => void }) {
  const [value, setValue] = useState(e.whereabouts === 'MISSING' ? 'AWAY' : 'MISSING');
  const [note, setNote] = useState('');
  const form = useSubmit();
  return <Scoped scope="wb">
    <h2 class="govuk-heading-m" id="whereabouts" tabIndex={-1}>Whereabouts</h2>
    <Table caption="Missing or away, as it changed" empty="No changes." head={['When', 'Now', 'By', 'Note']}
           rows={e.whereaboutsHistory.map((w) => [when(w.at), label(w.whereabouts), w.by, w.note ?? '—'])} />
    {open && <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Change missing or away</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problem={form.problem} errors={form.errors} />
        <form noValidate onSubmit={form.submit(async () => {
          await put(`/missing-episodes/${enc(e.id)}/whereabouts`, { whereabouts: value, note: orNull(note) });
          changed(`Now recorded as ${label(value).toLowerCase()}.`);
        }, 'Changed.')}>
          <Radios name="whereabouts" legend="Where are they?" value={value} set={setValue} errors={form.errors}
                  options={['MISSING', 'AWAY']} names={WHEREABOUTS_NAMES} small />
          <TextField name="note" label="Note (optional)" value={note} set={setNote} errors={form.errors} />
          <button type="submit" class="govuk-button" disabled={form.busy}>Change whereabouts</button>
        </form>
      </div>
    </details>}
  </Scoped>;
}

function Risk({ e, open, person, changed }: { e: Episode; open: boolean; person: Person; changed: (t: string) => void }) {
  const [grade, setGrade] = useState('');
  const [reasons, setReasons] = useState<string[]>(e.risk?.reasons ?? []);
  const [note, setNote] = useState('');
  const form = useSubmit();
  return <Scoped scope="risk">
    <h2 class="govuk-heading-m" id="risk" tabIndex={-1}>Risk</h2>
    <Summary rows={[['Grade', <RiskTag grade={e.risk?.grade} />],
      ['Reasons', e.risk?.reasons.map(label).join('; ')], ['Note', e.risk?.note],
      ['Graded', e.risk ? `${when(e.risk.assessedAt)} by ${e.risk.assessedBy}` : null],
      ['Next review due', open ? (e.nextReviewDue ? when(e.nextReviewDue) : e.risk ? 'No review scheduled' : 'Grade the risk to schedule one') : 'Episode ended']]} />
    {open && grades(person) && <>
      <ErrorSummary problem={form.problem} errors={form.errors} />
      <form noValidate onSubmit={form.submit(async () => {
        if (!grade) throw new Invalid({ grade: 'Choose a grade' });
        const graded = await post<Episode>(`/missing-episodes/${enc(e.id)}/risk-assessments`, { grade, reasons, note: orNull(note) });
        setGrade(''); setNote('');
        changed(`Risk graded ${label(grade).toLowerCase()}.` + (graded.nextReviewDue ? ` The next review is due ${when(graded.nextReviewDue)}.` : ''));
      }, 'Graded.')}>
        <Radios name="grade" legend={e.risk ? 'Review the risk: grade it again' : 'Grade the risk'} value={grade} set={setGrade}
                errors={form.errors} options={GRADES} hint="The police grades. Each grade sets when the next review is due." />
        <Checkboxes name="reasons" legend="Why (optional)" values={reasons} set={setReasons} errors={form.errors}
                    options={DOMAINS} small />
        <TextField name="note" label="Note (optional)" area value={note} set={setNote} errors={form.errors} />
        <button type="submit" class="govuk-button" disabled={form.busy}>Save the grade</button>
      </form>
    </>}
  </Scoped>;
}

function Police({ e, open, changed }: { e: Episode; open: boolean; changed: (t: string) => void }) {
  const p = e.police;
  const [reportedAt, setReportedAt] = useState('');
  const [reportedBy, setReportedBy] = useState('');
  const [reference, setReference] = useState('');
  const [grade, setGrade] = useState('');
  const form = useSubmit();
  return <Scoped scope="police">
    <h2 class="govuk-heading-m" id="police" tabIndex={-1}>Police</h2>
    <Summary rows={[['Reported to the police', p?.reportedAt ? `${when(p.reportedAt)}${p.reportedBy ? ` by ${p.reportedBy}` : ''}` : 'Not yet'],
      ['Police reference', p?.reference], ['Police grade', p?.grade ? `${label(p.grade)}${p.gradedAt ? `, ${when(p.gradedAt)}` : ''}` : null]]} />
    {open && <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Record the police's reference or grade</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problem={form.problem} errors={form.errors} />
        <form noValidate onSubmit={form.submit(async () => {
          const body = { reportedToPoliceAt: instant(reportedAt), reportedToPoliceBy: orNull(reportedBy),
            reference: orNull(reference), policeGrade: grade || null };
          if (Object.values(body).every((v) => v === null)) throw new Invalid({ reference: 'Give at least one of these' });
          await put(`/missing-episodes/${enc(e.id)}/police`, body);
          setReportedAt(''); setReportedBy(''); setReference(''); setGrade('');
          changed('The police details are recorded.');
        }, 'Recorded.')}>
          <p class="govuk-body">What you leave blank stays as it is.</p>
          <TextField name="reportedToPoliceAt" label="Reported to the police at" type="datetime-local" value={reportedAt}
                     set={setReportedAt} errors={form.errors} />
          <TextField name="reportedToPoliceBy" label="Reported by" value={reportedBy} set={setReportedBy} errors={form.errors} />
          <TextField name="reference" label="Police reference" width={10} value={reference} set={setReference} errors={form.errors} />
          <Select name="policeGrade" label="The police's grade" value={grade} set={setGrade} errors={form.errors}
                  options={[['', 'Not given'], ...GRADES.map((g): [string, string] => [g, label(g)])]} />
          <button type="submit" class="govuk-button" disabled={form.busy}>Save police details</button>
        </form>
      </div>
    </details>}
  </Scoped>;
}

function PartTwo({ e, open, changed }: { e: Episode; open: boolean; changed: (t: string) => void }) {
  const p = e.partTwo;
  const [clothing, setClothing] = useState(p?.clothing ?? '');
  const [where, setWhere] = useState(p?.lastSeenWhere ?? '');
  const [at, setAt] = useState(localInput(p?.lastSeenAt));
  const [withWhom, setWithWhom] = useState(p?.lastSeenWith ?? '');
  const [had, setHad] = useState<string[]>(p ? ['phone', 'money', 'bankCard', 'travelCard'].filter((k) => (p.had as never)[k]) : []);
  const [other, setOther] = useState(p?.had.other ?? '');
  const [notes, setNotes] = useState(p?.notes ?? '');
  const form = useSubmit();
  const things = { phone: 'Phone', money: 'Money', bankCard: 'Bank card', travelCard: 'Travel card' };
  return <Scoped scope="p2">
    <h2 class="govuk-heading-m" id="part-two" tabIndex={-1}>Philomena part 2</h2>
    <Summary rows={[['Clothing', p?.clothing], ['Last seen where', p?.lastSeenWhere], ['Last seen at', when(p?.lastSeenAt)],
      ['Last seen with', p?.lastSeenWith],
      ['Had with them', p ? [...Object.entries(things).filter(([k]) => (p.had as never)[k]).map(([, v]) => v), p.had.other].filter(Boolean).join(', ') : null],
      ['Notes', p?.notes], ['Recorded', p?.recordedAt ? `${when(p.recordedAt)} by ${p.recordedBy}` : null]]} />
    {open && <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{p ? 'Change part 2' : 'Record part 2'}</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problem={form.problem} errors={form.errors} />
        <form noValidate onSubmit={form.submit(async () => {
          await put(`/missing-episodes/${enc(e.id)}/part-two`, {
            clothing: orNull(clothing), lastSeenWhere: orNull(where), lastSeenAt: instant(at), lastSeenWith: orNull(withWhom),
            had: { phone: had.includes('phone'), money: had.includes('money'), bankCard: had.includes('bankCard'),
              travelCard: had.includes('travelCard'), other: orNull(other) }, notes: orNull(notes),
          });
          changed('Part 2 is recorded.');
        }, 'Recorded.')}>
          <TextField name="clothing" label="What they were wearing" area value={clothing} set={setClothing} errors={form.errors} />
          <TextField name="lastSeenWhere" label="Last seen where" value={where} set={setWhere} errors={form.errors} />
          <TextField name="lastSeenAt" label="Last seen at" type="datetime-local" value={at} set={setAt} errors={form.errors} />
          <TextField name="lastSeenWith" label="Last seen with" value={withWhom} set={setWithWhom} errors={form.errors} />
          <Checkboxes name="had" legend="What they had with them" values={had} set={setHad} errors={form.errors}
                      options={Object.keys(things)} names={things} small />
          <TextField name="had.other" label="Anything else they had" value={other} set={setOther} errors={form.errors} />
          <TextField name="notes" label="Notes" area value={notes} set={setNotes} errors={form.errors} />
          <button type="submit" class="govuk-button" disabled={form.busy}>Save part 2</button>
        </form>
      </div>
    </details>}
  </Scoped>;
}

/** Philomena part 1, kept in advance on the young person (edited from their record). */
export function PartOne({ youngPersonId, editable }: { youngPersonId: string; editable?: boolean }) {
  const { data, error, reload } = useLoad(() => get<Philomena>(`/young-people/${enc(youngPersonId)}/philomena`)
    .catch((failure) => { if (failure?.problem?.status === 404) return null; throw failure; }), [youngPersonId]);
  const photo = useLoad(() => (data?.photoUrl ? file('GET', data.photoUrl, 'image/*, application/problem+json')
    .then((blob) => URL.createObjectURL(blob)) : Promise.resolve(null)), [data?.photoUrl]);
  return <>
    <h2 class="govuk-heading-m" id="part-one" tabIndex={-1}>Philomena part 1</h2>
    {error ? <ErrorText text={error} /> : data === undefined ? <Loading what="part 1" /> : <>
        {(data === null || !data.updatedAt) && <p class="govuk-body">Part 1 has not been kept for this young person yet.</p>}
        {data && data.updatedAt && <>
        {photo.data && <img class="hw-photo" src={photo.data} alt="The young person's recent photo, kept for the police" />}
        <Summary rows={[['Description', data.description], ['Friends and associates', data.friendsAndAssociates.join('; ')],
          ['Places', data.places.join('; ')], ['Phone numbers', data.phoneNumbers.join('; ')],
          ['Social media', data.socialMedia.join('; ')], ['Health needs', data.healthNeeds], ['Medication', data.medication],
          ['Languages', data.languages.join(', ')], ['Money and transport', data.moneyAndTransport],
          ['Review due', data.reviewDue], ['Updated', data.updatedAt ? `${when(data.updatedAt)} by ${data.updatedBy}` : null]]} />
        </>}
        {data && <Table caption="Missing history" empty="No episodes." head={['Started', 'Ended', 'Missing or away']}
               rows={data.missingHistory.map((h) => [<a class="govuk-link" href={href('missing-episodes', h.episodeId)}>{when(h.startedAt)}</a>,
                 h.endedAt ? when(h.endedAt) : 'Still open', label(h.whereabouts)])} />}
      </>}
    {editable && data !== undefined && <KeepPartOne youngPersonId={youngPersonId} kept={data} done={reload} />}
  </>;
}

/** Part 1 is kept in advance by the young person's carers, workers and managers, with a recent photo. */
function KeepPartOne({ youngPersonId, kept, done }: { youngPersonId: string; kept: Philomena | null; done: () => void }) {
  const [v, setV] = useState({
    description: kept?.description ?? '', friendsAndAssociates: (kept?.friendsAndAssociates ?? []).join('\n'),
    places: (kept?.places ?? []).join('\n'), phoneNumbers: (kept?.phoneNumbers ?? []).join('\n'),
    socialMedia: (kept?.socialMedia ?? []).join('\n'), healthNeeds: kept?.healthNeeds ?? '', medication: kept?.medication ?? '',
    languages: (kept?.languages ?? []).join('\n'), moneyAndTransport: kept?.moneyAndTransport ?? '', reviewDue: kept?.reviewDue ?? '',
  });
  const [photo, setPhoto] = useState<File | null>(null);
  const form = useSubmit();
  const field = (name: keyof typeof v, text: string, hint?: string, area = true) =>
    <TextField name={name} label={text} hint={hint} area={area} value={v[name]} errors={form.errors}
               set={(value) => setV({ ...v, [name]: value })} />;
  const list = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  return <Scoped scope="p1"><details class="govuk-details">
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{kept?.updatedAt ? 'Change part 1' : 'Keep part 1'}</span></summary>
    <div class="govuk-details__text">
      <ErrorSummary problem={form.problem} errors={form.errors} />
      <form noValidate onSubmit={form.submit(async () => {
        await put(`/young-people/${enc(youngPersonId)}/philomena`, {
          description: orNull(v.description), friendsAndAssociates: list(v.friendsAndAssociates), places: list(v.places),
          phoneNumbers: list(v.phoneNumbers), socialMedia: list(v.socialMedia), healthNeeds: orNull(v.healthNeeds),
          medication: orNull(v.medication), languages: list(v.languages), moneyAndTransport: orNull(v.moneyAndTransport),
          reviewDue: v.reviewDue || null,
        });
        if (photo) {
          const upload = new FormData();
          upload.append('file', photo);
          await put(`/young-people/${enc(youngPersonId)}/philomena/photo`, upload);
        }
        done();
      }, 'Part 1 is kept.')}>
        {field('description', 'Description', 'Height, build, hair, marks: what would help someone recognise them')}
        {field('friendsAndAssociates', 'Friends and associates', 'One a line')}
        {field('places', 'Places they may go', 'One a line')}
        {field('phoneNumbers', 'Phone numbers', 'One a line')}
        {field('socialMedia', 'Social media', 'One a line')}
        {field('healthNeeds', 'Health needs')}
        {field('medication', 'Medication')}
        {field('languages', 'Languages', 'One a line')}
        {field('moneyAndTransport', 'Money and transport')}
        <TextField name="reviewDue" label="Review due" type="date" value={v.reviewDue} errors={form.errors}
                   set={(value) => setV({ ...v, reviewDue: value })} />
        <div class="govuk-form-group">
          <label class="govuk-label" for="f-p1-photo">A recent photo (PNG or JPEG, up to 5 MB; stored without its metadata)</label>
          <input class="govuk-file-upload" id="f-p1-photo" name="photo" type="file" accept="image/png, image/jpeg"
                 onChange={(e) => setPhoto((e.target as HTMLInputElement).files?.[0] ?? null)} />
        </div>
        <button type="submit" class="govuk-button" disabled={form.busy}>Save part 1</button>
      </form>
    </div>
  </details></Scoped>;
}

export function TimelineTable({ items }: { items: TimelineItem[] }) {
  return <Table caption="Timeline, oldest first" empty="Nothing on the timeline yet." head={['When', 'What', 'Who', 'Details']}
                rows={items.map((t) => [when(t.at), label(t.kind) + (t.told ? `: ${label(t.told)}` : ''), t.by, t.text ?? '—'])} />;
}

function EpisodeTimeline({ id, open, items, error, changed }: {
  id: string; open: boolean; items?: TimelineItem[]; error?: string; changed: (t: string) => void;
}) {
  const [kind, setKind] = useState('');
  const [told, setTold] = useState('');
  const [at, setAt] = useState('');
  const [text, setText] = useState('');
  const form = useSubmit();
  return <Scoped scope="tl">
    <h2 class="govuk-heading-m" id="timeline" tabIndex={-1}>Timeline</h2>
    {error ? <ErrorText text={error} /> : !items ? <Loading what="the timeline" /> : <TimelineTable items={items} />}
    {open && <>
      <h3 class="govuk-heading-s">Add to the timeline</h3>
      <ErrorSummary problem={form.problem} errors={form.errors} />
      <form noValidate onSubmit={form.submit(async () => {
        const errors: Record<string, string> = {};
        if (!kind) errors.kind = 'Choose what happened';
        if (kind === 'TOLD' && !told) errors.told = 'Choose who was told';
        if (!text.trim()) errors.text = 'Say what happened';
        if (Object.keys(errors).length) throw new Invalid(errors);
        await post(`/missing-episodes/${enc(id)}/timeline`, { kind, told: kind === 'TOLD' ? told : null, at: instant(at), text: text.trim() });
        setKind(''); setTold(''); setAt(''); setText('');
        changed('Added to the timeline.');
      }, 'Added.')}>
        <Radios name="kind" legend="What happened?" value={kind} set={setKind} errors={form.errors} options={PEOPLE_KINDS} small inline
                names={{ TOLD: 'Someone was told' }} />
        {kind === 'TOLD' && <Select name="told" label="Who was told?" value={told} set={setTold} errors={form.errors}
                                    options={[['', 'Choose'], ...TOLD.map((t): [string, string] => [t, label(t)])]} />}
        <TextField name="at" label="When it happened (leave blank for now)" type="datetime-local" value={at} set={setAt} errors={form.errors} />
        <TextField name="text" label="What happened" area value={text} set={setText} errors={form.errors} />
        <button type="submit" class="govuk-button" disabled={form.busy}>Add to the timeline</button>
      </form>
    </>}
  </Scoped>;
}

function PolicePack({ e, changed }: { e: Episode; changed: (t: string) => void }) {
  const [force, setForce] = useState('');
  const [reference, setReference] = useState(e.police?.reference ?? '');
  // The police's reference, once recorded, fills the field (unless something was typed there).
  useEffect(() => { if (e.police?.reference) setReference((typed) => typed || e.police!.reference!); }, [e.police?.reference]);
  const [reason, setReason] = useState('');
  const [json, setJson] = useState<string | null>(null);
  const [pdf, setPdf] = useState<{ url: string; name: string } | null>(null);
  const form = useSubmit();
  const body = () => {
    const errors: Record<string, string> = {};
    if (!force.trim()) errors.force = 'Name the police force it goes to';
    if (!reason.trim()) errors.reason = 'Say why it is disclosed';
    if (Object.keys(errors).length) throw new Invalid(errors);
    return { force: force.trim(), reference: orNull(reference), reason: reason.trim() };
  };
  return <Scoped scope="pack">
    <h2 class="govuk-heading-m" id="pack" tabIndex={-1}>Police pack</h2>
    <p class="govuk-body">Parts 1 and 2, the episode, the last known plan and the check-in locations, for the police.
      Each export is a recorded disclosure: it is in the young person's audit log and on the timeline.</p>
    <ErrorSummary problem={form.problem} errors={form.errors} />
    <form noValidate onSubmit={form.submit(async () => {
      const blob = await file('POST', `/missing-episodes/${enc(e.id)}/police-pack`, 'application/pdf, application/problem+json', body());
      if (pdf) URL.revokeObjectURL(pdf.url);
      setPdf({ url: URL.createObjectURL(blob), name: `police-pack-${e.id}.pdf` });
      changed('The police pack is ready (PDF). The disclosure is recorded.');
    }, 'Exported.')}>
      <TextField name="force" label="Police force" value={force} set={setForce} errors={form.errors} />
      <TextField name="reference" label="Police reference (optional)" width={10} value={reference} set={setReference} errors={form.errors} />
      <TextField name="reason" label="Why it is disclosed" value={reason} set={setReason} errors={form.errors} />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" disabled={form.busy}>Export the police pack (PDF)</button>
        <button type="button" class="govuk-button govuk-button--secondary" disabled={form.busy} onClick={form.submit(async () => {
          setJson(JSON.stringify(await post(`/missing-episodes/${enc(e.id)}/police-pack`, body()), null, 2));
          changed('The police pack is shown below (JSON). The disclosure is recorded.');
        }, 'Exported.')}>Show it as JSON</button>
      </div>
    </form>
    {pdf && <p class="govuk-body"><a class="govuk-link" href={pdf.url} download={pdf.name}>Download the police pack (PDF)</a></p>}
    {json && <details class="govuk-details" open>
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">The police pack as JSON</span></summary>
      <div class="govuk-details__text hw-pre">{json}</div>
    </details>}
  </Scoped>;
}

function Return({ e, changed }: { e: Episode; changed: (t: string) => void }) {
  const [at, setAt] = useState(localInput(new Date(Date.now() - 60000)));
  const [where, setWhere] = useState('');
  const [foundBy, setFoundBy] = useState('');
  const [detail, setDetail] = useState('');
  const [held, setHeld] = useState(false);
  const [by, setBy] = useState('');
  const [heldAt, setHeldAt] = useState('');
  const [harm, setHarm] = useState('');
  const form = useSubmit();
  return <Scoped scope="ret">
    <h2 class="govuk-heading-m" id="return" tabIndex={-1}>Returned</h2>
    <p class="govuk-body">When they are found or come back. This ends the episode, and a return home interview is offered.</p>
    <ErrorSummary problem={form.problem} errors={form.errors} />
    <form noValidate onSubmit={form.submit(async () => {
      const errors: Record<string, string> = {};
      if (!at) errors.returnedAt = 'Say when they came back';
      if (!foundBy) errors.foundBy = 'Say who found them or brought them back';
      if (Object.keys(errors).length) throw new Invalid(errors);
      await post(`/missing-episodes/${enc(e.id)}/return`, {
        returnedAt: instant(at), where: orNull(where), foundBy, foundByDetail: orNull(detail),
        preventionInterview: { held, by: held ? orNull(by) : null, at: held ? instant(heldAt) : null }, harm: orNull(harm),
      });
      changed('Returned: the episode is closed.');
    }, 'Returned.')}>
      <TextField name="returnedAt" label="Came back at" type="datetime-local" value={at} set={setAt} errors={form.errors} />
      <TextField name="where" label="Where they had been (optional)" value={where} set={setWhere} errors={form.errors} />
      <Radios name="foundBy" legend="Who found them or brought them back?" value={foundBy} set={setFoundBy} errors={form.errors}
              options={FOUND_BY} names={{ SELF: 'They came back themselves' }} small />
      <TextField name="foundByDetail" label="Details (optional)" value={detail} set={setDetail} errors={form.errors} />
      <div class="govuk-form-group"><fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Police prevention (safe and well) interview</legend>
        <div class="govuk-checkboxes govuk-checkboxes--small">
          <Check name="preventionInterview.held" label="It was held" checked={held} set={setHeld} />
        </div>
      </fieldset></div>
      {held && <>
        <TextField name="preventionInterview.by" label="Held by" value={by} set={setBy} errors={form.errors} />
        <TextField name="preventionInterview.at" label="Held at" type="datetime-local" value={heldAt} set={setHeldAt} errors={form.errors} />
      </>}
      <TextField name="harm" label="Any harm noticed (optional)" area value={harm} set={setHarm} errors={form.errors} />
      <button type="submit" class="govuk-button" disabled={form.busy}>Mark returned and close the episode</button>
    </form>
  </Scoped>;
}

interface InterviewLine { id: string; status: string; episodeIds?: string[]; dueAt?: string; offeredAt: string; }

/** The return home interview that covers this episode, once it has been offered. */
function EpisodeInterviews({ episode }: { episode: Episode }) {
  const { data } = useLoad(() => (episode.status === 'CLOSED'
    ? get<InterviewLine[]>(`/young-people/${enc(episode.youngPersonId)}/interviews`) : Promise.resolve([])), [episode.status]);
  const mine = (data ?? []).filter((i) => !i.episodeIds || i.episodeIds.includes(episode.id));
  if (mine.length === 0) return null;
  return <p class="govuk-body">{mine.map((i) => <a key={i.id} class="govuk-link" href={href('interviews', i.id)}>
    Return home interview: {label(i.status)}{i.dueAt ? `, due ${when(i.dueAt)}` : ''}</a>)}</p>;
}

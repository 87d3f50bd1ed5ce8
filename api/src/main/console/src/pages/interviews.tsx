// A return home interview as staff work it: the offer and its state, the times and places offered,
// the interviewer (an interviewer who is not independent is refused by the API with a 422 saying
// why, shown as it is), attempts to reach the child, closing as declined or unable, the structured
// record with what was read back and agreed, the child's corrections, actions and the feedback
// (managers). Carers see only offered, booked or held.
import { useState } from 'preact/hooks';
import { get, post, put } from '../api';
import type { Person } from '../session';
import { href } from '../router';
import { duration, label, when } from '../time';
import { ActionButton, ErrorText, Loading, Success, Summary, Table, Tag, Title, useLoad, useOutcome } from '../ui';
import {
  Check, Checkboxes, ErrorSummary, Invalid, Radios, Rows, Scoped, Select, TextField, instant, lines, localInput, orNull, useSubmit,
} from '../forms';
import { DOMAINS } from './episodes';

interface Slot { id: string; at: string; place: string; }
interface Action { what: string; ownerId: string; due: string; doneAt: string | null; }
interface InterviewRecord {
  heldAt: string; place: string; present: string[]; before: string | null; during: string | null; after: string | null;
  whereTheyWent: string | null; howTheyTravelled: string | null;
  people: { name: string | null; nickname: string | null; approximateAge: number | null; note: string | null }[];
  vehicles: { description: string | null; registration: string | null }[];
  handles: { platform: string | null; handle: string | null }[];
  places: { name: string | null; address: string | null; area: string | null; latitude: number | null; longitude: number | null }[];
  pushFactors: string[]; pullFactors: string[]; harm: { experienced: string | null; feared: string | null } | null;
  indicators: { domain: string; note: string | null }[]; childsWords: string[]; wishes: string | null; whatWouldHelp: string | null;
  safetyInformation: string[]; actions: Action[]; readBack: boolean; recordedBy: string; recordedAt: string;
}
export interface StaffInterview {
  view: 'STAFF'; id: string; organisationId: string; youngPersonId: string; episodeIds: string[]; returnedAt: string;
  offeredAt: string; dueAt: string; openUntil: string; status: string;
  interviewer: { personId: string; name: string; role: string; childAsked: boolean; assignedBy: string; assignedAt: string } | null;
  childRequest: { preference: string; personId: string | null } | null; slots: Slot[];
  booking: { slotId: string; at: string; place: string; acceptedAt: string } | null; decline: { reason: string | null; at: string } | null;
  attempts: { at: string; how: string; outcome: string; note: string | null; by: string }[];
  carerInformation: { carerId: string; at: string; whereTheyWent: string | null; whoWith: string | null; concerns: string | null; anythingElse: string | null }[];
  record: InterviewRecord | null; agreed: { lines: string[]; corrections: { line: number; words: string; at: string }[] } | null;
  escalatedAt: string | null; breachedAt: string | null; heldAt: string | null; heldWithin72Hours: boolean;
  closure: { outcome: string; reason: string | null; by: string; at: string } | null;
}
interface CarerInterview { view: 'CARER'; id: string; youngPersonId: string; status: string; offeredAt: string; }
export type ShownInterview = StaffInterview | CarerInterview;
interface Worker { id: string; name: string; manager: boolean; }
interface Service { pushFactors: string[]; pullFactors: string[]; }
interface FeedbackView { listened: number; rightPerson: boolean; rightTimeAndPlace: boolean; helped: boolean; better: string | null; talkAgain: boolean; givenAt: string; }

const enc = encodeURIComponent;
const CHANNELS = ['PHONE', 'TEXT', 'APP', 'VISIT', 'LETTER', 'THROUGH_CARER'];
const OUTCOMES = ['NO_ANSWER', 'LEFT_MESSAGE', 'DECLINED', 'NOT_AVAILABLE', 'ACCEPTED', 'OTHER'];
const OVER = ['HELD', 'CLOSED_DECLINED', 'CLOSED_UNABLE'];

export function statusTag(status: string) {
  const colour = status === 'HELD' ? 'green' : status.startsWith('CLOSED') ? 'grey' : status === 'BOOKED' ? 'blue' : 'yellow';
  return <Tag colour={colour}>{label(status)}</Tag>;
}

/** "Due in 31 h" / "overdue by 2 h", from the interview's due instant. */
export function dueText(i: { dueAt?: string; status: string }) {
  if (!i.dueAt || OVER.includes(i.status)) return '—';
  const left = Date.parse(i.dueAt) - Date.now();
  return left >= 0 ? `${when(i.dueAt)} (${duration(left)} left)` : `${when(i.dueAt)} (overdue by ${duration(-left)})`;
}

export function InterviewPage({ id, person }: { id: string; person: Person }) {
  const { data, error, reload } = useLoad(() => get<ShownInterview>(`/interviews/${enc(id)}`), [id]);
  const [done, setDone] = useState('');
  if (error && !data) return <><Title>Return home interview</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the interview" />;
  if (data.view !== 'STAFF') {
    return <>
      <Title caption="Return home interview">{label(data.status)}</Title>
      <p class="govuk-body"><a class="govuk-link" href={href('young-people', data.youngPersonId)}>The young person's record</a></p>
      <Summary rows={[['Status', statusTag(data.status)], ['Offered', when(data.offeredAt)]]} />
      <p class="govuk-body">What the young person says in the interview stays with their workers and the interviewer.</p>
    </>;
  }
  const i = data;
  const changed = (text: string) => { setDone(text); reload(); };
  const over = OVER.includes(i.status);
  return <>
    {done && <Success text={done} />}
    <Title caption="Return home interview">{i.record ? 'Interview held' : `Interview ${label(i.status).toLowerCase()}`}</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('young-people', i.youngPersonId)}>The young person's record</a>
      {i.episodeIds.map((e, n) => <span key={e}>{' · '}<a class="govuk-link" href={href('missing-episodes', e)}>
        Missing episode{i.episodeIds.length > 1 ? ` ${n + 1}` : ''}</a></span>)}</p>
    <Summary rows={[['Status', statusTag(i.status)], ['Returned', when(i.returnedAt)], ['Offered', when(i.offeredAt)],
      ['Due (72 hours after the return)', dueText(i)], ['The child may answer until', when(i.openUntil)],
      ['Interviewer', i.interviewer ? `${i.interviewer.name} (${label(i.interviewer.role)})${i.interviewer.childAsked ? ', asked for by the child' : ''}` : 'Not assigned yet'],
      ['The child asked for', i.childRequest ? `${label(i.childRequest.preference)}${i.childRequest.personId ? `: ${i.childRequest.personId}` : ''}` : null],
      ['Booked', i.booking ? `${when(i.booking.at)}, ${i.booking.place}` : null],
      ['Declined by the child', i.decline ? `${when(i.decline.at)}${i.decline.reason ? `: ${i.decline.reason}` : ''}` : null],
      ['Escalated to the manager', when(i.escalatedAt)], ['Breach (not held within 72 hours)', i.breachedAt ? <Tag colour="red">{when(i.breachedAt)}</Tag> : null],
      ['Held', i.heldAt ? `${when(i.heldAt)}${i.heldWithin72Hours ? ', within 72 hours' : ', late'}` : null],
      ['Closed', i.closure ? `${label(i.closure.outcome)}${i.closure.reason ? `: ${i.closure.reason}` : ''} (${i.closure.by}, ${when(i.closure.at)})` : null]]} />
    <Slots i={i} over={over} changed={changed} />
    <Interviewer i={i} over={over} changed={changed} />
    <Attempts i={i} over={over} changed={changed} />
    {i.carerInformation.length > 0 && <Table caption="What the carers told us" empty="" head={['When', 'Carer', 'Where they went', 'Who with', 'Concerns', 'Anything else']}
           rows={i.carerInformation.map((c) => [when(c.at), c.carerId, c.whereTheyWent ?? '—', c.whoWith ?? '—', c.concerns ?? '—', c.anythingElse ?? '—'])} />}
    {i.record ? <ReadBack i={i} changed={changed} /> : !over && <RecordForm i={i} person={person} changed={changed} />}
    {person.role === 'manager' && i.record && <Feedback id={i.id} />}
  </>;
}

function Slots({ i, over, changed }: { i: StaffInterview; over: boolean; changed: (t: string) => void }) {
  const [rows, setRows] = useState<{ at: string; place: string }[]>([{ at: '', place: '' }]);
  const form = useSubmit();
  return <Scoped scope="slots">
    <h2 class="govuk-heading-m">Times and places offered</h2>
    <Table caption="The child chooses one of these" empty="None offered yet." head={['When', 'Where', 'Chosen']}
           rows={i.slots.map((s) => [when(s.at), s.place, i.booking?.slotId === s.id ? <Tag colour="blue">Chosen</Tag> : '—'])} />
    {!over && <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Offer times and places</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problem={form.problem} errors={form.errors} />
        <form noValidate onSubmit={form.submit(async () => {
          const slots = rows.filter((r) => r.at || r.place.trim()).map((r) => ({ at: instant(r.at), place: r.place.trim() }));
          if (slots.length === 0) throw new Invalid({ 'slots[0].at': 'Give at least one time and place' });
          await put(`/interviews/${enc(i.id)}/slots`, { slots });
          changed('The times and places are offered to the child.');
        }, 'Offered.')}>
          <Rows name="slots" legend="Times and places" noun="Time and place" rows={rows} set={setRows} errors={form.errors}
                blank={{ at: '', place: '' }} fields={[{ key: 'at', label: 'When', type: 'datetime-local' }, { key: 'place', label: 'Where' }]}
                hint="These replace the times and places offered before." />
          <button type="submit" class="govuk-button" disabled={form.busy}>Offer these</button>
        </form>
      </div>
    </details>}
  </Scoped>;
}

function Interviewer({ i, over, changed }: { i: StaffInterview; over: boolean; changed: (t: string) => void }) {
  const workers = useLoad(() => get<Worker[]>(`/organisations/${enc(i.organisationId)}/workers`), [i.organisationId]);
  const [who, setWho] = useState('');
  const form = useSubmit();
  if (over) return null;
  return <Scoped scope="interviewer">
    <h2 class="govuk-heading-m">Interviewer</h2>
    <p class="govuk-body">The interviewer must be independent: not a current carer and not the allocated social worker,
      unless the child asked for them.</p>
    <ErrorSummary problem={form.problem} errors={form.errors} />
    {workers.error ? <ErrorText text={workers.error} /> : !workers.data ? <Loading what="workers" /> :
      <form noValidate onSubmit={form.submit(async () => {
        if (!who) throw new Invalid({ personId: 'Choose who will talk to the child' });
        await put(`/interviews/${enc(i.id)}/interviewer`, { personId: who });
        changed('The interviewer is assigned.');
      }, 'Assigned.')}>
        <Select name="personId" label={i.interviewer ? 'Change the interviewer' : 'Who will talk to the child?'} value={who} set={setWho}
                errors={form.errors} options={[['', 'Choose a worker'], ...workers.data.map((w): [string, string] =>
                  [w.id, `${w.name}${w.manager ? ' (manager)' : ''}`])]} />
        <button type="submit" class="govuk-button" disabled={form.busy}>Assign the interviewer</button>
      </form>}
  </Scoped>;
}

function Attempts({ i, over, changed }: { i: StaffInterview; over: boolean; changed: (t: string) => void }) {
  const [at, setAt] = useState('');
  const [how, setHow] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [closing, setClosing] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmit();
  const close = useSubmit();
  return <>
    <h2 class="govuk-heading-m">Trying to reach the child</h2>
    <Table caption="Attempts" empty="No attempts recorded." head={['When', 'How', 'Outcome', 'By', 'Note']}
           rows={i.attempts.map((a) => [when(a.at), label(a.how), label(a.outcome), a.by, a.note ?? '—'])} />
    {!over && <Scoped scope="attempt"><details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Record an attempt</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problem={form.problem} errors={form.errors} />
        <form noValidate onSubmit={form.submit(async () => {
          const errors: Record<string, string> = {};
          if (!how) errors.how = 'Choose how you tried';
          if (!outcome) errors.outcome = 'Choose what happened';
          if (Object.keys(errors).length) throw new Invalid(errors);
          await post(`/interviews/${enc(i.id)}/attempts`, { at: instant(at), how, outcome, note: orNull(note) });
          setAt(''); setHow(''); setOutcome(''); setNote('');
          changed('The attempt is recorded.');
        }, 'Recorded.')}>
          <TextField name="at" label="When (leave blank for now)" type="datetime-local" value={at} set={setAt} errors={form.errors} />
          <Radios name="how" legend="How" value={how} set={setHow} errors={form.errors} options={CHANNELS} small inline />
          <Radios name="outcome" legend="What happened" value={outcome} set={setOutcome} errors={form.errors} options={OUTCOMES} small inline />
          <TextField name="note" label="Note (optional)" value={note} set={setNote} errors={form.errors} />
          <button type="submit" class="govuk-button" disabled={form.busy}>Record the attempt</button>
        </form>
      </div>
    </details></Scoped>}
    {!over && i.attempts.length > 0 && <Scoped scope="close"><details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Close without an interview</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problem={close.problem} errors={close.errors} />
        <form noValidate onSubmit={close.submit(async () => {
          if (!closing) throw new Invalid({ outcome: 'Choose why' });
          await post(`/interviews/${enc(i.id)}/close`, { outcome: closing, reason: orNull(reason) });
          changed('Closed: it counts as offered, not held.');
        }, 'Closed.')}>
          <Radios name="outcome" legend="Why is it closed?" value={closing} set={setClosing} errors={close.errors}
                  options={['DECLINED', 'UNABLE']} names={{ DECLINED: 'The child declined', UNABLE: 'We could not reach the child' }} small />
          <TextField name="reason" label="Reason (optional)" value={reason} set={setReason} errors={close.errors} />
          <button type="submit" class="govuk-button govuk-button--warning" disabled={close.busy}>Close the interview</button>
        </form>
      </div>
    </details></Scoped>}
  </>;
}

type Person_ = { name: string; nickname: string; approximateAge: string; note: string };
type Place_ = { name: string; address: string; area: string; latitude: string; longitude: string };
type Action_ = { what: string; ownerId: string; due: string };
const number = (text: string) => (text.trim() === '' ? null : Number(text));
const some = <T extends Record<string, unknown>>(rows: T[]) => rows.filter((r) => Object.values(r).some((v) => v !== null && v !== ''));

function RecordForm({ i, person, changed }: { i: StaffInterview; person: Person; changed: (t: string) => void }) {
  const service = useLoad(() => get<Service>(`/organisations/${enc(i.organisationId)}/interview-service`), [i.organisationId]);
  const workers = useLoad(() => get<Worker[]>(`/organisations/${enc(i.organisationId)}/workers`), [i.organisationId]);
  const [heldAt, setHeldAt] = useState(localInput(new Date(Date.now() - 60000)));
  const [place, setPlace] = useState(i.booking?.place ?? '');
  const [present, setPresent] = useState('');
  const [before, setBefore] = useState(''); const [during, setDuring] = useState(''); const [after, setAfter] = useState('');
  const [went, setWent] = useState(''); const [travel, setTravel] = useState('');
  const [people, setPeople] = useState<Person_[]>([]);
  const [vehicles, setVehicles] = useState<{ description: string; registration: string }[]>([]);
  const [handles, setHandles] = useState<{ platform: string; handle: string }[]>([]);
  const [places, setPlaces] = useState<Place_[]>([]);
  const [push, setPush] = useState<string[]>([]); const [pull, setPull] = useState<string[]>([]);
  const [experienced, setExperienced] = useState(''); const [feared, setFeared] = useState('');
  const [indicators, setIndicators] = useState<Record<string, string>>({});
  const [words, setWords] = useState(''); const [wishes, setWishes] = useState(''); const [help, setHelp] = useState('');
  const [safety, setSafety] = useState('');
  const [actions, setActions] = useState<Action_[]>([]);
  const [readBack, setReadBack] = useState(false);
  const [agreed, setAgreed] = useState('');
  const form = useSubmit();
  if (!i.interviewer) {
    return <><h2 class="govuk-heading-m">The interview</h2>
      <p class="govuk-body">Assign an interviewer first: the interviewer (or a manager) records the interview.</p></>;
  }
  if (person.personId !== i.interviewer.personId && person.role !== 'manager') {
    return <><h2 class="govuk-heading-m">The interview</h2>
      <p class="govuk-body">{i.interviewer.name} records the interview once it is held.</p></>;
  }
  const owners: [string, string][] = [['', 'Choose who'], ...(workers.data ?? []).map((w): [string, string] => [w.id, w.name])];
  return <Scoped scope="record">
    <h2 class="govuk-heading-m" id="record">Record the interview</h2>
    <ErrorSummary problem={form.problem} errors={form.errors} />
    <form noValidate onSubmit={form.submit(async () => {
      const errors: Record<string, string> = {};
      if (!heldAt) errors.heldAt = 'Say when it was held';
      if (!place.trim()) errors.place = 'Say where it was held';
      if (lines(agreed).length === 0) errors.agreed = 'Write at least one thing you agreed with the child';
      if (Object.keys(errors).length) throw new Invalid(errors);
      await put(`/interviews/${enc(i.id)}/record`, {
        heldAt: instant(heldAt), place: place.trim(), present: lines(present), before: orNull(before), during: orNull(during),
        after: orNull(after), whereTheyWent: orNull(went), howTheyTravelled: orNull(travel),
        people: some(people.map((p) => ({ name: orNull(p.name), nickname: orNull(p.nickname), approximateAge: number(p.approximateAge), note: orNull(p.note) }))),
        vehicles: some(vehicles.map((v) => ({ description: orNull(v.description), registration: orNull(v.registration) }))),
        handles: some(handles.map((h) => ({ platform: orNull(h.platform), handle: orNull(h.handle) }))),
        places: some(places.map((p) => ({ name: orNull(p.name), address: orNull(p.address), area: orNull(p.area),
          latitude: number(p.latitude), longitude: number(p.longitude) }))),
        pushFactors: push, pullFactors: pull,
        harm: experienced.trim() || feared.trim() ? { experienced: orNull(experienced), feared: orNull(feared) } : null,
        indicators: DOMAINS.filter((d) => indicators[d]?.trim()).map((d) => ({ domain: d, note: indicators[d].trim() })),
        childsWords: lines(words), wishes: orNull(wishes), whatWouldHelp: orNull(help), safetyInformation: lines(safety),
        actions: some(actions.map((a) => ({ what: orNull(a.what), ownerId: orNull(a.ownerId), due: instant(a.due) }))),
        readBack, agreed: lines(agreed),
      });
      changed('The interview is recorded as held. The child is invited to say how it went.');
    }, 'Recorded.')}>
      <TextField name="heldAt" label="Held at" type="datetime-local" value={heldAt} set={setHeldAt} errors={form.errors} />
      <TextField name="place" label="Where" value={place} set={setPlace} errors={form.errors} />
      <TextField name="present" label="Who was there" hint="One person a line" area value={present} set={setPresent} errors={form.errors} />
      <h3 class="govuk-heading-s">What happened</h3>
      <TextField name="before" label="Before they went" area value={before} set={setBefore} errors={form.errors} />
      <TextField name="during" label="While they were away" area value={during} set={setDuring} errors={form.errors} />
      <TextField name="after" label="Since they came back" area value={after} set={setAfter} errors={form.errors} />
      <TextField name="whereTheyWent" label="Where they went" area value={went} set={setWent} errors={form.errors} />
      <TextField name="howTheyTravelled" label="How they travelled" value={travel} set={setTravel} errors={form.errors} />
      <Rows name="people" legend="People they were with" noun="Person" rows={people} set={setPeople} errors={form.errors}
            hint="A name or a nickname, and roughly how old" blank={{ name: '', nickname: '', approximateAge: '', note: '' }}
            fields={[{ key: 'name', label: 'Name' }, { key: 'nickname', label: 'Nickname' },
              { key: 'approximateAge', label: 'Approximate age', type: 'number', width: 3 }, { key: 'note', label: 'Note' }]} />
      <Rows name="vehicles" legend="Vehicles" noun="Vehicle" rows={vehicles} set={setVehicles} errors={form.errors}
            blank={{ description: '', registration: '' }}
            fields={[{ key: 'description', label: 'Description' }, { key: 'registration', label: 'Registration', width: 10 }]} />
      <Rows name="handles" legend="Online handles" noun="Handle" rows={handles} set={setHandles} errors={form.errors}
            blank={{ platform: '', handle: '' }} fields={[{ key: 'platform', label: 'Platform' }, { key: 'handle', label: 'Handle' }]} />
      <Rows name="places" legend="Places" noun="Place" rows={places} set={setPlaces} errors={form.errors}
            hint="Coordinates are kept to 2 decimal places (about 1 km)"
            blank={{ name: '', address: '', area: '', latitude: '', longitude: '' }}
            fields={[{ key: 'name', label: 'Name' }, { key: 'address', label: 'Address' }, { key: 'area', label: 'Area', width: 10 },
              { key: 'latitude', label: 'Latitude', width: 10 }, { key: 'longitude', label: 'Longitude', width: 10 }]} />
      {service.error ? <ErrorText text={service.error} /> : !service.data ? <Loading what="the factor lists" /> : <>
        <Checkboxes name="pushFactors" legend="What pushed them away" values={push} set={setPush} errors={form.errors}
                    options={service.data.pushFactors} small />
        <Checkboxes name="pullFactors" legend="What pulled them away" values={pull} set={setPull} errors={form.errors}
                    options={service.data.pullFactors} small />
      </>}
      <TextField name="harm.experienced" label="Harm they experienced" area value={experienced} set={setExperienced} errors={form.errors} />
      <TextField name="harm.feared" label="Harm they feared" area value={feared} set={setFeared} errors={form.errors} />
      <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Indicators of exploitation or harm</legend>
        <div class="govuk-hint">Write what you noticed under each that applies; leave the others blank.</div>
        {DOMAINS.map((d, n) => <TextField key={d} name={`indicators[${n}].note`} label={label(d)} value={indicators[d] ?? ''}
                                          set={(v) => setIndicators({ ...indicators, [d]: v })} errors={form.errors} />)}
      </fieldset>
      <TextField name="childsWords" label="The child's own words" hint="One thing they said a line" area value={words} set={setWords} errors={form.errors} />
      <TextField name="wishes" label="Their wishes" area value={wishes} set={setWishes} errors={form.errors} />
      <TextField name="whatWouldHelp" label="What would help" area value={help} set={setHelp} errors={form.errors} />
      <TextField name="safetyInformation" label="Safety information given" hint="One a line, for example the Runaway Helpline 116 000"
                 area value={safety} set={setSafety} errors={form.errors} />
      <Rows name="actions" legend="Actions" noun="Action" rows={actions} set={setActions} errors={form.errors}
            hint="Each owner is reminded when it is due, and their manager two days later until it is done"
            blank={{ what: '', ownerId: '', due: '' }}
            fields={[{ key: 'what', label: 'What' }, { key: 'ownerId', label: 'Who', options: owners },
              { key: 'due', label: 'Due', type: 'datetime-local' }]} />
      <div class="govuk-form-group"><fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Read back</legend>
        <div class="govuk-checkboxes"><Check name="readBack" label="I read my notes back to the child" checked={readBack} set={setReadBack} /></div>
      </fieldset></div>
      <TextField name="agreed" label="What we agreed" hint="One line each; the child sees these and can say if a line is not what they said"
                 area value={agreed} set={setAgreed} errors={form.errors} />
      <button type="submit" class="govuk-button" disabled={form.busy}>Save the interview</button>
    </form>
  </Scoped>;
}

function ReadBack({ i, changed }: { i: StaffInterview; changed: (t: string) => void }) {
  const r = i.record!;
  const { attempt, banner } = useOutcome();
  const list = (items: string[]) => (items.length ? <ul class="govuk-list govuk-list--bullet">{items.map((t, n) => <li key={n}>{t}</li>)}</ul> : null);
  return <>
    {banner}
    <h2 class="govuk-heading-m" id="record">The interview</h2>
    <Summary rows={[['Held', `${when(r.heldAt)}, ${r.place}`], ['Who was there', r.present.join(', ')], ['Before', r.before],
      ['While away', r.during], ['Since', r.after], ['Where they went', r.whereTheyWent], ['How they travelled', r.howTheyTravelled],
      ['Push factors', r.pushFactors.map(label).join('; ')], ['Pull factors', r.pullFactors.map(label).join('; ')],
      ['Harm experienced', r.harm?.experienced], ['Harm feared', r.harm?.feared],
      ['Their own words', list(r.childsWords)], ['Wishes', r.wishes], ['What would help', r.whatWouldHelp],
      ['Safety information given', list(r.safetyInformation)], ['Read back to the child', r.readBack ? 'Yes' : 'No'],
      ['Recorded', `${when(r.recordedAt)} by ${r.recordedBy}`]]} />
    <Table caption="People" empty="No people recorded." head={['Name', 'Nickname', 'Approximate age', 'Note']}
           rows={r.people.map((p) => [p.name ?? '—', p.nickname ?? '—', p.approximateAge ?? '—', p.note ?? '—'])} />
    <Table caption="Vehicles and online handles" empty="No vehicles or handles recorded." head={['What', 'Details']}
           rows={[...r.vehicles.map((v) => [`Vehicle: ${v.description ?? ''}`, v.registration ?? '—']),
             ...r.handles.map((h) => [`Handle on ${h.platform ?? '—'}`, h.handle ?? '—'])]} />
    <Table caption="Places" empty="No places recorded." head={['Name', 'Address', 'Area', 'About']}
           rows={r.places.map((p) => [p.name ?? '—', p.address ?? '—', p.area ?? '—',
             p.latitude !== null && p.longitude !== null ? `${p.latitude}, ${p.longitude}` : '—'])} />
    <Table caption="Indicators" empty="No indicators recorded." head={['Domain', 'What was noticed']}
           rows={r.indicators.map((x) => [label(x.domain), x.note ?? '—'])} />
    <Table caption="Actions" empty="No actions." head={['What', 'Who', 'Due', 'Done']}
           rows={r.actions.map((a, n) => [a.what, a.ownerId, when(a.due), a.doneAt ? when(a.doneAt)
             : <ActionButton label="Mark done" secondary run={attempt(() => post(`/interviews/${enc(i.id)}/actions/${n}/done`)
               .then(() => changed(`Action ${n + 1} is done: its reminders stop.`)), 'Done.')} />])} />
    <h3 class="govuk-heading-s">What we agreed</h3>
    {i.agreed ? <ol class="govuk-list govuk-list--number">{i.agreed.lines.map((line, n) => <li key={n}>{line}
      {i.agreed!.corrections.filter((c) => c.line === n).map((c, k) => <p class="govuk-inset-text" key={k}>
        The child says: "{c.words}" ({when(c.at)})</p>)}</li>)}</ol> : <p class="govuk-body">Nothing recorded.</p>}
  </>;
}

function Feedback({ id }: { id: string }) {
  const { data, error } = useLoad(() => get<FeedbackView>(`/interviews/${enc(id)}/feedback`)
    .catch((failure) => { if (failure?.problem?.status === 404) return null; throw failure; }), [id]);
  const yes = (b: boolean) => (b ? 'Yes' : 'No');
  return <>
    <h2 class="govuk-heading-m">The child's feedback</h2>
    {error ? <ErrorText text={error} /> : data === undefined ? <Loading what="the feedback" /> : data === null
      ? <p class="govuk-body">No feedback yet. The child was invited to give it; it is optional.</p>
      : <Summary rows={[['Listened to (1 to 5)', data.listened], ['The right person', yes(data.rightPerson)],
        ['The right time and place', yes(data.rightTimeAndPlace)], ['It helped', yes(data.helped)],
        ['What would make it better', data.better], ['Would talk again', yes(data.talkAgain)], ['Given', when(data.givenAt)]]} />}
  </>;
}

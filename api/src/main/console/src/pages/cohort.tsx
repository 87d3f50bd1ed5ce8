// Cohort insight for managers (issue 14 item 5): every figure for a period beside the period before,
// charts for the distributions (each with its table), the children behind each figure and the
// inspectors' list, both with CSV. All of it is the insight API as the signed-in manager.
import { useEffect, useRef, useState } from 'preact/hooks';
import { file, get } from '../api';
import { ErrorSummary, Invalid, TextField, useSubmit } from '../forms';
import type { Person } from '../session';
import { label } from '../time';
import { Loading, Table, Title, ErrorText, useLoad } from '../ui';

interface Count { key: string; count: number; children: number; }
interface Figures {
  from: string; to: string;
  episodes: { children: number; episodes: number; missingEpisodes: number; awayEpisodes: number; childrenMissing: number; childrenAway: number };
  repeatMissingChildren: number; outOfArea: { children: number; episodes: number };
  timing: { byHour: number[]; byWeekday: number[] };
  durations: { ended: number; stillOpen: number; medianMinutes: number | null; longestMinutes: number | null };
  policeGrades: Count[];
  interviews: { returns: number; returnsOffered: number; offeredPercent: number | null; offers: number; accepted: number;
    acceptedPercent: number | null; declined: number; held: number; heldWithin72h: number; heldWithin72hPercent: number | null;
    heldMedianHours: number | null };
  declineReasons: Count[];
  feedback: { given: number; listenedAverage: number | null; rightPersonPercent: number | null; rightTimeAndPlacePercent: number | null;
    helpedPercent: number | null; talkAgainPercent: number | null };
  pushFactors: Count[]; pullFactors: Count[]; indicators: Count[];
  strategyDiscussions: { children: number; discussions: number; held: number };
}
interface Report { organisationId: string; zone: string; current: Figures; previous: Figures; }
interface ChildRow { youngPersonId: string; name: string; localChildId: string | null; count: number; }
interface ChildList { figure: string; value: string | null; from: string; to: string; children: ChildRow[]; }
interface InspectionRow { youngPersonId: string; name: string; localChildId: string | null; episodes: number; missingEpisodes: number;
  awayEpisodes: number; lastStarted: string | null; lastEnded: string | null; interviewOffered: boolean; interviewAccepted: boolean; interviewHeld: boolean; }

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The default period: the last 30 days, today included ([today - 29, tomorrow) as the API's from/to),
 * beside the 30 days before. Not the last full month: what a manager looks at first is what has just
 * happened, and a new organisation (the demo's) has nothing in last month.
 */
function lastThirtyDays(): { from: string; to: string } {
  const now = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 29)),
    to: iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)) };
}

type Selected = { figure: string; value?: string; title: string } | { inspection: true };

export function Cohort({ person }: { person: Person }) {
  const [period, setPeriod] = useState(lastThirtyDays);
  const [draft, setDraft] = useState(period);
  const [report, setReport] = useState<Report | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const form = useSubmit();
  const base = `/organisations/${encodeURIComponent(person.organisationId ?? '')}/insight`;
  const query = (p: { from: string; to: string }) => `from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}`;

  const load = (p: { from: string; to: string }) => form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.from)) errors.from = 'Enter the first day as a date, like 2026-10-01';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.to)) errors.to = 'Enter the day after the last as a date, like 2026-11-01';
    if (Object.keys(errors).length) throw new Invalid(errors);
    const loaded = await get<Report>(`${base}?${query(p)}`);
    setReport(loaded); setPeriod(p); setSelected(null);
  }, 'Figures loaded');
  useEffect(() => { load(period)(); }, []);

  const show = (figure: string, title: string, value?: string) => () => setSelected({ figure, value, title });
  return <>
    <Title caption="Cohort insight">Missing children in {person.organisationId}</Title>
    <ErrorSummary problem={form.problem} errors={form.errors} />
    <form class="hw-period" onSubmit={load(draft)} noValidate>
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Period</legend>
        <TextField name="from" label="From (first day)" hint="For example, 2026-10-01" value={draft.from} width={10}
                   set={(from) => setDraft({ ...draft, from })} errors={form.errors} />
        <TextField name="to" label="To (the day after the last)" hint="For example, 2026-11-01" value={draft.to} width={10}
                   set={(to) => setDraft({ ...draft, to })} errors={form.errors} />
        <button type="submit" class="govuk-button" disabled={form.busy}>Show the figures</button>
      </fieldset>
    </form>
    {form.busy && !report && <Loading what="the figures" />}
    {report && <Figures report={report} show={show} inspection={() => setSelected({ inspection: true })} />}
    {selected && <section aria-labelledby="behind" class="hw-behind">
      {'inspection' in selected
        ? <Inspection base={base} query={query(period)} />
        : <Behind base={base} query={query(period)} selected={selected} />}
    </section>}
  </>;
}

function change(now: number | null, before: number | null, unit = '') {
  if (now === null || before === null) return '—';
  const d = Math.round((now - before) * 10) / 10;
  return d === 0 ? 'no change' : `${d > 0 ? 'up' : 'down'} ${Math.abs(d)}${unit}`;
}
const n = (v: number | null, unit = '') => (v === null || v === undefined ? '—' : `${v}${unit}`);
const hours = (minutes: number | null) => (minutes === null ? null : Math.round(minutes / 6) / 10);

function Figures({ report, show, inspection }: {
  report: Report; show: (figure: string, title: string, value?: string) => () => void; inspection: () => void;
}) {
  const c = report.current; const p = report.previous;
  const row = (name: string, now: number | null, before: number | null, figure?: string, unit = '') =>
    [figure ? <a class="govuk-link" href="#behind" onClick={(e) => { e.preventDefault(); show(figure, name)(); }}>{name}</a> : name,
      n(now, unit), n(before, unit), change(now, before, unit)];
  const head = ['Figure', `${c.from} to ${c.to}`, `${p.from} to ${p.to}`, 'Change'];
  const hourLabels = c.timing.byHour.map((_, h) => `${String(h).padStart(2, '0')}:00`);
  return <>
    <p class="govuk-body">Times are in {report.zone}. Each figure's link opens the children behind it.</p>
    <Table caption="Episodes and children" head={head} empty="" rows={[
      row('Children missing or away', c.episodes.children, p.episodes.children),
      row('Children missing', c.episodes.childrenMissing, p.episodes.childrenMissing, 'CHILDREN_MISSING'),
      row('Missing episodes', c.episodes.missingEpisodes, p.episodes.missingEpisodes, 'MISSING'),
      row('Away episodes', c.episodes.awayEpisodes, p.episodes.awayEpisodes, 'AWAY'),
      row('Repeat-missing children', c.repeatMissingChildren, p.repeatMissingChildren, 'REPEAT_MISSING'),
      row('Out-of-area children', c.outOfArea.children, p.outOfArea.children, 'OUT_OF_AREA'),
      row('Episodes ended', c.durations.ended, p.durations.ended, 'ENDED'),
      row('Episodes still open', c.durations.stillOpen, p.durations.stillOpen, 'STILL_OPEN'),
      row('Median duration', hours(c.durations.medianMinutes), hours(p.durations.medianMinutes), undefined, ' h'),
      row('Longest duration', hours(c.durations.longestMinutes), hours(p.durations.longestMinutes), undefined, ' h'),
    ]} />
    <Table caption="Return interviews" head={head} empty="" rows={[
      row('Offered', c.interviews.offeredPercent, p.interviews.offeredPercent, 'INTERVIEW_OFFERED', '%'),
      row('Accepted', c.interviews.acceptedPercent, p.interviews.acceptedPercent, 'INTERVIEW_ACCEPTED', '%'),
      row('Declined', c.interviews.declined, p.interviews.declined, 'INTERVIEW_DECLINED'),
      row('Held within 72 hours', c.interviews.heldWithin72hPercent, p.interviews.heldWithin72hPercent, 'HELD_WITHIN_72H', '%'),
      row('Not held within 72 hours', c.interviews.held - c.interviews.heldWithin72h, p.interviews.held - p.interviews.heldWithin72h, 'NOT_HELD_WITHIN_72H'),
      row('Median hours from return to interview', c.interviews.heldMedianHours, p.interviews.heldMedianHours, undefined, ' h'),
    ]} />
    <Table caption="The child's voice and risk" head={head} empty="" rows={[
      row('Children who gave feedback', c.feedback.given, p.feedback.given, 'FEEDBACK'),
      row('Felt listened to (average of 5)', c.feedback.listenedAverage, p.feedback.listenedAverage),
      row('Right person', c.feedback.rightPersonPercent, p.feedback.rightPersonPercent, undefined, '%'),
      row('Right time and place', c.feedback.rightTimeAndPlacePercent, p.feedback.rightTimeAndPlacePercent, undefined, '%'),
      row('It helped', c.feedback.helpedPercent, p.feedback.helpedPercent, undefined, '%'),
      row('Would talk again', c.feedback.talkAgainPercent, p.feedback.talkAgainPercent, undefined, '%'),
      row('Children flagged for strategy discussions', c.strategyDiscussions.children, p.strategyDiscussions.children, 'STRATEGY_DISCUSSION'),
    ]} />
    <Chart title="Episodes by hour of day" column="Hour" figure="HOUR" labels={hourLabels} keys={hourLabels.map((_, h) => String(h))}
           current={c.timing.byHour} previous={p.timing.byHour} show={show} />
    <Chart title="Episodes by day of week" column="Day" figure="WEEKDAY" labels={WEEKDAYS} keys={WEEKDAYS.map((_, d) => String(d + 1))}
           current={c.timing.byWeekday} previous={p.timing.byWeekday} show={show} />
    <Counts title="Police grades" column="Grade" figure="POLICE_GRADE" current={c.policeGrades} previous={p.policeGrades} show={show} />
    <Counts title="Push factors" column="Factor" figure="PUSH_FACTOR" current={c.pushFactors} previous={p.pushFactors} show={show} />
    <Counts title="Pull factors" column="Factor" figure="PULL_FACTOR" current={c.pullFactors} previous={p.pullFactors} show={show} />
    <Counts title="Exploitation indicators by domain" column="Domain" figure="INDICATOR" current={c.indicators} previous={p.indicators} show={show} />
    <Counts title="Interview decline reasons" column="Reason" figure="DECLINE_REASON" current={c.declineReasons} previous={p.declineReasons} show={show} />
    <h2 class="govuk-heading-m">For inspectors</h2>
    <p class="govuk-body">One row per missing child: episodes, and whether an interview was offered and accepted after the last.</p>
    <button type="button" class="govuk-button govuk-button--secondary" onClick={inspection}>Show the inspectors' list</button>
  </>;
}

function Counts({ title, column, figure, current, previous, show }: {
  title: string; column: string; figure: string; current: Count[]; previous: Count[]; show: (figure: string, title: string, value?: string) => () => void;
}) {
  const keys = [...new Set([...current.map((c) => c.key), ...previous.map((c) => c.key)])];
  const of = (list: Count[], key: string) => list.find((c) => c.key === key)?.count ?? 0;
  return <Chart title={title} column={column} figure={figure} labels={keys.map((k) => label(k))} keys={keys}
                current={keys.map((k) => of(current, k))} previous={keys.map((k) => of(previous, k))} show={show} />;
}

/** A bar chart (lazy Chart.js) with its figures as a table in a <details> beside it. */
function Chart({ title, column, figure, labels, keys, current, previous, show }: {
  title: string; column: string; figure: string; labels: string[]; keys: string[]; current: number[]; previous: number[];
  show: (figure: string, title: string, value?: string) => () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || keys.length === 0) return undefined;
    let destroy: (() => void) | undefined; let gone = false;
    import('../chart').then(({ bars }) => { if (!gone && canvas.current) destroy = bars(canvas.current, labels, current, previous); });
    return () => { gone = true; destroy?.(); };
  }, [JSON.stringify([labels, current, previous])]);
  const total = current.reduce((a, b) => a + b, 0);
  return <section class="hw-chart">
    <h2 class="govuk-heading-m">{title}</h2>
    {keys.length === 0 ? <p class="govuk-body hw-board-empty">None recorded in either period.</p> : <>
      <div class="hw-chart__canvas">
        <canvas ref={canvas} role="img"
                aria-label={`${title}: bar chart of this period (solid blue, ${total} in all) beside the previous period (outlined). The table below has every figure.`} />
      </div>
      <details class="govuk-details">
        <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{title} as a table</span></summary>
        <div class="govuk-details__text">
          <Table caption={title} head={[column, 'This period', 'Previous period', 'Children']} empty=""
                 rows={keys.map((k, i) => [labels[i], String(current[i]), String(previous[i]),
                   current[i] > 0 ? <a class="govuk-link" href="#behind"
                                       onClick={(e) => { e.preventDefault(); show(figure, `${title}: ${labels[i]}`, k)(); }}>
                     The children<span class="govuk-visually-hidden"> for {labels[i]}</span></a> : '—'])} />
        </div>
      </details>
    </>}
  </section>;
}

/** A CSV from the API, fetched with the token, offered as a download through a blob URL. */
function CsvLink({ path, name, text }: { path: string; name: string; text: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    file('GET', path, 'text/csv, application/problem+json')
      .then((blob) => { made = URL.createObjectURL(blob); setUrl(made); })
      .catch((e) => setError(String(e?.message ?? e)));
    return () => { if (made) URL.revokeObjectURL(made); };
  }, [path]);
  if (error) return <ErrorText text={error} />;
  return url ? <p class="govuk-body"><a class="govuk-link" href={url} download={name}>{text}</a></p>
    : <p class="govuk-body" role="status">Preparing the CSV…</p>;
}

function Behind({ base, query, selected }: { base: string; query: string; selected: { figure: string; value?: string; title: string } }) {
  const q = `${query}&figure=${selected.figure}${selected.value !== undefined ? `&value=${encodeURIComponent(selected.value)}` : ''}`;
  const list = useLoad(() => get<ChildList>(`${base}/children?${q}`), [q]);
  return <>
    <h2 class="govuk-heading-m" id="behind" tabIndex={-1}>The children behind: {selected.title}</h2>
    {list.loading && <Loading what="the children" />}
    {list.error && <ErrorText text={list.error} />}
    {list.data && <>
      <Table caption={`${list.data.children.length} children`} head={['Child', 'Local id', 'Count']}
             empty="No children behind this figure."
             rows={list.data.children.map((c) => [<a class="govuk-link" href={`#/young-people/${encodeURIComponent(c.youngPersonId)}`}>{c.name}</a>,
               c.localChildId ?? '—', String(c.count)])} />
      <CsvLink path={`${base}/children.csv?${q}`} name={`cohort-${selected.figure.toLowerCase()}.csv`}
               text="Download these children (CSV)" />
    </>}
  </>;
}

function Inspection({ base, query }: { base: string; query: string }) {
  const list = useLoad(() => get<{ children: InspectionRow[] }>(`${base}/inspection?${query}`), [query]);
  const yes = (b: boolean) => (b ? 'Yes' : 'No');
  return <>
    <h2 class="govuk-heading-m" id="behind" tabIndex={-1}>The inspectors' list</h2>
    {list.loading && <Loading what="the list" />}
    {list.error && <ErrorText text={list.error} />}
    {list.data && <>
      <Table caption={`${list.data.children.length} children`} empty="No child went missing in this period."
             head={['Child', 'Local id', 'Episodes', 'Missing', 'Away', 'Interview offered', 'Accepted', 'Held']}
             rows={list.data.children.map((c) => [c.name, c.localChildId ?? '—', String(c.episodes), String(c.missingEpisodes),
               String(c.awayEpisodes), yes(c.interviewOffered), yes(c.interviewAccepted), yes(c.interviewHeld)])} />
      <CsvLink path={`${base}/inspection.csv?${query}`} name="inspection.csv" text="Download the inspectors' list (CSV)" />
    </>}
  </>;
}

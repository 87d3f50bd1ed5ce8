// The young person's record, continued: missing episodes (each with its timeline), Philomena part 1,
// return home interviews and strategy discussions. The API answers a child's episodes, interviews
// and discussions whole (a child has few); they are shown ten at a time with "show more".
import { useState } from 'preact/hooks';
import { get, post } from '../api';
import type { Person } from '../session';
import { href } from '../router';
import { duration, label, when } from '../time';
import { ErrorText, Loading, Table, Tag, useLoad } from '../ui';
import { ErrorSummary, Scoped, TextField, orNull, useSubmit } from '../forms';
import { type Episode, PartOne, RiskTag, type TimelineItem, TimelineTable } from './episodes';
import { type ShownInterview, dueText, statusTag } from './interviews';

const enc = encodeURIComponent;
const PAGE = 10;

interface Discussion { id: string; status: string; flaggedAt: string; rule: string; episodeIds: string[]; heldAt: string | null; recordedBy: string | null; note: string | null; }

/** Shows a list ten at a time. */
function usePaged<T>(items: T[] | undefined) {
  const [shown, setShown] = useState(PAGE);
  const more = items && items.length > shown
    ? <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setShown(shown + PAGE)}>
      Show {Math.min(PAGE, items.length - shown)} more</button> : null;
  return { page: (items ?? []).slice(0, shown), more };
}

export function RecordEpisodes({ id, person }: { id: string; person: Person }) {
  return <>
    <Episodes id={id} />
    <PartOne youngPersonId={id} editable />
    <Interviews id={id} />
    <Discussions id={id} person={person} />
  </>;
}

function Episodes({ id }: { id: string }) {
  const { data, error } = useLoad(() => get<Episode[]>(`/young-people/${enc(id)}/missing-episodes`), [id]);
  const { page, more } = usePaged(data);
  return <>
    <h2 class="govuk-heading-m" id="episodes" tabIndex={-1}>Missing episodes</h2>
    <p class="govuk-body"><a class="govuk-link" href={href('report-missing', id)}>Report missing</a></p>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="missing episodes" /> : <>
      <Table caption={`Missing episodes, newest first (${data.length} in all)`} empty="Never reported missing."
             head={['Started', 'Status', 'How long', 'Risk', 'Timeline']}
             rows={page.map((e) => [<a class="govuk-link" href={href('missing-episodes', e.id)}>{when(e.startedAt)}</a>,
               e.status === 'OPEN' ? <Tag colour="red">{e.whereabouts === 'AWAY' ? 'Away' : 'Missing'}</Tag> : <Tag colour="green">Returned</Tag>,
               duration((e.endedAt ? Date.parse(e.endedAt) : Date.now()) - Date.parse(e.startedAt)),
               <RiskTag grade={e.risk?.grade} />, <EpisodeTimeline id={e.id} />])} />
      {more}
    </>}
  </>;
}

/** An episode's timeline, read when it is opened. */
function EpisodeTimeline({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  return <details class="govuk-details govuk-!-margin-bottom-0" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Timeline
      <span class="govuk-visually-hidden"> of this episode</span></span></summary>
    <div class="govuk-details__text">{open && <Loaded id={id} />}</div>
  </details>;
}

function Loaded({ id }: { id: string }) {
  const { data, error } = useLoad(() => get<TimelineItem[]>(`/missing-episodes/${enc(id)}/timeline`), [id]);
  return error ? <ErrorText text={error} /> : !data ? <Loading what="the timeline" /> : <TimelineTable items={data} />;
}

function Interviews({ id }: { id: string }) {
  const { data, error } = useLoad(() => get<ShownInterview[]>(`/young-people/${enc(id)}/interviews`), [id]);
  const { page, more } = usePaged(data);
  return <>
    <h2 class="govuk-heading-m" id="interviews" tabIndex={-1}>Return home interviews</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="interviews" /> : <>
      <Table caption="Return home interviews, newest offer first" empty="No interviews offered."
             head={['Offered', 'Status', 'Due', 'Interviewer', 'What we agreed']}
             rows={page.map((i) => [<a class="govuk-link" href={href('interviews', i.id)}>{when(i.offeredAt)}</a>,
               statusTag(i.status), i.view === 'STAFF' ? dueText(i) : '—',
               i.view === 'STAFF' ? i.interviewer?.name ?? 'Not assigned' : '—',
               i.view === 'STAFF' && i.agreed ? i.agreed.lines.join('; ') : '—'])} />
      {more}
    </>}
  </>;
}

function Discussions({ id, person }: { id: string; person: Person }) {
  const { data, error, reload } = useLoad(() => get<Discussion[]>(`/young-people/${enc(id)}/strategy-discussions`), [id]);
  const { page, more } = usePaged(data);
  const mayRecord = person.role === 'worker' || person.role === 'manager';
  return <>
    <h2 class="govuk-heading-m" id="strategy" tabIndex={-1}>Strategy discussions</h2>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="strategy discussions" /> : <>
      <Table caption="Flagged by the repeat-missing rule, newest first" empty="None flagged."
             head={['Flagged', 'Rule', 'Status', 'Held', ...(mayRecord ? ['Record'] : [])]}
             rows={page.map((d) => [when(d.flaggedAt), d.rule, d.status === 'DUE' ? <Tag colour="red">Due</Tag> : label(d.status),
               d.heldAt ? `${when(d.heldAt)} (${d.recordedBy})${d.note ? `: ${d.note}` : ''}` : '—',
               ...(mayRecord ? [d.heldAt ? '—' : <Held id={d.id} done={reload} />] : [])])} />
      {more}
    </>}
  </>;
}

function Held({ id, done }: { id: string; done: () => void }) {
  const [note, setNote] = useState('');
  const form = useSubmit();
  return <Scoped scope={`held-${id}`}><details class="govuk-details govuk-!-margin-bottom-0">
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Record as held</span></summary>
    <div class="govuk-details__text">
      <ErrorSummary problem={form.problem} errors={form.errors} />
      <form noValidate onSubmit={form.submit(async () => {
        await post(`/strategy-discussions/${enc(id)}/held`, { note: orNull(note) });
        done();
      }, 'Recorded.')}>
        <TextField name="note" label="Note (optional)" value={note} set={setNote} errors={form.errors} />
        <button type="submit" class="govuk-button" disabled={form.busy}>Record as held</button>
      </form>
    </div>
  </details></Scoped>;
}

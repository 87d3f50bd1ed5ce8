// The "Now" board: a first read over GET /board, then live over server-sent events opened with a
// single-use ticket (EventSource cannot send a token). A closed or broken stream is opened again
// with a fresh ticket, which needs a token that can still be refreshed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../api';
import type { Person } from '../session';
import { SessionEnded } from '../session';
import { href } from '../router';
import { clock, duration, label } from '../time';
import { Table, Tag, Title } from '../ui';

interface Overdue {
  planId: string; youngPersonId: string; youngPersonName: string; where: string; returnDue: string;
  step: number; alertId: string | null; acknowledgedBy: string | null; acknowledgedAt: string | null;
}
interface OpenHelp {
  helpRequestId: string; youngPersonId: string; youngPersonName: string; category: string; raisedAt: string;
  status: string; acknowledgedBy: string | null; safe: boolean;
}
interface MissingNow {
  episodeId: string; youngPersonId: string; youngPersonName: string; reportedAt: string;
  lastKnownWhere: string | null; risk: string | null; nextReviewDue: string | null;
}
export interface NowBoard { at: string; overdue: Overdue[]; help: OpenHelp[]; missing: MissingNow[]; }

const STEPS = ['ladder starting', 'young person asked', 'carers pushed', 'carers texted', 'duty worker called'];

let firstBoardShown = false;

export function Board({ person }: { person: Person }) {
  const [board, setBoard] = useState<NowBoard | null>(null);
  const [serverAt, setServerAt] = useState<{ at: number; received: number }>({ at: 0, received: 0 });
  const [live, setLive] = useState<'connecting' | 'live' | 'reconnecting'>('connecting');
  const [announcement, setAnnouncement] = useState('');
  const [, setTick] = useState(0);
  const previous = useRef<string>('');

  useEffect(() => {
    let closed = false;
    let source: EventSource | null = null;
    let retry: number | undefined;
    // The first read (GET /board) and the stream race: a first read answered after the stream's first
    // board is older than it, and the stream sends only changes, so it would stay on screen until the
    // next change. Once the stream has sent a board, the first read's answer is dropped.
    let streamed = false;
    const apply = (next: NowBoard) => {
      if (closed) return;
      setBoard(next);
      setServerAt({ at: Date.parse(next.at), received: performance.now() });
      const summary = `${next.overdue.filter((o) => !o.acknowledgedBy).length} overdue, `
        + `${next.help.length} help requests, ${next.missing.length} missing`;
      if (previous.current && previous.current !== summary) setAnnouncement(`Board updated: ${summary}`);
      previous.current = summary;
    };
    const connect = async () => {
      try {
        const ticket = await post<{ stream: string }>('/board/stream-tickets');
        if (closed) return;
        source = new EventSource(ticket.stream);
        // Live once the stream's first board is in (not at 'open'): from then on every change reaches it.
        source.addEventListener('board', (event) => {
          streamed = true;
          apply(JSON.parse((event as MessageEvent).data));
          setLive('live');
        });
        source.addEventListener('heartbeat', (event) => {
          setServerAt({ at: Date.parse(JSON.parse((event as MessageEvent).data).at), received: performance.now() });
        });
        source.addEventListener('error', () => {
          source?.close();
          if (closed) return;
          setLive('reconnecting');
          retry = window.setTimeout(connect, 1000);
        });
      } catch (error) {
        if (closed || error instanceof SessionEnded) return;
        setLive('reconnecting');
        retry = window.setTimeout(connect, 5000);
      }
    };
    get<NowBoard>('/board').then((first) => { if (!streamed) apply(first); }).catch(() => undefined);
    connect();
    const ticking = window.setInterval(() => setTick((n) => n + 1), 30000);
    return () => { closed = true; source?.close(); window.clearTimeout(retry); window.clearInterval(ticking); };
  }, []);

  useEffect(() => {
    if (board && !firstBoardShown) {
      firstBoardShown = true;
      performance.mark('board-interactive');
    }
  }, [board]);

  const now = serverAt.at + (performance.now() - serverAt.received);
  const canAct = person.role === 'carer' || person.role === 'worker';
  const overdue = board?.overdue.filter((o) => !o.acknowledgedBy) ?? [];
  const acknowledged = board?.overdue.filter((o) => o.acknowledgedBy) ?? [];
  const who = (id: string, name: string) => <a class="govuk-link" href={href('young-people', id)}>{name}</a>;

  return <div data-board-ready={board ? 'true' : 'false'} data-live={live === 'live' ? 'true' : 'false'}>
    <Title caption={person.role === 'manager' ? 'Your organisation' : 'The young people you work with'}>Now</Title>
    <p class="hw-live" role="status" aria-live="polite">
      {live === 'live' ? 'Live: this board updates by itself.' : live === 'connecting' ? 'Connecting…'
        : 'Reconnecting: the board may be out of date.'}
      <span class="govuk-visually-hidden"> {announcement}</span>
    </p>
    {!board ? <p class="govuk-body">Loading the board…</p> : <>
      <div class="govuk-grid-row">
        <Count n={overdue.length} what="overdue" />
        <Count n={board.help.length} what="asking for help" />
        <Count n={board.missing.length} what="missing now" />
      </div>
      <h2 class="govuk-heading-m" id="overdue">Overdue</h2>
      <Table caption="Plans past their return time, with the ladder's step" empty="Nobody is overdue."
             head={['Young person', 'Where', 'Back by', 'Overdue for', 'Ladder', ...(canAct ? ['Alert'] : [])]}
             rows={overdue.map((o) => [who(o.youngPersonId, o.youngPersonName), o.where, clock(o.returnDue),
               duration(now - Date.parse(o.returnDue)),
               <Tag colour={o.step >= 3 ? 'red' : o.step === 2 ? 'orange' : 'yellow'}>
                 {o.step ? `Step ${o.step} of 4` : 'Step 0'}: {STEPS[o.step]}</Tag>,
               ...(canAct ? [o.alertId ? <a class="govuk-link" href={href('alerts', o.alertId)}>
                 Open alert<span class="govuk-visually-hidden"> for {o.youngPersonName}</span></a> : '—'] : [])])} />
      {acknowledged.length > 0 && <Table caption="Acknowledged, not home yet" empty=""
             head={['Young person', 'Where', 'Back by', 'Acknowledged by', 'At']}
             rows={acknowledged.map((o) => [who(o.youngPersonId, o.youngPersonName), o.where, clock(o.returnDue),
               o.acknowledgedBy, clock(o.acknowledgedAt)])} />}
      <h2 class="govuk-heading-m" id="help">Asking for help</h2>
      <Table caption="Help requests not yet closed" empty="Nobody is asking for help."
             head={['Young person', 'What', 'Raised', 'Status', ...(canAct ? ['Request'] : [])]}
             rows={board.help.map((h) => [who(h.youngPersonId, h.youngPersonName), label(h.category),
               `${clock(h.raisedAt)} (${duration(now - Date.parse(h.raisedAt))} ago)`,
               <Tag colour={h.safe ? 'green' : h.status === 'OPEN' ? 'red' : 'blue'}>
                 {h.safe ? 'Says safe' : h.status === 'OPEN' ? 'Nobody has it yet' : `With ${h.acknowledgedBy}`}</Tag>,
               ...(canAct ? [<a class="govuk-link" href={href('help-requests', h.helpRequestId)}>
                 Open<span class="govuk-visually-hidden"> help request from {h.youngPersonName}</span></a>] : [])])} />
      <h2 class="govuk-heading-m" id="missing">Missing now</h2>
      <p class="govuk-body"><a class="govuk-link" href={href('report-missing')}>Report a young person missing</a></p>
      <Table caption="Young people with an open missing episode" empty="Nobody is reported missing."
             head={['Young person', 'Missing for', 'Reported', 'Last known', 'Risk', 'Review due', 'Episode']}
             rows={board.missing.map((m) => [who(m.youngPersonId, m.youngPersonName),
               duration(now - Date.parse(m.reportedAt)), clock(m.reportedAt), m.lastKnownWhere ?? '—',
               m.risk ? <Tag colour="red">{label(m.risk)}</Tag> : <Tag colour="grey">Not graded yet</Tag>,
               reviewDue(m.nextReviewDue, now),
               <a class="govuk-link" href={href('missing-episodes', m.episodeId)}>
                 Open episode<span class="govuk-visually-hidden"> for {m.youngPersonName}</span></a>])} />
    </>}
  </div>;
}

/** When the risk review falls due, with the hours left (by the server's clock), or how late it is. */
function reviewDue(due: string | null, now: number) {
  if (!due) return '—';
  const left = Date.parse(due) - now;
  return left >= 0 ? `${clock(due)} (${duration(left)} left)`
    : <Tag colour="red">{`Overdue by ${duration(-left)}`}</Tag>;
}

function Count({ n, what }: { n: number; what: string }) {
  return <div class="govuk-grid-column-one-third">
    <p class="govuk-body"><span class="hw-count">{n}</span> {what}</p>
  </div>;
}

// Quality assurance of return interviews: the manager's queue (why each interview is in it), an item
// with the interview's record, a claim, the assessment form (a grade and a comment per criterion, with
// an error summary), returning a record for amendment; and the interviewer's "My assessments".
import { useState } from 'preact/hooks';
import { ApiError, get, message, post } from '../api';
import type { Person } from '../session';
import { go, href } from '../router';
import { label, when } from '../time';
import { ActionButton, ErrorText, Loading, Summary, Table, Tag, Title, useLoad, useOutcome } from '../ui';

interface Graded { criterion: string; label: string; grade: string; comment: string; }
interface Assessment {
  id: string; interviewId: string; assessorId: string; assessedAt: string; month: string; recordVersion: number;
  grades: Graded[]; summary: string; acknowledgedAt: string | null;
}
interface Item {
  interviewId: string; youngPersonId: string; childName: string; interviewerId: string | null; outcome: string;
  completedAt: string; state: string; selected: boolean; reasons: { code: string; why: string }[];
  sample: { why: string } | null; claim: { by: string; until: string } | null;
  returns: { reason: string; by: string; at: string; amendedAt: string | null }[]; recordVersion: number;
  assessments: Assessment[];
}
interface Mine { assessment: Assessment; childName: string; state: string; returnedFor: string | null; }
interface InterviewRecord {
  heldAt: string; place: string; childsWords: string[]; pushFactors: string[]; pullFactors: string[];
  indicators: { domain: string; note: string }[]; actions: { what: string; ownerId: string; due: string }[];
  whereTheyWent: string | null; readBack: boolean;
}
interface StaffInterview {
  status: string; returnedAt: string; offeredAt: string; dueAt: string; heldAt: string | null;
  interviewer: { name: string; childAsked: boolean } | null; record: InterviewRecord | null;
}

const CRITERIA: [string, string][] = [
  ['OFFERED_WITHIN_72_HOURS', 'Offered within 72 hours'], ['HELD_WITHIN_72_HOURS', 'Held within 72 hours'],
  ['INDEPENDENT', 'Independent'], ['CHILDS_OWN_WORDS', "The child's own words recorded"],
  ['PUSH_AND_PULL_FACTORS', 'Push and pull factors explored'], ['EXPLOITATION_DOMAINS', 'Every exploitation domain considered'],
  ['RISKS_AND_ACTIONS', 'Risks identified, with actions that are specific and owned'],
  ['SHARED_WITH_AGENCIES', 'Shared with the right agencies'], ['CHILDS_FEEDBACK', "The child's feedback"],
];
const GRADES: [string, string][] = [['GOOD', 'Good'], ['REQUIRES_IMPROVEMENT', 'Requires improvement'], ['INADEQUATE', 'Inadequate']];
const STATES = ['QUEUED', 'ASSESSED', 'RETURNED', 'NOT_SELECTED'];
const gradeColour = (grade: string) => (grade === 'GOOD' ? 'green' : grade === 'INADEQUATE' ? 'red' : 'yellow');

export function QualityQueue({ person }: { person: Person }) {
  const [state, setState] = useState('QUEUED');
  const { data, error } = useLoad(() => get<Item[]>(
    `/organisations/${encodeURIComponent(person.organisationId ?? '')}/quality/queue?state=${state}`), [state]);
  return <>
    <Title>Quality assurance</Title>
    <p class="govuk-body">Completed return interviews to assess. High-risk, repeat-missing and out-of-area children,
      interviews held after 72 hours and those the child rated poorly are always here; others by the sample.</p>
    <div class="govuk-form-group">
      <label class="govuk-label" for="state">Show</label>
      <select class="govuk-select" id="state" value={state} onChange={(e) => setState((e.target as HTMLSelectElement).value)}>
        {STATES.map((s) => <option value={s} key={s}>{label(s)}</option>)}
      </select>
    </div>
    {error ? <ErrorText text={error} /> : !data ? <Loading what="the queue" /> :
      <Table caption={`${label(state)} interviews, oldest first`} empty="Nothing here."
             head={['Child', 'Outcome', 'Completed', 'Why', 'Claimed by', 'Assessments']}
             rows={data.map((i) => [<a class="govuk-link" href={href('quality', i.interviewId)}>{i.childName || i.youngPersonId}</a>,
               label(i.outcome), when(i.completedAt),
               i.reasons.length ? i.reasons.map((r) => <Tag key={r.code}>{label(r.code)}</Tag>) : 'Not sampled',
               i.claim?.by ?? '—', i.assessments.length])} />}
  </>;
}

export function QualityItem({ id, person }: { id: string; person: Person }) {
  const path = `/quality/items/${encodeURIComponent(id)}`;
  const { data, error, reload } = useLoad(() => Promise.all([get<Item>(path),
    get<StaffInterview>(`/interviews/${encodeURIComponent(id)}`)]), [id]);
  const { attempt, banner } = useOutcome();
  const [reason, setReason] = useState('');
  if (error && !data) return <><Title>Quality assurance</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="the interview" />;
  const [item, interview] = data;
  // The server decides whether a claim has lapsed (by its own clock); the page only asks whose it is.
  const mine = item.claim?.by === person.personId;
  const record = interview.record;
  return <>
    {banner}
    <Title caption={`${label(item.outcome)} · ${label(item.state)}`}>Assess {item.childName}'s return interview</Title>
    <p class="govuk-body"><a class="govuk-link" href={href('quality')} onClick={(e) => { e.preventDefault(); go('quality'); }}>Back to the queue</a></p>
    <Summary rows={[
      ['Why it is here', item.reasons.length ? item.reasons.map((r) => r.why).join('; ') : item.sample?.why ?? 'Not sampled'],
      ['Returned', when(interview.returnedAt)], ['Offered', when(interview.offeredAt)], ['Due by', when(interview.dueAt)],
      ['Held', interview.heldAt ? when(interview.heldAt) : 'Not held'],
      ['Interviewer', interview.interviewer ? `${interview.interviewer.name}${interview.interviewer.childAsked ? ' (the child asked for them)' : ''}` : '—'],
      ['Record version', item.recordVersion],
      ['Claimed by', item.claim ? `${mine ? 'you' : item.claim.by} until ${when(item.claim.until)}` : 'Nobody'],
    ]} />
    {record && <>
      <h2 class="govuk-heading-m">The record</h2>
      <Summary rows={[['Place', record.place], ['Where they went', record.whereTheyWent],
        ["The child's words", record.childsWords.join(' / ')], ['Push factors', record.pushFactors.map(label).join(', ')],
        ['Pull factors', record.pullFactors.map(label).join(', ')],
        ['Exploitation indicators', record.indicators.map((i) => `${label(i.domain)}: ${i.note}`).join('; ')],
        ['Actions', record.actions.map((a) => `${a.what} (${a.ownerId}, by ${when(a.due)})`).join('; ')],
        ['Read back', record.readBack ? 'Yes' : 'No']]} />
    </>}
    {item.assessments.map((a, n) => <AssessmentSummary key={a.id} assessment={a} title={`Assessment ${n + 1}`} />)}
    {item.returns.length > 0 && <Table caption="Returned for amendment" empty="" head={['Reason', 'By', 'When', 'Amended']}
      rows={item.returns.map((r) => [r.reason, r.by, when(r.at), r.amendedAt ? when(r.amendedAt) : 'Not yet'])} />}
    {item.state !== 'RETURNED' && (!mine
      ? <ActionButton label="Claim to assess" run={attempt(() => post(`${path}/claim`).then(reload), 'Claimed: it is yours for 2 hours.')} />
      : <AssessmentForm path={path} done={reload} />)}
    {item.state === 'ASSESSED' && item.outcome === 'HELD' && <>
      <h2 class="govuk-heading-m">Return for amendment</h2>
      <div class="govuk-form-group">
        <label class="govuk-label" for="return-reason">What should the interviewer amend?</label>
        <textarea class="govuk-textarea" id="return-reason" rows={3} value={reason}
                  onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
      </div>
      <ActionButton label="Return for amendment" secondary
                    run={attempt(() => post(`${path}/return`, { reason }).then(reload), 'Returned: the interviewer is told.')} />
    </>}
  </>;
}

function AssessmentSummary({ assessment, title }: { assessment: Assessment; title: string }) {
  return <>
    <h2 class="govuk-heading-m">{title}</h2>
    <p class="govuk-body">By {assessment.assessorId} on {when(assessment.assessedAt)}, of record version {assessment.recordVersion}.
      {assessment.acknowledgedAt ? ` Acknowledged ${when(assessment.acknowledgedAt)}.` : ' Not acknowledged yet.'}</p>
    <Table caption={`${title}: grades`} empty="" head={['Criterion', 'Grade', 'Comment']}
           rows={assessment.grades.map((g) => [g.label, <Tag colour={gradeColour(g.grade)}>{label(g.grade)}</Tag>, g.comment])} />
    <p class="govuk-body"><strong>Summary:</strong> {assessment.summary}</p>
  </>;
}

function AssessmentForm({ path, done }: { path: string; done: () => void }) {
  const [grades, setGrades] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<[string, string][]>([]);
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    const found: [string, string][] = [];
    for (const [criterion, text] of CRITERIA) {
      if (!grades[criterion]) found.push([`grade-${criterion}-GOOD`, `Choose a grade for ${text.toLowerCase()}`]);
      if (!comments[criterion]?.trim()) found.push([`comment-${criterion}`, `Give the evidence for ${text.toLowerCase()}`]);
    }
    if (!summary.trim()) found.push(['summary', 'Write an overall summary for the interviewer']);
    setErrors(found);
    if (found.length) {
      document.getElementById('assessment-errors')?.focus();
      return;
    }
    try {
      await post(`${path}/assessments`, {
        grades: CRITERIA.map(([criterion]) => ({ criterion, grade: grades[criterion], comment: comments[criterion] })), summary,
      });
      setSaved(true);
      done();
    } catch (error) {
      setErrors([['summary', error instanceof ApiError ? message(error) : String(error)]]);
    }
  };
  const errorFor = (id: string) => errors.find(([field]) => field === id || field.startsWith(id + '-'))?.[1];
  if (saved) return <p class="govuk-body">Assessment saved.</p>;
  return <>
    <h2 class="govuk-heading-m">Assessment</h2>
    {errors.length > 0 && <div class="govuk-error-summary" id="assessment-errors" tabIndex={-1} role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
        {errors.map(([field, text]) => <li key={field + text}><a href={`#${field}`} onClick={(e) => {
          e.preventDefault(); document.getElementById(field)?.focus();
        }}>{text}</a></li>)}
      </ul></div>
    </div>}
    {CRITERIA.map(([criterion, text]) => {
      const gradeError = errorFor(`grade-${criterion}`);
      const commentError = errorFor(`comment-${criterion}`);
      return <div key={criterion} class={'govuk-form-group' + (gradeError || commentError ? ' govuk-form-group--error' : '')}>
        <fieldset class="govuk-fieldset" aria-describedby={gradeError ? `grade-${criterion}-error` : undefined}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{text}</legend>
          {gradeError && <p id={`grade-${criterion}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {gradeError}</p>}
          <div class="govuk-radios govuk-radios--small govuk-radios--inline">
            {GRADES.map(([grade, name]) => <div class="govuk-radios__item" key={grade}>
              <input class="govuk-radios__input" type="radio" id={`grade-${criterion}-${grade}`} name={`grade-${criterion}`}
                     value={grade} checked={grades[criterion] === grade}
                     onChange={() => setGrades({ ...grades, [criterion]: grade })} />
              <label class="govuk-label govuk-radios__label" for={`grade-${criterion}-${grade}`}>{name}</label>
            </div>)}
          </div>
        </fieldset>
        <label class="govuk-label" for={`comment-${criterion}`}>Evidence for {text.toLowerCase()}</label>
        {commentError && <p id={`comment-${criterion}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {commentError}</p>}
        <textarea class={'govuk-textarea' + (commentError ? ' govuk-textarea--error' : '')} id={`comment-${criterion}`} rows={2}
                  aria-describedby={commentError ? `comment-${criterion}-error` : undefined} value={comments[criterion] ?? ''}
                  onInput={(e) => setComments({ ...comments, [criterion]: (e.target as HTMLTextAreaElement).value })} />
      </div>;
    })}
    <div class={'govuk-form-group' + (errorFor('summary') ? ' govuk-form-group--error' : '')}>
      <label class="govuk-label govuk-label--s" for="summary">Overall summary (the interviewer reads it)</label>
      {errorFor('summary') && <p id="summary-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {errorFor('summary')}</p>}
      <textarea class={'govuk-textarea' + (errorFor('summary') ? ' govuk-textarea--error' : '')} id="summary" rows={4}
                aria-describedby={errorFor('summary') ? 'summary-error' : undefined} value={summary}
                onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} />
    </div>
    <ActionButton label="Save the assessment" run={submit} />
  </>;
}

export function MyAssessments() {
  const { data, error, reload } = useLoad(() => get<Mine[]>('/me/quality-assessments'), []);
  const { attempt, banner } = useOutcome();
  if (error && !data) return <><Title>My assessments</Title><ErrorText text={error} /></>;
  if (!data) return <Loading what="your assessments" />;
  return <>
    {banner}
    <Title>My assessments</Title>
    <p class="govuk-body">Managers' assessments of return interviews you held. Read each one and acknowledge it.</p>
    {data.length === 0 && <p class="govuk-body">No assessments yet.</p>}
    {data.map((m, n) => <div key={m.assessment.id}>
      <AssessmentSummary assessment={m.assessment} title={`${m.childName}, ${when(m.assessment.assessedAt)}`} />
      {m.returnedFor && <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
          Returned for amendment: {m.returnedFor}</strong>
      </div>}
      {!m.assessment.acknowledgedAt && <ActionButton label={`Acknowledge assessment ${n + 1}`}
        run={attempt(() => post(`/quality/assessments/${encodeURIComponent(m.assessment.id)}/acknowledge`).then(reload), 'Acknowledged.')} />}
    </div>)}
  </>;
}

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Person, type Role, signOutNow, start } from './session';
import { href, useRoute } from './router';
import { SignIn } from './pages/sign-in';
import { Board } from './pages/board';
import { YoungPeopleList, YoungPersonRecord } from './pages/records';
import { AlertPage, HelpPage, PlanPage } from './pages/work';
import { ModerationItem, ModerationQueue } from './pages/moderation';
import { EpisodePage, EpisodesList, ReportMissing } from './pages/episodes';
import { InterviewPage } from './pages/interviews';
import { MyAssessments, QualityItem, QualityQueue } from './pages/quality';
import { MeetingPackPage, MeetingPacks, SharedPacks } from './pages/meeting';
import { Title } from './ui';

interface NavItem { label: string; parts: string[]; }

/** Role-based navigation: what each role may use in the console. */
const NAVIGATION: Partial<Record<Role, NavItem[]>> = {
  carer: [{ label: 'Now', parts: ['board'] }, { label: 'Young people', parts: ['young-people'] }],
  worker: [{ label: 'Now', parts: ['board'] }, { label: 'Young people', parts: ['young-people'] },
    { label: 'Missing episodes', parts: ['missing-episodes'] }, { label: 'My assessments', parts: ['my-assessments'] }],
  manager: [{ label: 'Now', parts: ['board'] }, { label: 'Young people', parts: ['young-people'] },
    { label: 'Missing episodes', parts: ['missing-episodes'] }, { label: 'Quality assurance', parts: ['quality'] },
    { label: 'My assessments', parts: ['my-assessments'] }, { label: 'Meeting', parts: ['meeting'] }],
  moderator: [{ label: 'Moderation queue', parts: ['moderation'] }],
  partner: [{ label: 'Shared with us', parts: ['shared'] }],
};

const ROLE_NAMES: Record<Role, string> = {
  young_person: 'young person', carer: 'carer', worker: 'worker', manager: 'manager',
  contributor: 'contributor', moderator: 'moderator', admin: 'administrator', partner: 'partner',
};

export function App() {
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  const route = useRoute();
  useEffect(() => { start(setPerson); }, []);

  if (person === undefined) {
    return <Layout person={null}><p class="govuk-body" role="status">Starting…</p></Layout>;
  }
  if (person === null) {
    return <Layout person={null}><SignIn /></Layout>;
  }
  const navigation = (person.role && NAVIGATION[person.role]) || [];
  if (navigation.length === 0) {
    return <Layout person={person}>
      <Title>The console is for staff</Title>
      <p class="govuk-body">
        You are signed in as a {person.role ? ROLE_NAMES[person.role] : 'person without a role'}. The console has
        screens for carers, workers, managers and moderators; please use the Homeward app.
      </p>
    </Layout>;
  }
  const allowed = navigation.some((item) => item.parts[0] === route[0])
    || (['alerts', 'help-requests', 'plans', 'missing-episodes', 'report-missing', 'interviews'].includes(route[0])
      && navigation.some((i) => i.parts[0] === 'board'));
  if (!allowed) {
    window.location.replace(href(...navigation[0].parts));
    return <Layout person={person} navigation={navigation} current={navigation[0].parts[0]}>
      <p class="govuk-body" role="status">Opening…</p></Layout>;
  }
  return <Layout person={person} navigation={navigation} current={route[0]}>
    <Page route={route} person={person} />
  </Layout>;
}

function Page({ route, person }: { route: string[]; person: Person }) {
  const [first, id] = route;
  switch (first) {
    case 'board': return <Board person={person} />;
    case 'young-people': return id ? <YoungPersonRecord id={id} person={person} key={id} /> : <YoungPeopleList />;
    case 'alerts': return <AlertPage id={id} person={person} key={id} />;
    case 'help-requests': return <HelpPage id={id} key={id} />;
    case 'plans': return <PlanPage id={id} key={id} />;
    case 'missing-episodes': return id ? <EpisodePage id={id} person={person} key={id} /> : <EpisodesList person={person} />;
    case 'report-missing': return <ReportMissing youngPersonId={id} key={id ?? ''} />;
    case 'interviews': return <InterviewPage id={id} person={person} key={id} />;
    case 'moderation': return id ? <ModerationItem id={id} person={person} key={id} /> : <ModerationQueue />;
    case 'quality': return id ? <QualityItem id={id} person={person} key={id} /> : <QualityQueue person={person} />;
    case 'my-assessments': return <MyAssessments />;
    case 'meeting': return id ? <MeetingPackPage id={id} person={person} key={id} /> : <MeetingPacks person={person} />;
    case 'shared': return <SharedPacks person={person} id={id} key={id ?? 'list'} />;
    default: return null;
  }
}

function Layout({ person, navigation = [], current, children }: {
  person: Person | null; navigation?: NavItem[]; current?: string; children: ComponentChildren;
}) {
  return <>
    <a href="#main-content" class="govuk-skip-link" onClick={(event) => {
      event.preventDefault();
      document.getElementById('main-content')?.focus();
    }}>Skip to main content</a>
    <header class="hw-header" role="banner">
      <div class="govuk-width-container hw-header__inner">
        <a href={navigation.length ? href(...navigation[0].parts) : '#/'} class="hw-header__brand">
          <svg class="hw-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M16 3 2 15h4v13h8v-8h4v8h8V15h4z" fill="#f2c94c" />
          </svg>
          Homeward <span class="govuk-visually-hidden">console</span>
        </a>
        {person && <p class="hw-header__who">
          {person.email} · {person.role ? ROLE_NAMES[person.role] : 'no role'}{' '}
          <button type="button" class="hw-sign-out" onClick={() => signOutNow()}>Sign out</button>
        </p>}
      </div>
    </header>
    {navigation.length > 0 && <nav class="hw-nav" aria-label="Console">
      <div class="govuk-width-container">
        <ul class="hw-nav__list">
          {navigation.map((item) => <li class="hw-nav__item" key={item.label}>
            <a class="hw-nav__link" href={href(...item.parts)}
               aria-current={current === item.parts[0] ? 'page' : undefined}>{item.label}</a>
          </li>)}
        </ul>
      </div>
    </nav>}
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content" tabIndex={-1}>{children}</main>
    </div>
    <footer class="hw-footer">
      <div class="govuk-width-container">
        <p class="govuk-body hw-footer-note">Homeward keeps children safe when they go missing. Everything you open
          here is written to the young person's audit log.</p>
      </div>
    </footer>
  </>;
}

// Sign-in with the Firebase JS SDK. The session lives in this tab only (session persistence) and
// ends when the ID token can no longer be refreshed: the account was disabled or deleted, its
// refresh token revoked, or the refresh failed for good.
import { initializeApp } from 'firebase/app';
import {
  type Auth, type User, browserSessionPersistence, connectAuthEmulator, initializeAuth, onIdTokenChanged,
  signInWithEmailAndPassword, signOut,
} from 'firebase/auth';

export type Role = 'young_person' | 'carer' | 'worker' | 'manager' | 'contributor' | 'moderator' | 'admin' | 'partner';

export interface Person {
  uid: string;
  email: string;
  role: Role | null;
  organisationId: string | null;
  personId: string | null;
  agencyId: string | null;
}

interface ConsoleConfig { projectId: string; apiKey: string; authDomain: string; authEmulatorUrl: string | null; }

let auth: Auth;
let endedReason: string | null = null;
let signingOut = false;

export async function start(onChange: (person: Person | null) => void): Promise<void> {
  const config: ConsoleConfig = await (await fetch('/console/config.json')).json();
  const app = initializeApp({ apiKey: config.apiKey, authDomain: config.authDomain, projectId: config.projectId });
  auth = initializeAuth(app, { persistence: browserSessionPersistence });
  if (config.authEmulatorUrl) {
    connectAuthEmulator(auth, config.authEmulatorUrl, { disableWarnings: true });
  }
  emulated = config.authEmulatorUrl != null;
  let wasSignedIn = false;
  onIdTokenChanged(auth, async (user) => {
    if (!user) {
      if (wasSignedIn && !signingOut) {
        endedReason ??= 'Your session has ended. Sign in again to carry on.';
      }
      wasSignedIn = false;
      signingOut = false;
      onChange(null);
      return;
    }
    try {
      onChange(await personOf(user));
      wasSignedIn = true;
    } catch {
      await end('Your session has ended. Sign in again to carry on.');
    }
  });
}

export let emulated = false;

async function personOf(user: User): Promise<Person> {
  const { claims } = await user.getIdTokenResult();
  return {
    uid: user.uid,
    email: user.email ?? '',
    role: (claims.role as Role | undefined) ?? null,
    organisationId: (claims.org as string | undefined) ?? null,
    personId: (claims.pid as string | undefined) ?? null,
    agencyId: (claims.agency as string | undefined) ?? null,
  };
}

export async function signIn(email: string, password: string): Promise<void> {
  endedReason = null;
  await signInWithEmailAndPassword(auth, email, password);
}

export async function signOutNow(): Promise<void> {
  signingOut = true;
  endedReason = null;
  await signOut(auth);
}

/** Ends the session with a reason the sign-in page shows. */
export async function end(reason: string): Promise<void> {
  endedReason = reason;
  signingOut = true;
  await signOut(auth);
}

export function takeEndedReason(): string | null {
  const reason = endedReason;
  endedReason = null;
  return reason;
}

/** A current ID token; when it cannot be refreshed, the session ends. */
export async function token(forceRefresh = false): Promise<string> {
  const user = auth.currentUser;
  if (!user) {
    throw new SessionEnded();
  }
  try {
    return await user.getIdToken(forceRefresh);
  } catch {
    await end('Your session has ended: it could not be renewed. Sign in again to carry on.');
    throw new SessionEnded();
  }
}

export class SessionEnded extends Error {
  constructor() { super('session ended'); }
}

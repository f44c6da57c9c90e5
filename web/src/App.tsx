import { useEffect, useRef } from 'react';
import { authStore, selectToken, signOut } from './auth/auth-store';
import { SignInPage } from './auth/SignInPage';
import { AuditPage } from './audit/AuditPage';
import { CcpaPage } from './ccpa/CcpaPage';
import { IncidentPage } from './incidents/IncidentPage';
import { can, type Capability, useMe } from './auth/role';
import { useStore } from './common/store';
import { MapPage } from './map/MapPage';
import { RegistryPage } from './registry/RegistryPage';
import { asRegistryKind } from './registry/registry-kinds';
import { ShineTheLightPage } from './reports/ShineTheLightPage';
import { CoveragePage } from './policy-coverage/CoveragePage';
import { ReappearancesPage } from './requests/ReappearancesPage';
import { RequestPage } from './requests/RequestPage';
import { RequestsPage } from './requests/RequestsPage';
import { Link } from './router/Link';
import { navigate, usePathname } from './router/router';
import { WhoReceivedPage } from './who-received/WhoReceivedPage';
import { UndeclaredPage } from './undeclared/UndeclaredPage';
import { RiskAssessmentsPage } from './risk-assessments/RiskAssessmentsPage';
import { WebhooksPage } from './webhooks/WebhooksPage';

interface NavItem {
  to: string;
  label: string;
  /** The path prefix that marks the item as current. */
  prefix: string;
  /** Shown only to roles that can use the page (the server enforces it either way). */
  needs?: Capability;
}

const NAV: readonly NavItem[] = [
  { to: '/map', label: 'Map', prefix: '/map' },
  { to: '/who-received', label: 'Who received', prefix: '/who-received', needs: 'legal' },
  { to: '/reports/shine-the-light', label: 'Shine the Light', prefix: '/reports', needs: 'legal' },
  { to: '/ccpa', label: 'CCPA', prefix: '/ccpa', needs: 'legal' },
  { to: '/requests', label: 'Requests', prefix: '/requests', needs: 'legal' },
  { to: '/reappearances', label: 'Reappearances', prefix: '/reappearances', needs: 'legal' },
  { to: '/incidents', label: 'Incident', prefix: '/incidents', needs: 'legal' },
  { to: '/coverage', label: 'Policy coverage', prefix: '/coverage' },
  { to: '/registry/recipients', label: 'Registry', prefix: '/registry' },
  { to: '/undeclared', label: 'Undeclared', prefix: '/undeclared', needs: 'legal' },
  { to: '/risk-assessments', label: 'Assessments', prefix: '/risk-assessments' },
  { to: '/audit', label: 'Audit log', prefix: '/audit', needs: 'legal' },
  { to: '/webhooks', label: 'Webhooks', prefix: '/webhooks', needs: 'admin' },
];

function TopNav({ pathname }: { pathname: string }) {
  const me = useMe();
  const items = NAV.filter((item) => !item.needs || can(me?.role, item.needs));
  const navRef = useRef<HTMLElement>(null);
  // On a window too narrow for every link the bar scrolls sideways: keep the current page's link in view.
  useEffect(() => {
    navRef.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname, items.length]);
  return (
    <header className="topbar">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to="/map" className="brand" aria-label="Disclosure Map, home">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Disclosure Map</span>
      </Link>
      <nav aria-label="Main" className="topnav" ref={navRef}>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={pathname.startsWith(item.prefix) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {me ? (
        <span className="signed-in-as" title="The token you signed in with">
          {me.name} · {me.role.toLowerCase()}
        </span>
      ) : null}
      <button type="button" className="button button-quiet signout" onClick={() => signOut()}>
        Sign out
      </button>
    </header>
  );
}

function NotFoundPage() {
  return (
    <main className="page" id="main">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to the <Link to="/map">data-flow map</Link>.
      </p>
    </main>
  );
}

function Routes({ pathname }: { pathname: string }) {
  if (pathname === '/map') return <MapPage />;
  if (pathname === '/who-received') return <WhoReceivedPage />;
  if (pathname === '/reports/shine-the-light') return <ShineTheLightPage />;
  if (pathname === '/ccpa') return <CcpaPage />;
  if (pathname === '/requests') return <RequestsPage />;
  if (pathname === '/reappearances') return <ReappearancesPage />;
  const request = /^\/requests\/([^/]+)\/?$/.exec(pathname);
  if (request) return <RequestPage id={decodeURIComponent(request[1] ?? '')} />;
  if (pathname === '/incidents') return <IncidentPage />;
  if (pathname === '/coverage') return <CoveragePage />;
  if (pathname === '/audit') return <AuditPage />;
  if (pathname === '/undeclared') return <UndeclaredPage />;
  if (pathname === '/risk-assessments') return <RiskAssessmentsPage />;
  if (pathname === '/webhooks') return <WebhooksPage />;
  const registry = /^\/registry\/([a-z]+)\/?$/.exec(pathname);
  const kind = registry ? asRegistryKind(registry[1] ?? '') : null;
  if (kind) return <RegistryPage kind={kind} />;
  return <NotFoundPage />;
}

const REDIRECTS: Record<string, string> = { '/': '/map', '/reports': '/reports/shine-the-light', '/registry': '/registry/recipients' };

export function App() {
  const token = useStore(authStore, selectToken);
  const pathname = usePathname();
  const redirect = REDIRECTS[pathname.replace(/(.)\/$/, '$1')];

  useEffect(() => {
    if (redirect) navigate(`${redirect}${window.location.search}`, { replace: true });
  }, [redirect]);

  useEffect(() => {
    document.title = token ? 'Disclosure Map' : 'Sign in · Disclosure Map';
  }, [token]);

  if (!token) return <SignInPage />;
  return (
    <div className="app">
      <TopNav pathname={pathname} />
      {redirect ? null : <Routes pathname={pathname} />}
    </div>
  );
}

/** The help text of the page at a route: the registered page whose path matches (static paths before :id ones). */
import { matchPath } from 'react-router';
import { uiModules } from '../modules';

const pages = uiModules.flatMap((m) => m.pages).sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));

export function helpFor(pathname: string): string | undefined {
  return pages.find((p) => matchPath(p.path, pathname))?.help;
}

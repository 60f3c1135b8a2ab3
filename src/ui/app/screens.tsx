import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { StudyScreen } from '../features/study/StudyScreen';
import { Placeholder } from './Placeholder';
import type { RouteId } from './routes';

/**
 * The screen for each route; features register here. Screens other than Study load on first
 * visit, so the first screen's JavaScript stays small (reference data, calendars, charts and
 * tables arrive with the screens that use them).
 */
export const SCREENS: Record<RouteId, ComponentType | LazyExoticComponent<ComponentType>> = {
  study: StudyScreen,
  countries: lazy(() => import('../features/countries/CountriesScreen').then((m) => ({ default: m.CountriesScreen }))),
  sites: () => <Placeholder title="Sites & PIs" issue={5} />,
  cros: () => <Placeholder title="CROs" issue={5} />,
  scenarios: () => <Placeholder title="Scenarios" issue={4} />,
  compare: () => <Placeholder title="Compare" issue={6} />,
  report: () => <Placeholder title="Report" issue={8} />,
};

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { StudyScreen } from '../features/study/StudyScreen';
import type { RouteId } from './routes';

/**
 * The screen for each route; features register here. Screens other than Study load on first
 * visit, so the first screen's JavaScript stays small (reference data, calendars, charts and
 * tables arrive with the screens that use them).
 */
export const SCREENS: Record<RouteId, ComponentType | LazyExoticComponent<ComponentType>> = {
  overview: lazy(() =>
    import('../features/overview/OverviewScreen').then((m) => ({ default: m.OverviewScreen })),
  ),
  study: StudyScreen,
  countries: lazy(() =>
    import('../features/countries/CountriesScreen').then((m) => ({ default: m.CountriesScreen })),
  ),
  sites: lazy(() => import('../features/sites/SitesScreen').then((m) => ({ default: m.SitesScreen }))),
  cros: lazy(() => import('../features/cros/CrosScreen').then((m) => ({ default: m.CrosScreen }))),
  scenarios: lazy(() =>
    import('../features/scenarios/ScenariosScreen').then((m) => ({ default: m.ScenariosScreen })),
  ),
  compare: lazy(() =>
    import('../features/compare/CompareScreen').then((m) => ({ default: m.CompareScreen })),
  ),
  report: lazy(() => import('../features/report/ReportScreen').then((m) => ({ default: m.ReportScreen }))),
  benchmarks: lazy(() =>
    import('../features/benchmarks/BenchmarksScreen').then((m) => ({ default: m.BenchmarksScreen })),
  ),
};

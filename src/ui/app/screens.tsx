import type { ReactElement } from 'react';
import { StudyScreen } from '../features/study/StudyScreen';
import { Placeholder } from './Placeholder';
import type { RouteId } from './routes';

/** The screen for each route; features register here. */
export const SCREENS: Record<RouteId, () => ReactElement> = {
  study: () => <StudyScreen />,
  countries: () => <Placeholder title="Countries" issue={3} />,
  sites: () => <Placeholder title="Sites & PIs" issue={5} />,
  cros: () => <Placeholder title="CROs" issue={5} />,
  scenarios: () => <Placeholder title="Scenarios" issue={4} />,
  compare: () => <Placeholder title="Compare" issue={6} />,
  report: () => <Placeholder title="Report" issue={8} />,
};

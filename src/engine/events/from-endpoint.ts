import type { Endpoint } from '../../domain/workspace/endpoint';
import { hazardFromMedian, type EventModel } from './hazard-model';

/**
 * The event model of a study endpoint: piecewise control hazard if given, else exponential from
 * the median (ln 2/median); dropout share per year r → constant hazard −ln(1 − r)/12 per month.
 */
export function eventModelOf(endpoint: Endpoint): EventModel {
  const pieces =
    endpoint.controlHazardPieces.length > 0
      ? endpoint.controlHazardPieces
      : [{ fromMonth: 0, hazardPerMonth: hazardFromMedian(endpoint.controlMedianMonths) }];
  return {
    pieceStarts: pieces.map((p) => p.fromMonth),
    controlHazards: pieces.map((p) => p.hazardPerMonth),
    hazardRatio: endpoint.hazardRatio,
    allocation: endpoint.allocation,
    dropoutHazard: -Math.log1p(-endpoint.dropoutRatePerYear) / 12,
  };
}

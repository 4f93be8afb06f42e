import type { Framework } from '../schemas/framework.ts';
import { LICENCES } from '../data/licences.ts';
import type { Offer } from './choose.ts';

const supported = (cells: Record<string, { value: string }>) => Object.keys(cells).filter((k) => cells[k]!.value === 'yes' || cells[k]!.value === 'partial');

/** What a framework offers to the guided choice (yes and partial both count as support). */
export function offerOf(f: Framework): Offer {
  return {
    lang: f.languages.api.value,
    hw: supported(f.hardware),
    deploy: supported(f.deployment),
    licence: LICENCES[f.licence.spdx].family,
    status: f.status.value,
    research: f.editorial.research.rating,
    production: f.editorial.production.rating,
    learning: f.editorial.learningCurve.rating,
  };
}

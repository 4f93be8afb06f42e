import type { Framework } from '../schemas/framework.ts';
import { facetsOf } from './compare/columns.ts';
import type { Offer } from './choose.ts';

/** What a framework offers to the guided choice: the comparison facets plus our ratings. */
export function offerOf(f: Framework): Offer {
  const { lang, hw, deploy, licence, status } = facetsOf(f);
  return {
    lang,
    hw,
    deploy,
    licence,
    status,
    research: f.editorial.research.rating,
    production: f.editorial.production.rating,
    learning: f.editorial.learningCurve.rating,
  };
}

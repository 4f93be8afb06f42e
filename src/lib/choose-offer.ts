import type { Framework } from '../schemas/framework.ts';
import { HARDWARE } from '../data/hardware.ts';
import { DEPLOYMENT } from '../data/deployment.ts';
import { LANGUAGES } from '../data/languages.ts';
import { CRITERIA } from '../data/criteria.ts';
import { facetsOf } from './compare/columns.ts';
import { listOf } from './format.ts';
import { sortFrameworks, type FrameworkEntry } from './frameworks.ts';
import type { ChoiceGroupData } from './choice.ts';
import type { Offer } from './choose.ts';

/** What a framework offers to the guided choice: the comparison facets plus our ratings. */
export function offerOf(f: Framework): Offer {
  const { lang, hw, deploy, licence, status, kind } = facetsOf(f);
  const withState = (prefix: string, cells: Record<string, { value: string }>, state: string) =>
    Object.entries(cells)
      .filter(([, c]) => c.value === state)
      .map(([k]) => `${prefix}:${k}`);
  return {
    lang,
    hw,
    deploy,
    partial: [...withState('hw', f.hardware, 'partial'), ...withState('deploy', f.deployment, 'partial')],
    unknown: [...withState('hw', f.hardware, 'unknown'), ...withState('deploy', f.deployment, 'unknown')],
    licence,
    kind,
    status,
    research: f.editorial.research.rating,
    production: f.editorial.production.rating,
    learning: f.editorial.learningCurve.rating,
  };
}

const names = (reg: Record<string, { label: string }>, ids: readonly string[]) =>
  ids.length ? listOf(ids.map((i) => reg[i].label)) : 'none listed';

/** One line with exactly the facts the needs look at; the page without JavaScript is this checklist. */
export function offerSummary(o: Offer): string {
  return [
    `API: ${names(LANGUAGES, o.lang)}`,
    `Hardware: ${names(HARDWARE, o.hw)}`,
    `Deploys to: ${names(DEPLOYMENT, o.deploy)}`,
    `Licence: ${o.licence}`,
    `Our ratings: research ${o.research}, production ${o.production}, learning curve ${o.learning}`,
  ].join(' · ');
}

/** Frameworks in name order, each with its offer and its summary line. */
export function chooserRows(
  frameworks: readonly FrameworkEntry[],
): (FrameworkEntry & { offer: Offer; summary: string })[] {
  return sortFrameworks(frameworks, 'name').map((f) => {
    const offer = offerOf(f.data);
    return { ...f, offer, summary: offerSummary(offer) };
  });
}

/**
 * The needs panel. Each option's data-label completes "needs …" in the reason an excluded
 * framework shows ("needs Google TPU support"). Languages are the API languages in use.
 */
export function needGroups(offers: readonly Offer[]): ChoiceGroupData[] {
  const reason = (text: string) => ({ 'data-label': text }) as const;
  return [
    {
      name: 'lang',
      type: 'checkbox',
      legend: 'API language',
      hint: 'any of',
      options: Object.entries(LANGUAGES)
        .filter(([id]) => offers.some((o) => o.lang.includes(id)))
        .map(([value, l]) => ({ value, label: l.label, data: reason(`an API in ${l.label}`) })),
    },
    {
      name: 'hw',
      type: 'checkbox',
      legend: 'Hardware',
      hint: 'all of',
      options: Object.entries(HARDWARE).map(([value, h]) => ({
        value,
        label: h.label,
        data: reason(`${h.label} support`),
      })),
    },
    {
      name: 'deploy',
      type: 'checkbox',
      legend: 'Deployment target',
      hint: 'all of',
      options: Object.entries(DEPLOYMENT).map(([value, d]) => ({
        value,
        label: d.label,
        data: reason(`deployment: ${d.label}`),
      })),
    },
    // Asking for a permissive licence narrows nothing while every framework has one.
    ...(offers.some((o) => o.licence !== 'permissive')
      ? [
          {
            name: 'licence',
            type: 'radio' as const,
            legend: 'Licence',
            options: [
              { value: '', label: 'Any', checked: true },
              { value: 'permissive', label: 'Permissive only', data: reason('a permissive licence') },
            ],
          },
        ]
      : []),
    {
      name: 'maturity',
      type: 'radio',
      legend: 'Maturity',
      options: [
        { value: '', label: 'Any status', checked: true },
        { value: 'maintained', label: 'Still maintained', data: reason('still maintained') },
        { value: 'active', label: 'Actively developed', data: reason('active development') },
      ],
    },
    {
      name: 'purpose',
      type: 'checkbox',
      legend: 'Purpose',
      hint: 'our ratings',
      options: [
        {
          value: 'research',
          label: 'Research',
          note: `${CRITERIA.research.label} rated strong or moderate`,
          data: reason('fit for research'),
        },
        {
          value: 'production',
          label: 'Production',
          note: `${CRITERIA.production.label} rated strong or moderate`,
          data: reason('fit for production'),
        },
        {
          value: 'learning',
          label: 'Learning',
          note: `${CRITERIA.learningCurve.label} gentle or moderate`,
          data: reason('fit for learning'),
        },
        {
          value: 'on-device',
          label: 'On-device',
          note: 'Deploys to mobile or microcontrollers',
          data: reason('fit for on-device'),
        },
      ],
    },
  ];
}

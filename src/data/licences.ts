import type { Registry } from './registry.ts';

/** How a licence family constrains reuse; the comparison table filters on it. */
export const LICENCE_FAMILIES = {
  permissive: { label: 'Permissive', description: 'Reuse in closed or open products with attribution.' },
  copyleft: { label: 'Copyleft', description: 'Derived works must stay under the same licence.' },
  proprietary: { label: 'Proprietary', description: 'Not an open-source licence.' },
} as const satisfies Registry<string>;

export type LicenceFamily = keyof typeof LICENCE_FAMILIES;

/** SPDX identifiers in use, with their family and the canonical licence text. */
export const LICENCES = {
  'Apache-2.0': {
    label: 'Apache 2.0',
    description: 'Apache License 2.0: permissive, with an explicit patent grant.',
    family: 'permissive',
    url: 'https://spdx.org/licenses/Apache-2.0.html',
  },
  MIT: {
    label: 'MIT',
    description: 'MIT License: short and permissive.',
    family: 'permissive',
    url: 'https://spdx.org/licenses/MIT.html',
  },
  'BSD-2-Clause': {
    label: 'BSD 2-Clause',
    description: 'BSD 2-Clause "Simplified" License: permissive.',
    family: 'permissive',
    url: 'https://spdx.org/licenses/BSD-2-Clause.html',
  },
  'BSD-3-Clause': {
    label: 'BSD 3-Clause',
    description: 'BSD 3-Clause "New" License: permissive, with a no-endorsement clause.',
    family: 'permissive',
    url: 'https://spdx.org/licenses/BSD-3-Clause.html',
  },
  'MIT OR Apache-2.0': {
    label: 'MIT or Apache 2.0',
    description: 'Dual-licensed: the user chooses MIT or Apache 2.0.',
    family: 'permissive',
    url: 'https://spdx.org/licenses/MIT.html',
  },
  'MPL-2.0': {
    label: 'MPL 2.0',
    description: 'Mozilla Public License 2.0: file-level copyleft.',
    family: 'copyleft',
    url: 'https://spdx.org/licenses/MPL-2.0.html',
  },
  'GPL-3.0-only': {
    label: 'GPL 3.0',
    description: 'GNU General Public License 3.0: strong copyleft.',
    family: 'copyleft',
    url: 'https://spdx.org/licenses/GPL-3.0-only.html',
  },
  'LGPL-3.0-only': {
    label: 'LGPL 3.0',
    description: 'GNU Lesser General Public License 3.0: weak copyleft.',
    family: 'copyleft',
    url: 'https://spdx.org/licenses/LGPL-3.0-only.html',
  },
} as const satisfies Registry<string> & Record<string, { family: LicenceFamily; url: string }>;

export type Licence = keyof typeof LICENCES;

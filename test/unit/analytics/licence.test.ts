import { classifyLicence, type LicenceClass } from "../../../src/analytics";

const CASES: [string | null | undefined, LicenceClass][] = [
  ["MIT", "OPEN"],
  ["Apache-2.0", "OPEN"],
  ["GPL-3.0", "OPEN"],
  ["GPL-3.0-or-later", "OPEN"],
  ["AGPL-3.0", "OPEN"],
  ["LGPL", "OPEN"],
  ["EUPL-1.2", "OPEN"],
  ["CeCILL", "OPEN"],
  ["CeCILL-B", "OPEN"],
  ["MPL-2.0", "OPEN"],
  ["BSD-3-Clause", "OPEN"],
  ["BSD-2-Clause", "OPEN"],
  ["Unlicense", "OPEN"],
  ["Licence Ouverte 2.0", "OPEN"],
  ["GNU Affero General Public License v3.0", "OPEN"],
  ["(MIT OR Apache-2.0)", "OPEN"],
  ["MIT/Apache-2.0", "OPEN"],
  ["GPL-2.0 WITH Classpath-exception-2.0", "OPEN"],
  ["MIT AND BSD-3-Clause", "OPEN"],
  ["Other", "UNKNOWN"],
  ["NOASSERTION", "UNKNOWN"],
  ["Foo Public Thing", "UNKNOWN"],
  ["MIT AND NOASSERTION", "UNKNOWN"],
  ["Propriétaire", "PROPRIETARY"],
  ["proprietaire", "PROPRIETARY"],
  ["Proprietary", "PROPRIETARY"],
  ["UNLICENSED", "PROPRIETARY"],
  ["BUSL-1.1", "PROPRIETARY"],
  ["MIT AND Commercial", "PROPRIETARY"],
  ["GPL-3.0 OR PROPRIETARY", "DUAL_COMMERCIAL"],
  ["GPL-3.0 / Commercial", "DUAL_COMMERCIAL"],
  ["AGPL-3.0-only OR LicenseRef-Commercial", "DUAL_COMMERCIAL"],
  ["", "NONE"],
  ["   ", "NONE"],
  ["NONE", "NONE"],
  [null, "NONE"],
  [undefined, "NONE"],
];

describe("classifyLicence", () => {
  it.each(CASES)("%p → %s", (raw, expected) => {
    expect(classifyLicence(raw)).toBe(expected);
  });
});

/**
 * A small graph whose analytics are known by hand:
 *
 *   a → b → d → e → f → g → h → i   (chain: h at depth 6 from a, i at depth 7)
 *   a → c → d                       (diamond a-b-d / a-c-d)
 *   e → b                           (cycle b → d → e → b)
 *   a → pkg:left (MIT), c → pkg:prop (Proprietary)
 *   x → y                           (disconnected part)
 * Consumers: st1 PRODUCES a (no sponsor); st2 PRODUCES b, SPONSORED_BY o2 PART_OF m2;
 * o1 USES d, PART_OF m1; m3 USES x. Repository r:a IMPLEMENTS a with commits c1 10 (o1, STATE),
 * c2 5 (COMPANY, unaffiliated), c3 5 (UNKNOWN).
 */
export const HAND_BUILT_GRAPH = `
CREATE (a:Software {key: 'a', name: 'A', licence: 'MIT'}), (b:Software {key: 'b', name: 'B'}),
       (c:Software {key: 'c', name: 'C'}), (d:Software {key: 'd', name: 'D'}),
       (e:Software {key: 'e', name: 'E'}), (f:Software {key: 'f', name: 'F'}),
       (g:Software {key: 'g', name: 'G'}), (h:Software {key: 'h', name: 'H'}),
       (i:Software {key: 'i', name: 'I'}), (x:Software {key: 'x', name: 'X'}),
       (y:Software {key: 'y', name: 'Y'}),
       (pl:Package {key: 'npm:left', name: 'left', license: 'MIT'}),
       (pp:Package {key: 'npm:prop', name: 'prop', license: 'Proprietary'}),
       (a)-[:DEPENDS_ON {kind: 'RUNTIME', requirement: '^1.0.0', _provSource: ['test']}]->(b),
       (a)-[:DEPENDS_ON {kind: 'DEV', requirement: '~2.0'}]->(c),
       (b)-[:DEPENDS_ON {kind: 'RUNTIME', requirement: '3'}]->(d),
       (c)-[:DEPENDS_ON {kind: 'RUNTIME', requirement: '3.1'}]->(d),
       (d)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(e), (e)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(f),
       (f)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(g), (g)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(h),
       (h)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(i), (e)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(b),
       (a)-[:DEPENDS_ON {kind: 'RUNTIME', requirement: '1.2.3'}]->(pl),
       (c)-[:DEPENDS_ON {kind: 'RUNTIME', requirement: '9'}]->(pp),
       (x)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(y),
       (m1:Ministry {key: 'm1', name: 'Ministry 1'}), (m2:Ministry {key: 'm2', name: 'Ministry 2'}),
       (m3:Ministry {key: 'm3', name: 'Ministry 3'}),
       (o1:Organization {key: 'o1', name: 'Org 1'}), (o2:Organization {key: 'o2', name: 'Org 2'}),
       (o1)-[:PART_OF]->(m1), (o2)-[:PART_OF]->(m2),
       (st1:Startup {key: 'st1', title: 'Startup 1'}), (st2:Startup {key: 'st2', title: 'Startup 2'}),
       (st1)-[:PRODUCES {_provSource: ['curated']}]->(a), (st2)-[:PRODUCES {_provSource: ['curated']}]->(b),
       (st2)-[:SPONSORED_BY]->(o2),
       (o1)-[:USES {_provSource: ['suitenumerique']}]->(d), (m3)-[:USES {_provSource: ['curated']}]->(x),
       (r:Repository {key: 'forge/a', name: 'a'})-[:IMPLEMENTS]->(a),
       (c1:Contributor {key: 'git:c1', sector: 'UNKNOWN', isBot: false}),
       (c2:Contributor {key: 'git:c2', sector: 'COMPANY', isBot: false}),
       (c3:Contributor {key: 'git:c3', sector: 'UNKNOWN', isBot: false}),
       (c1)-[:AFFILIATED_WITH {sector: 'STATE', confidence: 'high'}]->(o1),
       (c1)-[:CONTRIBUTES_TO {commits: 10, firstCommit: '2025-01-10', lastCommit: '2025-11-01'}]->(r),
       (c2)-[:CONTRIBUTES_TO {commits: 5, firstCommit: '2025-02-01', lastCommit: '2025-06-01'}]->(r),
       (c3)-[:CONTRIBUTES_TO {commits: 5, firstCommit: '2023-01-01', lastCommit: '2023-03-01'}]->(r)
`;

// Full-text index behind `search(query, types, first)`: names, titles, acronyms and natural keys of
// every searchable entity, with Lucene's French analyzer (elision, stop words, light stemming that
// also drops accents). Idempotent.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Ministry|DigitalDirectorate|Organization|Incubator|Startup|Phase|Software|Repository|ForgeAccount|Package|Partner)
ON EACH [n.name, n.title, n.acronym, n.officialName, n.label, n.displayName, n.key]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};

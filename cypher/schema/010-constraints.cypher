// Natural keys, per snapshot slot: the loader writes a changed snapshot into the slot readers do not
// see, then switches (docs/loading.md), so a key exists at most once per slot. Each composite
// constraint also gives the (key, _slot) index behind the loader's and readers' lookups by key.
// The key-only constraints of earlier versions are dropped first. Idempotent.
DROP CONSTRAINT ministry_key IF EXISTS;
DROP CONSTRAINT digital_directorate_key IF EXISTS;
DROP CONSTRAINT organization_key IF EXISTS;
DROP CONSTRAINT incubator_key IF EXISTS;
DROP CONSTRAINT startup_key IF EXISTS;
DROP CONSTRAINT phase_key IF EXISTS;
DROP CONSTRAINT software_key IF EXISTS;
DROP CONSTRAINT repository_key IF EXISTS;
DROP CONSTRAINT forge_account_key IF EXISTS;
DROP CONSTRAINT package_key IF EXISTS;
DROP CONSTRAINT contributor_key IF EXISTS;
DROP CONSTRAINT partner_key IF EXISTS;
CREATE CONSTRAINT ministry_key_slot IF NOT EXISTS FOR (n:Ministry) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT digital_directorate_key_slot IF NOT EXISTS FOR (n:DigitalDirectorate) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT organization_key_slot IF NOT EXISTS FOR (n:Organization) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT incubator_key_slot IF NOT EXISTS FOR (n:Incubator) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT startup_key_slot IF NOT EXISTS FOR (n:Startup) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT phase_key_slot IF NOT EXISTS FOR (n:Phase) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT software_key_slot IF NOT EXISTS FOR (n:Software) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT repository_key_slot IF NOT EXISTS FOR (n:Repository) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT forge_account_key_slot IF NOT EXISTS FOR (n:ForgeAccount) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT package_key_slot IF NOT EXISTS FOR (n:Package) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT contributor_key_slot IF NOT EXISTS FOR (n:Contributor) REQUIRE (n.key, n._slot) IS UNIQUE;
CREATE CONSTRAINT partner_key_slot IF NOT EXISTS FOR (n:Partner) REQUIRE (n.key, n._slot) IS UNIQUE;
// Readers look a key up in the published slot or among nodes with no slot (written by hand):
// `coalesce(n._slot, $slot) = $slot` cannot use the composite index, so each label also has a key index.
CREATE INDEX ministry_key_lookup IF NOT EXISTS FOR (n:Ministry) ON (n.key);
CREATE INDEX digital_directorate_key_lookup IF NOT EXISTS FOR (n:DigitalDirectorate) ON (n.key);
CREATE INDEX organization_key_lookup IF NOT EXISTS FOR (n:Organization) ON (n.key);
CREATE INDEX incubator_key_lookup IF NOT EXISTS FOR (n:Incubator) ON (n.key);
CREATE INDEX startup_key_lookup IF NOT EXISTS FOR (n:Startup) ON (n.key);
CREATE INDEX phase_key_lookup IF NOT EXISTS FOR (n:Phase) ON (n.key);
CREATE INDEX software_key_lookup IF NOT EXISTS FOR (n:Software) ON (n.key);
CREATE INDEX repository_key_lookup IF NOT EXISTS FOR (n:Repository) ON (n.key);
CREATE INDEX forge_account_key_lookup IF NOT EXISTS FOR (n:ForgeAccount) ON (n.key);
CREATE INDEX package_key_lookup IF NOT EXISTS FOR (n:Package) ON (n.key);
CREATE INDEX contributor_key_lookup IF NOT EXISTS FOR (n:Contributor) ON (n.key);
CREATE INDEX partner_key_lookup IF NOT EXISTS FOR (n:Partner) ON (n.key);
CREATE CONSTRAINT seed_state_key IF NOT EXISTS FOR (n:SeedState) REQUIRE n.key IS UNIQUE;

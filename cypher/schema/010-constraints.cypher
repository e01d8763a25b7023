// Natural keys: one uniqueness constraint per label (also gives the lookup index). Idempotent.
CREATE CONSTRAINT ministry_key IF NOT EXISTS FOR (n:Ministry) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT digital_directorate_key IF NOT EXISTS FOR (n:DigitalDirectorate) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT incubator_key IF NOT EXISTS FOR (n:Incubator) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT startup_key IF NOT EXISTS FOR (n:Startup) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT phase_key IF NOT EXISTS FOR (n:Phase) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT software_key IF NOT EXISTS FOR (n:Software) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT repository_key IF NOT EXISTS FOR (n:Repository) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT forge_account_key IF NOT EXISTS FOR (n:ForgeAccount) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT package_key IF NOT EXISTS FOR (n:Package) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT contributor_key IF NOT EXISTS FOR (n:Contributor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT partner_key IF NOT EXISTS FOR (n:Partner) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT seed_state_key IF NOT EXISTS FOR (n:SeedState) REQUIRE n.key IS UNIQUE;

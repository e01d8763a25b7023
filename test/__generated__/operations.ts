/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** The Neo4j database behind this API. */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** Name of the database queried. */
  database: Scalars['String']['output'];
  /** community or enterprise. */
  edition: Scalars['String']['output'];
  /** Node counts per label, largest first. */
  labels: Array<LabelCount>;
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  /** Relationship counts per type, largest first. */
  relationshipTypes: Array<RelationshipTypeCount>;
  /** Neo4j version, e.g. 5.26.30. */
  version: Scalars['String']['output'];
};

/** Number of nodes carrying one label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The Neo4j database behind the API: version, edition and counts per label and relationship type. */
  databaseInfo: DatabaseInfo;
};

/** Number of relationships of one type. */
export type RelationshipTypeCount = {
  __typename?: 'RelationshipTypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { databaseInfo: { version: string, edition: string, nodeCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }>, relationshipTypes: Array<{ type: string, count: number }> } };

import { registerEnumType } from "type-graphql";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Ascending: missing values last. Descending: missing values first.",
  valuesConfig: {
    ASC: { description: "Smallest (or alphabetically first) first." },
    DESC: { description: "Largest (or alphabetically last) first." },
  },
});

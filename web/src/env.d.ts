/// <reference types="vite/client" />

declare module "*.graphql?raw" {
  const text: string;
  export default text;
}

/// <reference types="vite/client" />

declare module 'virtual:ikz-content' {
  const content: import('./domain/schema').Content;
  export default content;
}

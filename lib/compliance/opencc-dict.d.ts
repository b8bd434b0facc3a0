/**
 * opencc-js ships its dictionaries as plain ES modules without type declarations: each default-exports
 * one string of `from to|from to …` entries. Only the traditional → simplified character table is used
 * (see normalise.ts).
 */
declare module 'opencc-js/dict/TSCharacters' {
  const entries: string;
  export default entries;
}

// The stemmers of @nlpjs/lang-* (Snowball ports, CommonJS, no types of their own), imported one
// file each so a pack loads its stemmer and not the language's sentiment lexicons.
type SnowballStemmerClass = new () => import('../understand/choices/forms.js').SnowballStemmer;
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  const Stemmer: SnowballStemmerClass;
  export default Stemmer;
}
declare module '@nlpjs/lang-fi/src/stemmer-fi.js' {
  const Stemmer: SnowballStemmerClass;
  export default Stemmer;
}
declare module '@nlpjs/lang-sv/src/stemmer-sv.js' {
  const Stemmer: SnowballStemmerClass;
  export default Stemmer;
}
declare module '@nlpjs/lang-pl/src/stemmer-pl.js' {
  const Stemmer: SnowballStemmerClass;
  export default Stemmer;
}

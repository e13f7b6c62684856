-- The company's own content (knowledge/<locale>/*.md), one row per passage, searchable with the
-- locale's text search configuration (english, finnish, swedish; simple where the server has none).
-- Rewritten from the files at start and on change; nothing else writes it.
create table knowledge_passages (
  id text primary key,
  source text not null,
  source_hash text not null,
  locale text not null,
  config regconfig not null,
  title text not null,
  body text not null,
  url text not null,
  position integer not null,
  tsv tsvector generated always as (setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'B')) stored
);
create index knowledge_passages_tsv on knowledge_passages using gin (tsv);
create index knowledge_passages_locale on knowledge_passages (locale);

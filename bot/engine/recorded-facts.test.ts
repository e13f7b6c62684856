import { describeRecordedFacts } from '../../test/support/engine-facts.js';
import { rows as en } from './recorded-facts/en.js';
import { rows as fi } from './recorded-facts/fi.js';
import { rows as pl } from './recorded-facts/pl.js';
import { rows as sv } from './recorded-facts/sv.js';

// Facts said in passing are recorded only in a shape worth trusting; the rest waits for its question.
describeRecordedFacts('facts recorded from English answers (lean definition)', 'en', en);
describeRecordedFacts('facts recorded from Finnish answers (lean definition)', 'fi', fi);
describeRecordedFacts('facts recorded from Swedish answers (lean definition)', 'sv', sv);
describeRecordedFacts('facts recorded from Polish answers (lean definition)', 'pl', pl);

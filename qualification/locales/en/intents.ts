import type { IntentPhrases } from '../../understand/intents/phrases.js';

export const intents: IntentPhrases = {
  why: ['why do you ask*', 'why are you asking', 'why do you need*', 'why do you want*', 'why would you need*', 'why does it matter', 'why does that matter', 'why is that relevant', 'why is that important', 'why that', 'what for', 'what is that for', 'whats that for', 'what s that for', 'why you ask*', 'why should i tell you', 'what do you need that for', 'why do u ask'],
  whyAlone: ['why', 'why so', 'how come'],
  skip: ['skip*', 'don t know', 'dont know', 'do not know', 'no idea', 'zero idea', 'zero clue', 'not a clue', 'not sure', 'rather not say', 'prefer not to say', 'rather not', 'i pass', 'next question', 'no comment', 'can t say', 'cant say', 'dunno', 'idk', 'hard to say', 'don t want to say', 'not telling', 'depends on the price', 'depends on price', 'depends on the cost', 'depends what it costs', 'depends on what it costs'],
  skipUnless: ['why', 'where', 'what', 'when', 'how', 'who', 'which', 'whether', 'if'],
  correction: ['actually', 'sorry i meant', 'sorry i mean', 'i meant', 'correction', 'let me correct', 'to correct myself', 'scratch that', 'my mistake', 'my bad', 'wait no', 'on second thought', 'to be precise'],
  human: ['human', 'real person', 'actual person', 'live person', 'talk to someone', 'speak to someone', 'speak with someone', 'talk with someone', 'speak to a person', 'talk to a real', 'speak to a real', 'talk to a sales*', 'call me', 'phone me', 'ring me', 'give me a call', 'sales rep*', 'salesperson', 'talk to sales', 'contact me', 'live agent', 'an agent', 'representative', 'someone from sales', 'get in touch with me', 'not a bot', 'talk to a person'],
  notHuman: ['our', 'my', 'their', 'his', 'her', 'of', 'in', 'including', 'plus', 'with our', 'i m a', 'i am a', 'im a', 'i m the', 'i am the', 'as a', 'as the', 'work as a', 'we have', 'we employ', 'several', 'some', 'two', 'three', 'few', 'many'],
  wait: ['let me think', 'let me think about it', 'let me think about that', 'let me see', 'let me check', 'let me check that', 'let me ask', 'i need to think', 'i need to think about it', 'i ll have to think', 'i ll have to think about it', 'i need to check', 'i ll need to check', 'i ll check', 'i have to check', 'need to check', 'one sec', 'one second', 'one moment', 'just a sec', 'just a second', 'just a moment', 'give me a sec', 'give me a second', 'give me a moment', 'give me a minute', 'hold on', 'hang on', 'wait', 'wait a sec', 'wait a second', 'wait a moment', 'thinking', 'good question'],
  fillers: ['hmm*', 'hm', 'umm*', 'um', 'uh*', 'err*', 'erm', 'well', 'ok', 'okay', 'oh', 'ah', 'so', 'good question', 'about that', 'about it', 'on that', 'first', 'please', 'sorry', 'a sec', 'a bit'],
  greeting: ['hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'greetings', 'good morning', 'good afternoon', 'good evening', 'yo'],
  thanks: ['thanks', 'thank you', 'thank u', 'thx', 'ty', 'cheers', 'appreciate it', 'much appreciated', 'many thanks'],
  abuse: ['fuck*', 'shit*', 'idiot*', 'stupid*', 'asshole*', 'bitch*', 'moron*', 'dumbass*', 'screw you', 'shut up', 'crap', 'bullshit', 'retard*', 'wtf', 'stfu'],
  yes: ['yes', 'yeah', 'yea', 'yep', 'yup', 'sure', 'of course', 'correct', 'right', 'ok', 'okay', 'absolutely', 'definitely', 'indeed', 'that s right', 'thats right', 'sounds good', 'exactly', 'certainly', 'unfortunately yes', 'sadly yes'],
  no: ['no', 'nope', 'nah', 'not really', 'negative', 'not at all', 'no thanks', 'no thank you', 'not yet', 'not that i know of', 'not that we know of', 'not as far as i know', 'not as far as we know', 'not to my knowledge'],
  questionStart: ['what', 'whats', 'how', 'hows', 'do', 'does', 'did', 'can', 'could', 'is', 'are', 'will', 'would', 'which', 'when', 'where', 'who', 'should', 'have you', 'has', 'any chance'],
  notQuestion: ['what a', 'when possible', 'where possible'],
};

import type { ConceptPhrases } from '../pack.js';

export const concepts: ConceptPhrases = {
  yes: ['yes', 'yeah', 'yep', 'yup', 'sure', 'of course', 'we do', 'we have', 'correct', 'absolutely', 'definitely'],
  no: ['no', 'nope', 'nah', 'not really', 'we don’t', 'we do not', 'we haven’t', 'none'],
  dont_know: ['I don’t know', 'don’t know', 'dont know', 'not sure', 'no idea', 'unsure', 'hard to say', 'no clue'],
  no_budget: ['no budget', 'not budgeted', 'haven’t budgeted', 'have not budgeted', 'nothing budgeted', 'nothing approved', 'not approved', 'no money set aside', 'nothing set aside', 'not in the budget', 'no funds', 'no money for it', 'haven’t looked at budget', 'haven’t thought about budget', 'no budget set', 'budget not discussed'],
  i_decide: ['I decide', 'I make the decision', 'I make the decisions', 'I’m the decision maker', 'I am the decision maker', 'my decision', 'my call', 'up to me', 'I have the final say', 'I sign off', 'I approve it', 'I call the shots', 'I’ll decide', 'I will decide', 'I’ll make the call', 'the decision is mine', 'I’m the one who decides', 'final say is mine'],
  i_recommend: ['I recommend', 'I propose', 'I suggest', 'I advise', 'I make a recommendation', 'I prepare the decision', 'I influence the decision', 'I evaluate options', 'I shortlist'],
  someone_else_decides: ['someone else decides', 'my boss decides', 'my manager decides', 'not my decision', 'not my call', 'management decides', 'the board decides', 'the owner decides', 'above my pay grade', 'not up to me'],
  just_looking: ['just looking', 'just browsing', 'researching', 'doing research', 'looking around', 'exploring options', 'just curious', 'gathering information', 'early research', 'window shopping', 'checking what is out there', 'seeing what’s out there', 'no concrete plans', 'just getting informed'],
  student: ['student', 'I’m a student', 'I study', 'studying', 'my thesis', 'university project', 'school project', 'coursework'],
  job_hunting: ['looking for a job', 'job hunting', 'job seeker', 'looking for work', 'seeking employment', 'applying for a job', 'unemployed', 'between jobs'],
  retired: ['retired', 'pensioner', 'I’m retired', 'retiree'],
};

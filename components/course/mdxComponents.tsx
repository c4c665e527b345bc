import { Callout, Figure, Intro, Recap, YouWillLearn } from './blocks';
import { Exercise, Hint } from './exercise/blocks';
import { Choice } from './quiz/Choice';
import { Question } from './quiz/Question';
import { Quiz } from './quiz/Quiz';

/** The structural blocks every lesson may use without importing them. */
export const mdxComponents = { Intro, YouWillLearn, Callout, Recap, Quiz, Question, Choice, Figure, Exercise, Hint };

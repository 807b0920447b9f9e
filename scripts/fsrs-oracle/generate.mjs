// Reference values for the C# FSRS-6 scheduler (SalesCoachBot.Coaching.Practice.Fsrs.FsrsScheduler).
//
// Reads review histories (JSON) and prints, for each review, the card ts-fsrs computes: stability,
// difficulty, state, due, scheduled days, learning step. Parameters: ts-fsrs's FSRS-6 defaults
// (21 weights, retention 0.9, learning steps 1m/10m, relearning 10m), fuzz off, short-term on;
// a history may override maximum_interval.
//
//   node generate.mjs [histories.json]   (default: histories.json next to this file)
//
// Its output for histories.json is committed as
// tests/SalesCoachBot.Coaching.Tests/Practice/Fixtures/fsrs-reference.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createEmptyCard, fsrs, Rating, State, FSRSVersion } from 'ts-fsrs';

const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] ?? join(here, 'histories.json');
const { histories } = JSON.parse(readFileSync(input, 'utf8'));

const results = histories.map((history) => {
  const scheduler = fsrs({
    enable_fuzz: false,
    enable_short_term: true,
    ...(history.maximumInterval ? { maximum_interval: history.maximumInterval } : {}),
  });
  let card = createEmptyCard(new Date(history.start));
  const reviews = history.reviews.map((review) => {
    card = scheduler.next(card, new Date(review.at), Rating[review.rating]).card;
    return {
      at: review.at,
      rating: review.rating,
      stability: card.stability,
      difficulty: card.difficulty,
      state: State[card.state],
      due: card.due.toISOString(),
      scheduledDays: card.scheduled_days,
      step: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
    };
  });
  return { name: history.name, start: history.start, maximumInterval: history.maximumInterval ?? null, reviews };
});

process.stdout.write(JSON.stringify({ generator: 'scripts/fsrs-oracle/generate.mjs', reference: FSRSVersion, histories: results }, null, 2) + '\n');

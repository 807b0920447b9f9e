namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// How one question performed in real use, from each learner's first answer to it:
/// <see cref="Answers"/> learners answered it, <see cref="ShareRight"/> of them right (null when fewer
/// than <see cref="ItemReport.MinAnswers"/>); <see cref="Discrimination"/> is the share right in the
/// top third of those learners minus the bottom third, ranked by their score on the other questions
/// (null when fewer than <see cref="ItemReport.MinRankedLearners"/> learners answered others too).
/// </summary>
public sealed record ItemStatistics(string QuestionId, int Answers, double? ShareRight, int RankedLearners, double? Discrimination);

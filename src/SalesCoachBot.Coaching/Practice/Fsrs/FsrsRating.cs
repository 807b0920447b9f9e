namespace SalesCoachBot.Coaching.Practice.Fsrs;

/// <summary>How well the learner recalled an item; the numbers are FSRS's grades (G in the formulas).</summary>
public enum FsrsRating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

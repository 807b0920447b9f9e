namespace SalesCoachBot.Coaching.Practice.Fsrs;

/// <summary>Where an item stands in FSRS: never seen, in its first learning steps, in review, or relearning after a lapse.</summary>
public enum FsrsState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}

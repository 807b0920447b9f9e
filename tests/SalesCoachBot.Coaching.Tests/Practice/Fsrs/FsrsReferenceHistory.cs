namespace SalesCoachBot.Coaching.Tests.Practice.Fsrs;

internal sealed record FsrsReferenceHistory(string Name, DateTimeOffset Start, int? MaximumInterval, IReadOnlyList<FsrsReferenceReview> Reviews);

namespace SalesCoachBot.Coaching.Tests.Practice;

internal sealed record FsrsReferenceHistory(string Name, DateTimeOffset Start, int? MaximumInterval, IReadOnlyList<FsrsReferenceReview> Reviews);

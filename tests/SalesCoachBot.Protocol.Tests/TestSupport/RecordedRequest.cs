namespace SalesCoachBot.Protocol.Tests.TestSupport;

/// <summary>What a <see cref="LoopbackServer"/> received.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body, DateTimeOffset Time);

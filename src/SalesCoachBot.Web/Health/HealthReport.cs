namespace SalesCoachBot.Web.Health;

/// <summary>The body of <c>GET /healthz</c>.</summary>
internal sealed record HealthReport(string Status, string Version);

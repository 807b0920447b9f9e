namespace SalesCoachBot.Protocol.Connector;

/// <summary>
/// Turns off the connector pipeline's own retries for the calls made inside a scope, for a caller
/// that paces every request itself and keeps its own retry schedule (the proactive outbox): each
/// call is then exactly one HTTP request, so each one can be counted against Teams' rate limits.
/// </summary>
public static class ConnectorRetries
{
    private static readonly AsyncLocal<bool> Suppressed = new();

    /// <summary>True inside a <see cref="Suppress"/> scope (on this async flow).</summary>
    public static bool AreSuppressed => Suppressed.Value;

    /// <summary>Until disposed, connector calls on this async flow are not retried by the pipeline.</summary>
    public static Scope Suppress()
    {
        var previous = Suppressed.Value;
        Suppressed.Value = true;
        return new Scope(previous);
    }

    /// <summary>Restores the previous setting when disposed.</summary>
    public readonly struct Scope(bool previous) : IDisposable
    {
        public void Dispose() => Suppressed.Value = previous;
    }
}

using System.Collections.Concurrent;
using Azure.Core;

namespace SalesCoachBot.TestSupport.Graph;

/// <summary>The Graph credential at the edge: always <see cref="StandInGraph.AccessToken"/>, and counts the scopes asked for.</summary>
public sealed class StaticTokenCredential : TokenCredential
{
    private readonly ConcurrentBag<string> _scopes = [];

    public IReadOnlyCollection<string> Scopes => _scopes;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            _scopes.Add(scope);
        }

        return new AccessToken(StandInGraph.AccessToken, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

namespace SalesCoachBot.Protocol.Auth;

/// <summary>Gets the bearer token the bot sends to the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// A valid access token for <c>https://api.botframework.com</c>, cached and renewed as needed;
    /// <see langword="null"/> in local mode, where no token is sent.
    /// </summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// An OpenID configuration with its signing keys and, per key id, the channels the key is endorsed
/// for (the Bot Framework keys document's <c>endorsements</c>, which <see cref="JsonWebKeySet"/> drops).
/// </summary>
internal sealed class SigningMetadata(OpenIdConnectConfiguration configuration, IReadOnlyDictionary<string, IReadOnlyList<string>> endorsements)
{
    public OpenIdConnectConfiguration Configuration { get; } = configuration;

    public ICollection<SecurityKey> SigningKeys => Configuration.SigningKeys;

    /// <summary>The channels a key may be used for; empty when the key lists no endorsements.</summary>
    public IReadOnlyList<string> EndorsementsOf(string? keyId) =>
        keyId is not null && endorsements.TryGetValue(keyId, out var channels) ? channels : [];
}

using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// Reads an OpenID configuration and its <c>jwks_uri</c> document once each, keeping the keys'
/// <c>endorsements</c>. Used by a <see cref="ConfigurationManager{T}"/> so that both documents share
/// its caching and refresh.
/// </summary>
internal sealed class EndorsedMetadataRetriever : IConfigurationRetriever<SigningMetadata>
{
    public async Task<SigningMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var configurationJson = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var configuration = OpenIdConnectConfiguration.Create(configurationJson);
        if (string.IsNullOrEmpty(configuration.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID configuration at {address} has no jwks_uri.");
        }

        var keysJson = await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false);
        configuration.JsonWebKeySet = JsonWebKeySet.Create(keysJson);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return new SigningMetadata(configuration, ReadEndorsements(keysJson));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string keysJson)
    {
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToArray();
            }
        }

        return endorsements;
    }
}

using Microsoft.Identity.Client;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>Lets MSAL use a client from <see cref="IHttpClientFactory"/> (pooled handlers, and tests can stub Entra ID).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(MsalBotTokenProvider.HttpClientName);
}

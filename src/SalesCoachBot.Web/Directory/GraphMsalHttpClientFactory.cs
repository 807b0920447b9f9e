using Microsoft.Identity.Client;

namespace SalesCoachBot.Web.Directory;

/// <summary>Lets MSAL fetch Graph tokens with a client from <see cref="IHttpClientFactory"/>.</summary>
internal sealed class GraphMsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(GraphServiceCollectionExtensions.TokenHttpClientName);
}
